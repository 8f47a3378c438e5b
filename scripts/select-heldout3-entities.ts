// Selects the articles of the "heldout3" entity gold (eval/gold/heldout-additions/entities.jsonl, round "heldout3").
// Run: npx tsx scripts/select-heldout3-entities.ts  (needs the shared corpus: MARSAD_SHARED or ../shared)
// Per ant-multisource outlet (Alarabia, BBC, CNN, France24, SkyNews): the first two articles in the order of
// sha1('entities-heldout3:' + path) (hex digest; path relative to data/news, as the gold's `file`) among
// internationalNews/ and middleEast/ stories whose raw <TEXT> has 700–1800 characters, whose path is in no file of
// eval/gold/ or eval/gold/heldout-additions/ (the `file` and `article` fields), and with
// sha1(path).readUInt32BE(0) % 3 === 0 (the events held-out side of the hash, which engineers auditing dev-side news
// never open). The heldout3 lines themselves are ignored, so the script prints the same ten once they are in the gold.
// Reads only the raw files; runs no stage of the pipeline.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { goldArticlePaths, isHeldOutArticle, newsDir } from '../eval/lib/gold.js';

const OUTLETS = ['Alarabia', 'BBC', 'CNN', 'France24', 'SkyNews'];
const FOLDERS = ['internationalNews', 'middleEast'];
const SALT = 'entities-heldout3:';

const sha1 = (s: string) => createHash('sha1').update(s).digest();
const news = newsDir();
const taken = goldArticlePaths((row) => row.round === 'heldout3');
for (const outlet of OUTLETS) {
  const candidates: { rel: string; order: string; chars: number }[] = [];
  for (const folder of FOLDERS) {
    const dir = path.join(news, 'ant-multisource', outlet, folder);
    if (!existsSync(dir)) continue; // Alarabia has no middleEast folder
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.txt')) continue;
      const rel = `ant-multisource/${outlet}/${folder}/${name}`;
      if (taken.has(rel)) continue;
      if (!isHeldOutArticle(rel)) continue;
      const match = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(readFileSync(path.join(dir, name), 'utf8'));
      if (!match) continue;
      const chars = match[1].length;
      if (chars < 700 || chars > 1800) continue;
      candidates.push({ rel, order: sha1(SALT + rel).toString('hex'), chars });
    }
  }
  candidates.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  for (const c of candidates.slice(0, 2)) console.log(`${c.rel}\t${c.chars}\t${c.order.slice(0, 12)}`);
}
