// Round 48: the entities the confidence gate (src/entities/confidence-gate.ts) drops on the entity audit's articles
// (scripts/audit-entities.ts's draw, unannotated dev-side news), to be judged by reading their sentences. Lists every
// unlinked one-mention PER/LOC/ORG entity whose tagger confidence is under --below (default 0.7, above rounds 42–46's
// 0.6, to see whether the threshold should go up), with its confidence bucket, whether the list exemption (round 46)
// keeps it, how often the article repeats the name (a gold entity of several mentions, which a one-mention entity never
// matches), and the sentence around it. The entities are the linker's with its gate off (LinkOptions.confidenceGate
// false). Rows come in the order of sha1('lr48:' + article + start), so a judged prefix is a random sample. Round 48's
// judged rows: eval/audits/confidence-gate-round48.tsv.
//
// Run: MARSAD_SHARED=/work/shared npx tsx scripts/gate-audit.ts [--per-folder 200] [--below 0.7] > rows.tsv
import { createHash } from 'node:crypto';
import path from 'node:path';
import { entityAuditFolders, goldArticlePaths } from '../eval/lib/gold.js';
import type { Doc, Entity } from '../src/doc/types.js';
import { inTaggerList, isUnlinkedSingleton, taggerConfidence } from '../src/entities/confidence-gate.js';
import { linkEntities } from '../src/entities/link.js';
import { readInputs } from '../src/ingest/index.js';
import { analyzeDoc } from '../src/pipeline/analyze.js';
import { stagesThrough } from '../src/pipeline/stages.js';

const NEWS = path.join(
  process.env.MARSAD_SHARED ?? path.resolve(import.meta.dirname, '..', '..', 'shared'),
  'data',
  'news',
);
const GATED_TYPES = new Set(['PER', 'LOC', 'ORG']);
/** Upper bounds of the confidence buckets the round's table reports. */
const GATE_BUCKETS = [0.3, 0.4, 0.5, 0.6, 0.7];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function bucketName(confidence: number): string {
  const i = GATE_BUCKETS.findIndex((b) => confidence < b);
  if (i < 0) return `≥${GATE_BUCKETS.at(-1)}`;
  return i === 0 ? `<${GATE_BUCKETS[0]}` : `${GATE_BUCKETS[i - 1]}–${GATE_BUCKETS[i]}`;
}

async function docUpToNer(rel: string): Promise<Doc | null> {
  const upTo = stagesThrough('mentions');
  for await (const result of readInputs([path.join(NEWS, rel)], {}))
    if (result.ok) return analyzeDoc(result.article, { stages: upTo });
  return null;
}

/** The sentence holding [start, end), the mention marked ⟦…⟧, on one line. */
function sentenceAround(doc: Doc, start: number, end: number): string {
  const s = doc.layers.sentences.find((x) => x.start <= start && end <= x.end) ?? { start, end };
  const text = `${doc.text.slice(s.start, start)}⟦${doc.text.slice(start, end)}⟧${doc.text.slice(end, s.end)}`;
  return text.replace(/\s+/g, ' ').trim();
}

/** How often the mention's text, or the last word of a name of several words (4 letters or more), occurs elsewhere in
 * the text: a name the article repeats is one gold entity of several mentions, which a one-mention entity never matches. */
function occurrencesElsewhere(text: string, start: number, end: number): number {
  const surface = text.slice(start, end);
  const last = surface.split(/\s+/).at(-1) ?? surface;
  const needle = last !== surface && last.length >= 4 ? last : surface;
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) if (at < start || at >= end) n++;
  return n;
}

function rowOf(rel: string, doc: Doc, e: Entity, below: number): string[] | null {
  if (!GATED_TYPES.has(e.type) || !isUnlinkedSingleton(e)) return null;
  const confidence = taggerConfidence(e, doc.layers.mentions);
  if (!(confidence < below)) return null;
  const m = e.mentions[0];
  const list = inTaggerList(m, e.type, doc.layers.mentions, doc.text);
  const outlet = rel.split('/')[1];
  return [
    rel,
    outlet,
    String(m.start),
    String(m.end),
    e.type,
    confidence.toFixed(3),
    bucketName(confidence),
    list ? 'list' : '',
    String(occurrencesElsewhere(doc.text, m.start, m.end)),
    m.text,
    sentenceAround(doc, m.start, m.end),
  ];
}

async function main(): Promise<void> {
  const below = Number(arg('--below', '0.7'));
  const rels = entityAuditFolders(Number(arg('--per-folder', '200')), goldArticlePaths()).flat();
  const rows: string[][] = [];
  for (const rel of rels) {
    const doc = await docUpToNer(rel);
    if (!doc) continue;
    for (const e of linkEntities(doc, { confidenceGate: false }).entities) {
      const row = rowOf(rel, doc, e, below);
      if (row) rows.push(row);
    }
  }
  const order = (r: string[]) => createHash('sha1').update(`lr48:${r[0]}:${r[2]}`).digest('hex');
  rows.sort((a, b) => (order(a) < order(b) ? -1 : 1));
  console.log(
    ['article', 'outlet', 'start', 'end', 'type', 'confidence', 'bucket', 'list', 'elsewhere', 'text', 'sentence'].join(
      '\t',
    ),
  );
  for (const r of rows) console.log(r.join('\t'));
}

await main();
