// Writes the news training sentences of the NER tagger (eval/lib/ner-news.ts: the linking gold's dev articles in the
// ANERcorp scheme) as CoNLL, `word TAG` per line, for `marsad train ner --add FILE`.
// The output holds article text of the ANT corpus (research use, not for redistribution): it is written outside
// version control (default: .cache/ner-news.conll, git-ignored); only the model trained on it is shipped.
//
// Run: npx tsx scripts/build-ner-news.ts [--rounds 1,3,4,5,6 (default: NER_LINKING_ROUNDS of eval/lib/ner-news.ts)] [--out FILE]   (round 1 = the first dev articles)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NER_LINKING_ROUNDS, newsTrainingSentences } from '../eval/lib/ner-news.js';
import { REPO_ROOT } from '../src/arabic/data.js';

const { values } = parseArgs({
  options: { rounds: { type: 'string' }, out: { type: 'string' } },
});
const out = resolve(values.out ?? join(REPO_ROOT, '.cache', 'ner-news.conll'));
const { sentences, articles, dropped } = await newsTrainingSentences(
  values.rounds ? new Set(values.rounds.split(',').map(Number)) : undefined,
);
const text = sentences.map((s) => s.words.map((w, i) => `${w} ${s.tags[i]}\n`).join('')).join('\n');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
console.log(
  `${articles} articles (linking rounds ${values.rounds ?? [...NER_LINKING_ROUNDS].join(',')}): ${sentences.length} sentences, ${dropped} left out → ${out}`,
);
