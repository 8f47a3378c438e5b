// marsad eval ner GOLD [GOLD ...]: tags the gold tokens with the shipped model, scores exact spans (conlleval).
import type { Command } from 'commander';
import { addToScore, bootstrapF1, type Counts, emptyScore, formatScore, readConll } from '../../ner/conll.js';
import { analyzeWord } from '../../ner/features.js';
import { NerTagger } from '../../ner/tagger.js';

export function registerEval(program: Command): void {
  const evaluate = program.command('eval').description('evaluate a component against gold data');
  evaluate
    .command('ner')
    .description('score the shipped NER model on CoNLL/IOB2 gold files (per type, then `micro P= R= F1=`)')
    .argument('<gold...>', 'gold files: `token TAG` per line, blank line between sentences')
    .action((gold: string[]) => runEvalNer(gold));
}

function runEvalNer(files: string[]): void {
  const tagger = NerTagger.shipped();
  const score = emptyScore();
  const perSentence: Counts[] = [];
  for (const file of files) {
    // A gold file is read as one running text: the tagger's second pass looks at neighbouring sentences.
    const sentences = readConll(file);
    const predicted = tagger.tag(sentences.map((s) => s.words.map(analyzeWord)));
    sentences.forEach((sentence, i) => {
      perSentence.push(addToScore(score, sentence.tags, predicted[i]));
    });
  }
  console.log(formatScore(score, bootstrapF1(perSentence)));
}
