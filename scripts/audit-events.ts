// Precision audit of the event coder on unannotated news (docs/events.md, round 13): lists every non-negated event
// the whole pipeline codes in a deterministic sample of ANT multi-source articles, for a reader to judge.
// Run: MARSAD_SHARED=/work/shared npx tsx scripts/audit-events.ts [--articles 300] [--from 0] [--sourced]
// The sample: the internationalNews and middleEast sections of the five ANT outlets, only articles on the dev side of
// the split (no held-out article is read), outside the dev gold of events and entities and outside round 12's audit
// samples (the first articles of each section in round 12's order); each section ordered by
// sha1("marsad-events-round13:" + path), the sections interleaved. `--from` skips that many sample positions, so a
// second sample can be drawn untouched by the first; `--sourced` lists only events with a source country (the ones
// the triple scores count).
import path from 'node:path';
import { eventAuditGold, eventAuditSample } from '../eval/lib/gold.js';
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
for (const [k, article] of eventAuditSample(FROM, ARTICLES, eventAuditGold()).entries()) {
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
