// Builds data/arabic/wordfreq.tsv: how often each normalized Arabic word form occurs in real news.
// The clitic analyzer uses it to tell "وبوتين" (و + بوتين) from "بوتين" (not ب + وتين).
//
// Sources (read from ../shared, not shipped): ANT Corpus v2.1 multi-source and ANT v1.1 Jawhara FM
// (Chouigui et al.; citation licence) and SaudiNewsNet (CC BY-NC-SA 4.0). Only word counts are kept
// (forms seen at least MIN_COUNT times), no text. ANERcorp is deliberately NOT counted: the NER tagger
// uses these counts as features, and its dev and test sentences must not leak into them.
//
// Run: npx tsx scripts/build-wordfreq.ts [SHARED_DIR]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeForMatch } from '../src/arabic/normalize.js';
import { newsArticles } from './lib/news-texts.js';

const MIN_COUNT = 3;
const shared = resolve(process.argv[2] ?? process.env.MARSAD_SHARED ?? '../shared');
const counts = new Map<string, number>();
const ARABIC_WORD = /[\p{Script=Arabic}\u064b-\u065f\u0670\u0640]+/gu;

function countText(text: string): void {
  for (const match of text.matchAll(ARABIC_WORD)) {
    const key = normalizeForMatch(match[0]);
    if (key.length === 0 || !/\p{L}/u.test(key)) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}

let files = 0;
for (const article of newsArticles(shared)) {
  for (const text of article) countText(text);
  files++;
}

const rows = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const header = [
  '# Normalized Arabic word forms and how often they occur in Arabic news (normalizeForMatch keys).',
  '# Columns: form<TAB>count. Built by scripts/build-wordfreq.ts from ANT Corpus v2.1 + v1.1 (Chouigui et al. 2017/2021)',
  '# and SaudiNewsNet 2015-08-11 (Alhagri 2015, CC BY-NC-SA 4.0); counts only, no text. ANERcorp is not counted (no NER leak).',
  `# ${files} articles; forms seen at least ${MIN_COUNT} times: ${rows.length}.`,
];
writeFileSync('data/arabic/wordfreq.tsv', `${header.join('\n')}\n${rows.map(([w, n]) => `${w}\t${n}`).join('\n')}\n`);
console.log(`${files} articles, ${counts.size} forms, ${rows.length} kept`);
