// Evaluates the event coder (src/events) against the hand-annotated gold in eval/gold/events.jsonl, and measures
// detection recall on the Arabic ASSAULT/PROTEST gold sentences of openeventdata/arabic_event_gsr.
// Run: npm run eval:events [-- --dev-errors] [-- --dev-only] [-- --diagnose: dev misses by cause]  (needs the shared data: MARSAD_SHARED or ../shared next to the repo)
//
// Gold: one line per sentence: the article (path under shared/data/news), split (dev | heldout: a third of the
// articles, chosen by a hash of the path before any tuning: see isHeldOutArticle in eval/lib/gold.ts), the batch (absent = 1, the first
// 185 sentences; 2 = 182 sentences from 46 more articles, annotated before round-3 tuning; 3 = 101 dev sentences from
// 29 more articles, read in order from each article's start, annotated before round-4 tuning; 4 = 120 dev sentences, the
// first four of each of 30 more articles, annotated the same way before round-5 tuning; 5 = 69 dev sentences, the first
// four of each of 18 more articles, annotated before round-6 tuning; 6 = 143 dev sentences, the first four of each of 40 more
// articles, annotated before round-7 tuning; 7 = 123 dev sentences, the first four of each of 32 more articles, annotated
// before round-8 tuning; 8 = 60 dev sentences, the first four of each of 16 more articles, annotated before round-10
// tuning (docs/events.md, round 10); 9 = 113 dev sentences, the first four of each of 30 more articles (6 per outlet,
// drawn like heldout3 by scripts/select-events-dev.ts --batch 9), annotated blind before round-17 tuning; 10 = 106 dev
// sentences drawn the same way (--batch 10), annotated blind before round-18 tuning; 11 = 119 dev
// sentences drawn the same way (--batch 11), annotated blind before round-19 tuning; 12 = 114 dev sentences drawn the
// same way (--batch 12), annotated blind before round-20 tuning; 13 = 104 dev sentences drawn the same way (--batch 13),
// annotated blind before round-21 tuning; 14 = 111 dev sentences drawn the same way (--batch 14, batch 13's thirty
// articles taken), annotated blind before round-22 tuning; 15 = 104 dev sentences drawn the same way (--batch 15),
// annotated blind before round-25 tuning; 16 = 108 dev sentences drawn the same way (--batch 16), annotated blind
// before round-27 tuning; 17 = 107 dev sentences drawn the same way (--batch 17), annotated blind before round-36
// tuning; 18 = 94 dev sentences drawn the same way (--batch 18; Alarabia had three candidates), annotated blind before
// round-42 tuning; 19 = 84 dev sentences drawn the same way (--batch 19; Alarabia had none), annotated blind in round
// 48 and tuned on in round 49; 20 = 90 dev sentences drawn the same way (--batch 20; Alarabia had none), annotated
// blind in round 50; 21 = 78 dev sentences drawn the same way (--batch 21; Alarabia had none), annotated blind in
// round 54; 22 = 89 dev sentences drawn the same way (--batch 22; Alarabia had none), annotated blind in round 58;
// 23 = 81 dev sentences drawn the same way (--batch 23; Alarabia had none), annotated blind in round 61;
// "heldout2" = 111
// held-out sentences, the first four of 30 more held-out articles, annotated blind before round-7 tuning; "heldout3" = 110 held-out sentences, the first four of 30 more
// held-out articles, annotated blind the same way after round 12 (both: eval/gold/heldout-additions), the exact sentence
// text, and its events as a careful reader codes them from the sentence alone: source and target as ISO 3166-1
// alpha-2 country codes (UN and EU for those organizations; a party whose country the sentence does not give is not
// coded), PLOVER type, CAMEO root, and hypothetical for planned/future/conditional events. Target is null only for
// denials. Negated events and events whose source or target the sentence does not name are not in the gold. Domestic
// events (same country on both sides) are not coded.
// Scores: micro precision/recall/F1 of (source country, target country, type) triples per sentence, over the
// system's non-negated events whose provenance (a mention) lies in the sentence; quad-class accuracy on matched
// triples (gold quad from the CAMEO root). The whole pipeline (analyzeDoc) runs on each article, as users get it.
// Null targets: the target is part of the triple, so (X, -, REJECT) matches only a gold denial, and a one-party
// event of another type (a protest whose target is not named) counts as a false positive, since the gold's
// convention leaves such events out: the conservative choice. Symmetric events (meetings, pacts) follow the gold's
// convention: one event per pair of parties, the first-named party as source.
// Conventions settled by the lead (twenty-third session), from questions rounds 48–57 raised, all following the
// sentence-alone reading above: the target of an attack or operation is what it is aimed at (the object, or after
// «على», «ضد», «استهداف»), or that object's place when the object is unnamed (batch 18: «استهدفت الضربة الأمريكية
// تجمعا في … قرية السوسة السورية» US>SY); a place where an operation merely happens («عملية عسكرية فرنسية في
// مالي», batch 19) and the nationality of casualties of an attack aimed elsewhere are not targets; a
// party the sentence names only by a pronoun or description whose name stands in an earlier sentence is not coded by
// the gold (the coder's cross-sentence links are right in the world and scored wrong here: a known, accepted cost, not
// a reason for rules); an invasion («غزو», «اجتياح») is COERCE 192, occupying territory by force, as the CAMEO→PLOVER
// map places 192 (eleventh session): batch 10's «غزو الولايات المتحدة لأفغانستان والعراق», read ASSAULT, is brought in
// line (the only dev gold triple coded for an invasion or occupation word; the other ASSAULTs near «الاحتلال» code a
// killing or an aggression).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../src/doc/doc.js';
import type { Article, Doc } from '../src/doc/types.js';
import { findActors, triggerTypes } from '../src/events/index.js';
import { readInputs } from '../src/ingest/index.js';
import { emptyArticle } from '../src/ingest/types.js';
import type { Counts } from '../src/ner/conll.js';
import { analyzeDoc } from '../src/pipeline/analyze.js';
import { defaultStages } from '../src/pipeline/stages.js';
import { isHeldOutArticle, readGold } from './lib/gold.js';
import { formatArticleIntervals, formatPrf } from './lib/prf.js';

