// Precision audit of the event coder on unannotated news (docs/events.md, round 13): lists every non-negated event
// the whole pipeline codes in a deterministic sample of ANT multi-source articles, for a reader to judge.
// Run: MARSAD_SHARED=/work/shared npx tsx scripts/audit-events.ts [--articles 300] [--from 0] [--sourced]
// The sample: the internationalNews and middleEast sections of the five ANT outlets, only articles on the dev side of
// the split (no held-out article is read), outside the dev gold of events and entities and outside round 12's audit
// samples (the first articles of each section in round 12's order); each section ordered by
// sha1("marsad-events-round13:" + path), the sections interleaved. `--from` skips that many sample positions, so a
// second sample can be drawn untouched by the first; `--sourced` lists only events with a source country (the ones
// the triple scores count).
// `--folders a/b,c/d` (round 40) reads other sections instead: the given folders under data/news (for instance
// `--folders ant-jawharafm/internationalNews,ant-jawharafm/politic`), only articles on the dev side of the split
// (isHeldOutArticle false), outside the dev gold of events and entities and outside every gold file
// (goldArticlePaths); each folder ordered by sha1("marsad-events-round40:" + path), the folders interleaved;
// `--from` and `--articles` count positions of that ordering.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { eventAuditGold, eventAuditSample, goldArticlePaths, isHeldOutArticle } from '../eval/lib/gold.js';
import type { Doc } from '../src/doc/types.js';
import { readInputs } from '../src/ingest/index.js';
import { analyzeDoc } from '../src/pipeline/analyze.js';

const shared = process.env.MARSAD_SHARED ?? path.resolve(import.meta.dirname, '../../shared');
const news = path.join(shared, 'data/news');
const argValue = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const ARTICLES = argValue('--articles', 300);
const FROM = argValue('--from', 0);
const SOURCED = process.argv.includes('--sourced');
const FOLDERS = process.argv.includes('--folders')
  ? process.argv[process.argv.indexOf('--folders') + 1].split(',')
  : [];

/** The `--folders` sample: dev-side articles of each folder outside every gold, hash-ordered, folders interleaved. */
function folderSample(from: number, n: number): string[] {
  const taken = new Set([...eventAuditGold(), ...goldArticlePaths()]);
  const key = (rel: string) => createHash('sha1').update(`marsad-events-round40:${rel}`).digest();
  const lists = FOLDERS.map((folder) =>
    readdirSync(path.join(news, folder))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `${folder}/${f}`)
      .filter((rel) => !isHeldOutArticle(rel) && !taken.has(rel))
      .map((rel) => ({ rel, key: key(rel) }))
      .sort((a, b) => Buffer.compare(a.key, b.key))
      .map(({ rel }) => rel),
  );
  const out: string[] = [];
  for (let k = 0; lists.some((l) => k < l.length); k++) for (const l of lists) if (k < l.length) out.push(l[k]);
  return out.slice(from, from + n);
}

async function analyze(article: string): Promise<Doc | null> {
  for await (const result of readInputs([path.join(news, article)], {})) {
    if (result.ok) return analyzeDoc(result.article);
  }
  return null;
}

/** An event party: its entity's name and its mentions' texts inside the sentence. */
function party(doc: Doc, id: string | null, start: number, end: number): string {
  if (!id) return '-';
  const e = doc.layers.entities.find((x) => x.id === id);
  if (!e) return id;
  const spans = e.mentions.filter((m) => m.start >= start && m.end <= end).map((m) => doc.text.slice(m.start, m.end));
  return `${e.name} [${[...new Set(spans)].join(' | ')}]`;
}

let n = 0;
const sample = FOLDERS.length ? folderSample(FROM, ARTICLES) : eventAuditSample(FROM, ARTICLES, eventAuditGold());
for (const [k, article] of sample.entries()) {
  const doc = await analyze(article);
  if (!doc) continue;
  for (const e of doc.layers.events) {
    if (e.negated || (SOURCED && !e.sourceCountry)) continue;
    const { start, end } = e.sentence;
    const flags = [
      e.hypothetical ? 'hypothetical' : '',
      e.mentions && e.mentions.length > 1 ? `x${e.mentions.length}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    console.log(
      `#${++n} pos=${FROM + k} ${article}\n  ${e.sourceCountry ?? '-'}>${e.targetCountry ?? '-'}:${e.type} cameo=${e.cameo}` +
        ` trigger=«${e.trigger.text}» ${flags}\n  src=${party(doc, e.source, start, end)} tgt=${party(doc, e.target, start, end)}` +
        `\n  ${doc.text.slice(start, end).replace(/\s+/g, ' ')}`,
    );
  }
}
console.error(`${n} events`);
