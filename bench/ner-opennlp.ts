// Side-by-side: Marsad's NER vs Apache OpenNLP's name finder (maxent, default features and settings), both
// trained on the same ANERcorp train portion (first 90% of the CAMeL train split) and run on the same dev
// sentences (last 10%), in one run. Scores use the same conlleval-style scorer; speed is tokens/s on one core.
// OpenNLP's speed excludes JVM start-up and model load (measured with an empty input and subtracted).
// Run: npx tsx bench/ner-opennlp.ts  (needs Java and the Debian package libapache-opennlp-java; skips otherwise)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDir } from '../eval/lib/shared.js';
import {
  addToScore,
  chunksOf,
  emptyScore,
  prf,
  readConll,
  splitCorpus,
  type TaggedSentence,
} from '../src/ner/conll.js';
import { analyzeWord } from '../src/ner/features.js';
import { saveModels } from '../src/ner/model.js';
import { NerTagger } from '../src/ner/tagger.js';
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from '../src/ner/train.js';
import { formatRow } from './lib/measure.js';

const JARS = ['/usr/share/java/opennlp-tools.jar', '/usr/share/java/slf4j-api.jar', '/usr/share/java/slf4j-nop.jar'];

function javaAvailable(): boolean {
  return spawnSync('java', ['-version']).status === 0 && JARS.every((jar) => existsSync(jar));
}

/** OpenNLP's training format: one sentence per line, `<START:type> w … <END>` around names. */
function toOpenNlp(sentence: TaggedSentence): string {
  const out = [...sentence.words];
  for (const chunk of chunksOf(sentence.tags).reverse()) {
    out.splice(chunk.end, 0, '<END>');
    out.splice(chunk.start, 0, `<START:${chunk.type}>`);
  }
  return out.join(' ');
}

/** Tags back from OpenNLP's output line. */
function fromOpenNlp(line: string, length: number): string[] {
  const tags: string[] = [];
  let type: string | null = null;
  let first = false;
  for (const piece of line.split(' ').filter((p) => p !== '')) {
    const open = piece.match(/^<START:(\w+)>$/);
    if (open) {
      type = open[1];
      first = true;
    } else if (piece === '<END>') {
      type = null;
    } else {
      tags.push(type ? `${first ? 'B' : 'I'}-${type}` : 'O');
      first = false;
    }
  }
  while (tags.length < length) tags.push('O');
  return tags.slice(0, length);
}

function openNlp(args: string[], input?: string): { stdout: string; seconds: number } {
  const started = performance.now();
  const stdout = execFileSync('java', ['-cp', JARS.join(':'), 'opennlp.tools.cmdline.CLI', ...args], {
    input: input ?? '',
    maxBuffer: 1 << 28,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  return { stdout, seconds: (performance.now() - started) / 1000 };
}

if (!javaAvailable()) {
  console.log('ner-opennlp: skipped (install default-jre-headless and libapache-opennlp-java to compare with OpenNLP)');
  process.exit(0);
}
const trainFile = join(sharedDir(), 'data/ner/anercorp/ANERCorp_CamelLab_train.txt');
const { train, dev } = splitCorpus(readConll(trainFile));
const devTokens = dev.reduce((n, s) => n + s.words.length, 0);
const work = mkdtempSync(join(tmpdir(), 'marsad-opennlp-'));
try {
  writeFileSync(join(work, 'train.txt'), `${train.map(toOpenNlp).join('\n')}\n`);
  const devText = `${dev.map((s) => s.words.join(' ')).join('\n')}\n`;
  const modelPath = join(work, 'model.bin');
  const trained = openNlp([
    'TokenNameFinderTrainer',
    '-model',
    modelPath,
    '-lang',
    'ar',
    '-data',
    join(work, 'train.txt'),
    '-encoding',
    'UTF-8',
  ]);
  const startup = openNlp(['TokenNameFinder', modelPath], '');
  const tagged = openNlp(['TokenNameFinder', modelPath], devText);
  const lines = tagged.stdout.split('\n').filter((l) => l.trim() !== '');
  const openScore = emptyScore();
  dev.forEach((s, i) => {
    addToScore(openScore, s.tags, fromOpenNlp(lines[i] ?? '', s.words.length));
  });
  const openSeconds = Math.max(1e-3, tagged.seconds - startup.seconds);

  // Marsad trained like the shipped model (same options) but on the same 90% as OpenNLP: the shipped model has
  // seen the dev sentences.
  const ourTrainStarted = performance.now();
  const { models, net } = trainTagger(train, null, DEFAULT_TRAIN_OPTIONS);
  const ourTrainSeconds = (performance.now() - ourTrainStarted) / 1000;
  const ourModelPath = join(work, 'marsad.bin.gz');
  saveModels(ourModelPath, models, { window: DEFAULT_TRAIN_OPTIONS.window }, net ?? undefined);
  const loadStarted = performance.now();
  const tagger = NerTagger.load(ourModelPath);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const ourScore = emptyScore();
  const started = performance.now();
  const predictions = tagger.tag(dev.map((s) => s.words.map(analyzeWord)));
  const ourSeconds = (performance.now() - started) / 1000;
  dev.forEach((s, i) => {
    addToScore(ourScore, s.tags, predictions[i]);
  });

  console.log(
    `ANERcorp dev (last ${dev.length} sentences, ${devTokens} tokens); both trained on the first ${train.length} sentences`,
  );
  console.log(formatRow(['system', 'P', 'R', 'F1', 'tokens/s', 'load (s)', 'train (s)'], true));
  for (const [name, score, seconds, load, trainSeconds] of [
    ['Marsad NER (shipped options, ANERcorp only)', ourScore, ourSeconds, loadSeconds, ourTrainSeconds],
    ['OpenNLP 2.1 name finder', openScore, openSeconds, startup.seconds, trained.seconds],
  ] as const) {
    const { p, r, f1 } = prf(score.micro);
    console.log(
      formatRow([
        name,
        p.toFixed(4),
        r.toFixed(4),
        f1.toFixed(4),
        devTokens / seconds,
        load.toFixed(2),
        trainSeconds.toFixed(1),
      ]),
    );
  }
  console.log('(OpenNLP tokens/s excludes JVM start-up and model load; its "load" column is both together.)');
} finally {
  rmSync(work, { recursive: true, force: true });
}
