// Builds data/ner/contexts.tsv: for each word of unlabeled Arabic news, how often it follows a title ("الرئيس X"),
// an organization head noun ("شركة X"), a place head noun ("مدينة X"), an event head noun, a reporting verb, a
// name particle ("بن X") or a given name, and how often a name particle or a family name follows it. Words that
// news writes after "شركة" are likely organizations even when the training data never saw them: this is the
// tagger's distant evidence from ~4M words of news, where the cue lists (data/ner/cues.tsv, given-names.tsv and the
// people in data/gazetteer/people.tsv) say what each context means. Rebuild after editing those lists.
//
// Sources: the unlabeled news of scripts/lib/news-texts.ts (ANT Corpus v2.1 + v1.1, SaudiNewsNet; not ANERcorp).
// Only per-word rate classes are kept, no text. Deterministic.
//
// Run: npx tsx scripts/build-ner-contexts.ts [SHARED_DIR]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokenize } from '../src/arabic/tokenize.js';
import { clusterKey } from '../src/ner/clusters.js';
import { CONTEXT_KINDS, type ContextKind } from '../src/ner/contexts.js';
import { nerLexicon } from '../src/ner/lexicon.js';
import { newsTexts } from './lib/news-texts.js';

const MIN_COUNT = 5;
/** A context is kept for a word when at least this many of its occurrences are in it. */
const MIN_CONTEXT = 2;

const shared = resolve(process.argv[2] ?? process.env.MARSAD_SHARED ?? '../shared');
const lexicon = nerLexicon();
const KIND_INDEX = new Map(CONTEXT_KINDS.map((kind, i) => [kind, i]));

/** The contexts a word is in, given the stems before and after it. */
function contextsOf(before: string | undefined, after: string | undefined): ContextKind[] {
  const kinds: ContextKind[] = [];
  const cue = before === undefined ? undefined : lexicon.cues.get(before);
  if (cue) kinds.push(`AFTER_${cue}`);
  const partBefore = before === undefined ? undefined : lexicon.nameParts.get(before);
  if (partBefore?.includes('GIVEN')) kinds.push('AFTER_GIVEN');
  if (after !== undefined) {
    if (lexicon.cues.get(after) === 'NAME_PART') kinds.push('BEFORE_NAME_PART');
    if (lexicon.nameParts.get(after)?.includes('FAMILY')) kinds.push('BEFORE_FAMILY');
  }
  return kinds;
}

const started = Date.now();
const counts = new Map<string, Int32Array>();
let tokenCount = 0;
let texts = 0;
for (const text of newsTexts(shared)) {
  texts++;
  const tokens = tokenize(text).filter((t) => t.kind !== 'punct' && t.kind !== 'symbol');
  tokenCount += tokens.length;
  tokens.forEach((token, i) => {
    const key = clusterKey(token.kind, token.stem);
    let row = counts.get(key);
    if (!row) {
      row = new Int32Array(CONTEXT_KINDS.length + 1);
      counts.set(key, row);
    }
    row[CONTEXT_KINDS.length]++;
    for (const kind of contextsOf(tokens[i - 1]?.stem, tokens[i + 1]?.stem)) row[KIND_INDEX.get(kind) as number]++;
  });
}

/** Rate class of a context: 1 = at least 1% of the word's occurrences, 2 = 5%, 3 = 20%, 4 = 50%. */
function rateClass(inContext: number, total: number): number {
  const rate = inContext / total;
  return rate >= 0.5 ? 4 : rate >= 0.2 ? 3 : rate >= 0.05 ? 2 : rate >= 0.01 ? 1 : 0;
}

const lines: string[] = [];
for (const [key, row] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  const total = row[CONTEXT_KINDS.length];
  if (total < MIN_COUNT) continue;
  const profile = CONTEXT_KINDS.map((kind, k) => ({ kind, n: row[k], rate: rateClass(row[k], total) }))
    .filter((c) => c.n >= MIN_CONTEXT && c.rate > 0)
    .map((c) => `${c.kind}:${c.rate}`);
  if (profile.length > 0) lines.push(`${key}\t${profile.join(',')}`);
}
const header = [
  '# Distant context evidence for NER features. Columns: key<TAB>contexts.',
  '# key = clusterKey(token.kind, token.stem) from src/ner/clusters.ts; contexts = comma-separated KIND:class, where',
  '# KIND (src/ner/contexts.ts) is the context (AFTER_TITLE = the word follows a title in data/ner/cues.tsv, …) and',
  '# class 1-4 = it is in that context in ≥1%, ≥5%, ≥20%, ≥50% of its occurrences (and at least',
  `# ${MIN_CONTEXT} times). Built by scripts/build-ner-contexts.ts from ANT Corpus v2.1 + v1.1 (Chouigui et al.) and`,
  `# SaudiNewsNet 2015-08-11: ${texts} texts, ${tokenCount} word tokens; words seen at least ${MIN_COUNT} times.`,
];
writeFileSync('data/ner/contexts.tsv', `${header.join('\n')}\n${lines.join('\n')}\n`);
console.log(`wrote data/ner/contexts.tsv: ${lines.length} words in ${((Date.now() - started) / 1000).toFixed(0)} s`);