interface GoldEvent {
  source: string;
  target: string | null;
  type: string;
  cameoRoot: string;
  hypothetical?: boolean;
}

interface GoldSentence {
  article: string;
  split: 'dev' | 'heldout';
  /** Annotation batch (absent = 1; 9–23 = blind dev batches, docs/events.md rounds 17–22, 25, 27, 36, 42, 48, 50, 54, 58 and 61); "heldout2", "heldout3" for eval/gold/heldout-additions (blind, see its README). */
  batch?: number | 'heldout2' | 'heldout3';
  sentence: string;
  events: GoldEvent[];
}

interface Scores {
  gold: number;
  predicted: number;
  matched: number;
  quadRight: number;
  sentences: number;
  missing: number;
  /** Gold, predicted and matched triples per article, for the bootstrap interval (articles are resampled whole). */
  byArticle: Map<string, Counts>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.MARSAD_SHARED ?? path.resolve(repoRoot, '../shared');

function quadOfRoot(root: string): number {
  const r = Number(root);
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}

async function readArticle(file: string): Promise<Doc | null> {
  for await (const result of readInputs([path.join(shared, 'data/news', file)], {})) {
    if (result.ok) return analyzeDoc(result.article);
  }
  return null;
}

function systemTriples(doc: Doc, start: number, end: number): Map<string, number> {
  const triples = new Map<string, number>();
  for (const e of doc.layers.events) {
    if (e.negated || !e.sourceCountry) continue;
    const mentions = e.mentions ?? [{ sentence: e.sentence, trigger: e.trigger }];
    if (!mentions.some((m) => m.trigger.start >= start && m.trigger.end <= end)) continue;
    triples.set(`${e.sourceCountry}>${e.targetCountry ?? '-'}:${e.type}`, e.quad);
  }
  return triples;
}

/** The split, the batch, and for held-out sentences whether they are the first held-out part or the additions. */
function bucketsOf(g: GoldSentence): string[] {
  if (g.batch === 'heldout2' || g.batch === 'heldout3') return [g.split, `heldout-${g.batch}`];
  const batch = `${g.split}-b${g.batch ?? 1}`;
  return g.split === 'heldout' ? [g.split, 'heldout-first', batch] : [g.split, batch];
}

async function scoreGold(gold: GoldSentence[]): Promise<Record<string, Scores>> {
  const scores: Record<string, Scores> = {};
  const docs = new Map<string, Doc | null>();
  for (const g of gold) {
    if (!docs.has(g.article)) docs.set(g.article, await readArticle(g.article));
    const buckets = bucketsOf(g).map((k) => {
      scores[k] ??= { gold: 0, predicted: 0, matched: 0, quadRight: 0, sentences: 0, missing: 0, byArticle: new Map() };
      return scores[k];
    });
    for (const s of buckets) s.sentences++;
    const doc = docs.get(g.article);
    const at = doc ? doc.text.indexOf(g.sentence) : -1;
    const goldTriples = new Map(
      g.events.map((e) => [`${e.source}>${e.target ?? '-'}:${e.type}`, quadOfRoot(e.cameoRoot)]),
    );
    for (const s of buckets) s.gold += goldTriples.size;
    if (!doc || at < 0) {
      for (const s of buckets) s.missing++;
      continue;
    }
    const predicted = systemTriples(doc, at, at + g.sentence.length);
    if (SHOW_DEV_ERRORS && g.split === 'dev') printDevErrors(g, goldTriples, predicted);
    if (DIAGNOSE && g.split === 'dev') diagnoseMisses(doc, at, at + g.sentence.length, goldTriples, predicted);
    let matched = 0;
    let quadRight = 0;
    for (const [triple, quad] of predicted) {
      if (!goldTriples.has(triple)) continue;
      matched++;
      if (goldTriples.get(triple) === quad) quadRight++;
    }
    for (const s of buckets) {
      s.predicted += predicted.size;
      s.matched += matched;
      s.quadRight += quadRight;
      const article = s.byArticle.get(g.article) ?? { gold: 0, predicted: 0, correct: 0 };
      article.gold += goldTriples.size;
      article.predicted += predicted.size;
      article.correct += matched;
      s.byArticle.set(g.article, article);
    }
  }
  return scores;
}

/** `--dev-errors`: the dev sentences the coder gets wrong, for tuning. Held-out sentences are never printed. */
const SHOW_DEV_ERRORS = process.argv.includes('--dev-errors');
/** `--gsr-errors`: the GSR "dev" half's missed and wrongly detected sentences. */
const SHOW_GSR_ERRORS = process.argv.includes('--gsr-errors');
/** `--dev-only`: score only dev sentences and the GSR's dev half, so tuning runs never show a held-out figure. */
const DEV_ONLY = process.argv.includes('--dev-only');

/** `--diagnose`: why dev triples were missed, by the first pipeline step that lacks what the triple needs. */
const DIAGNOSE = process.argv.includes('--diagnose');
const missCauses = new Map<string, number>();

function diagnoseMisses(
  doc: Doc,
  start: number,
  end: number,
  gold: Map<string, number>,
  predicted: Map<string, number>,
): void {
  const types = triggerTypes(doc, start, end);
  // A party counts as there when the coder can see it: a linked entity with a country, or one of the coder's own
  // actors (demonyms, groups, the UN and EU), which round 44 found behind 34 of 47 "not linked" misses.
  const countries = new Set<string>();
  for (const entity of doc.layers.entities) {
    if (entity.country && entity.mentions.some((m) => m.start >= start && m.end <= end)) countries.add(entity.country);
  }
  for (const actor of findActors(doc)) {
    if (actor.country && actor.start >= start && actor.end <= end) countries.add(actor.country);
  }
  const coded = [...predicted.keys()];
  for (const triple of gold.keys()) {
    if (predicted.has(triple)) continue;
    const [, source, target, type] = /^(.*)>(.*):(.*)$/.exec(triple) ?? [];
    const cause = !types.has(type)
      ? 'no trigger word of the type in the sentence'
      : !countries.has(source)
        ? 'source country not among the sentence’s linked entities or actors'
        : target !== '-' && !countries.has(target)
          ? 'target country not among the sentence’s linked entities or actors'
          : coded.some((t) => t.endsWith(`:${type}`))
            ? 'an event of the type coded, with other parties'
            : 'trigger and parties there, no event coded (clause, argument or lexicon rules)';
    missCauses.set(cause, (missCauses.get(cause) ?? 0) + 1);
    if (SHOW_DEV_ERRORS) console.log(`  ${triple}: ${cause}`);
  }
}

function printDevErrors(g: GoldSentence, gold: Map<string, number>, predicted: Map<string, number>): void {
  const missed = [...gold.keys()].filter((t) => !predicted.has(t));
  const invented = [...predicted.keys()].filter((t) => !gold.has(t));
  if (missed.length === 0 && invented.length === 0) return;
  console.log(`\n${g.sentence}\n  missed: ${missed.join(' ') || '-'}  invented: ${invented.join(' ') || '-'}`);
}

function report(split: string, s: Scores): void {
  const q = s.matched ? s.quadRight / s.matched : 0;
  console.log(
    `${split.padEnd(11)} sentences=${s.sentences} gold=${s.gold} predicted=${s.predicted} matched=${s.matched}` +
      ` ${formatPrf(s.matched, s.predicted, s.gold)} quad-accuracy=${q.toFixed(4)}` +
      (s.missing ? ` (sentences not found: ${s.missing})` : ''),
  );
}

/** The bootstrap line under a whole split: how far its figures would move on another sample of articles. */
function reportInterval(s: Scores): void {
  console.log(`            ${formatArticleIntervals([...s.byArticle.values()])}`);
}

/** Minimal RFC 4180 CSV reader (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[i++];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function sentenceDoc(text: string): Doc {
  const article: Article = { ...emptyArticle({ kind: 'text' }), blocks: [{ kind: 'paragraph', text }] };
  const doc = createDoc(article);
  for (const stage of defaultStages()) stage.run(doc);
  return doc;
}

/**
 * The GSR's rows are split in two halves by a hash of their id: the unnamed-party detection rules were written
 * looking only at errors of the "dev" half (see --gsr-errors); the other half is reported, never inspected.
 */
const isGsrHeldOut = (id: string) => createHash('sha1').update(id).digest().readUInt32BE(0) % 2 === 1;

function gsrRecall(file: string, type: string, heldOut: boolean): void {
  const rows = parseCsv(readFileSync(path.join(shared, 'data/events/arabic-event-gsr', file), 'utf8'));
  const header = rows[0];
  const label = header.indexOf('label');
  const textCol = header.indexOf('text');
  const idCol = header.indexOf('id');
  const tally = { yes: { n: 0, trigger: 0, event: 0 }, no: { n: 0, trigger: 0, event: 0 } };
  for (const row of rows.slice(1)) {
    const kind = row[label] === 'yes' ? 'yes' : row[label] === 'easy no' ? 'no' : null;
    if (!kind || !row[textCol] || isGsrHeldOut(row[idCol]) !== heldOut) continue;
    const doc = sentenceDoc(row[textCol]);
    const t = tally[kind];
    t.n++;
    if (triggerTypes(doc).has(type)) t.trigger++;
    const detected = doc.layers.events.some((e) => e.type === type && !e.negated);
    if (detected) t.event++;
    if (SHOW_GSR_ERRORS && !heldOut && detected !== (kind === 'yes')) console.log(`  ${kind} ${row[textCol]}`);
  }
  const pct = (a: number, b: number) => (b ? (a / b).toFixed(4) : 'n/a');
  console.log(
    `${type.padEnd(8)} ${heldOut ? 'held-out' : 'dev     '} yes=${tally.yes.n} trigger-recall=${pct(tally.yes.trigger, tally.yes.n)} event-recall=${pct(tally.yes.event, tally.yes.n)}` +
      ` | easy-no=${tally.no.n} trigger-rate=${pct(tally.no.trigger, tally.no.n)} event-rate=${pct(tally.no.event, tally.no.n)}`,
  );
}

async function main(): Promise<void> {
  if (!existsSync(path.join(shared, 'data/news'))) {
    console.error(`eval:events needs the shared data at ${shared} (set MARSAD_SHARED)`);
    process.exit(1);
  }
  const gold = [...readGold<GoldSentence>('events'), ...readGold<GoldSentence>('heldout-additions/events')].filter(
    (g) => !DEV_ONLY || g.split === 'dev',
  );
  console.log(`Events gold: ${gold.length} sentences, ${new Set(gold.map((g) => g.article)).size} articles`);
  const misfiled = gold.filter((g) => (g.split === 'heldout') !== isHeldOutArticle(g.article));
  if (misfiled.length) console.warn(`warning: ${misfiled.length} gold sentences disagree with the article-hash split`);
  console.log('(source country, target country, PLOVER type) triples, micro over sentences:');
  const scores = await scoreGold(gold);
  // Each split as a whole, then by annotation batch (batch 2 of the held-out part was never inspected; heldout-first
  // is batches 1–2, heldout-heldout2 and heldout-heldout3 the blind additions).
  for (const split of [
    'dev',
    'heldout',
    'dev-b1',
    'dev-b2',
    'dev-b3',
    'dev-b4',
    'dev-b5',
    'dev-b6',
    'dev-b7',
    'dev-b8',
    'dev-b9',
    'dev-b10',
    'dev-b11',
    'dev-b12',
    'dev-b13',
    'dev-b14',
    'dev-b15',
    'dev-b16',
    'dev-b17',
    'dev-b18',
    'dev-b19',
    'dev-b20',
    'dev-b21',
    'dev-b22',
    'dev-b23',
    'heldout-first',
    'heldout-b1',
    'heldout-b2',
    'heldout-heldout2',
    'heldout-heldout3',
  ]) {
    if (!scores[split]) continue;
    report(split, scores[split]);
    if (split === 'dev' || split === 'heldout') reportInterval(scores[split]);
  }
  if (DIAGNOSE) {
    console.log('dev triples missed, by cause:');
    for (const [cause, n] of [...missCauses].sort((a, b) => b[1] - a[1]))
      console.log(`  ${String(n).padStart(4)}  ${cause}`);
  }

  console.log('Detection on arabic_event_gsr (label "yes" = unanimous; "easy no" = unanimous reject):');
  for (const heldOut of DEV_ONLY ? [false] : [false, true]) {
    gsrRecall('assault_gsr.csv', 'ASSAULT', heldOut);
    gsrRecall('protest_gsr.csv', 'PROTEST', heldOut);
  }
}

await main();
