// Audit of entity linking on UNANNOTATED news (round 13): picks articles deterministically from the five ANT
// multi-source outlets (internationalNews and middleEast), runs the pipeline up to linking, and prints each body with
// its entity mentions marked «text»[TYPE key CC] (local#N: the
// article's N-th entity, so two mentions of one unlinked entity share N), then frequency tables over all articles:
//   (a) likely names left unannotated: tokens no NER mention and no entity covers that start a gazetteer name, or runs
//       of words rare in news (data/arabic/wordfreq.tsv) / capitalised Latin words;
//   (b) unlinked (local:) entities by frequency;
//   (c) linked mentions whose text differs a lot from the gazetteer name (character-bigram Dice < 0.4).
// Excluded: every article named in eval/gold/*.jsonl and eval/gold/heldout-additions/*.jsonl (only their `file` /
// `article` field is read), and the events' held-out articles (sha1 of the path % 3 === 0, eval/events.ts).
//
// Run: MARSAD_SHARED=/work/shared npx tsx scripts/audit-entities.ts [--per-folder 22] [--bodies out.txt]
//      [--tables out.txt] [--mentions out.tsv]
// --mentions writes one line per mention (article, start, end, type, key, text), to diff two versions of the linker.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { entityAuditFolders, goldArticlePaths } from '../eval/lib/gold.js';
import { normalizeForMatch } from '../src/arabic/normalize.js';
import type { Doc, Entity } from '../src/doc/types.js';
import { loadGazetteer } from '../src/entities/gazetteer.js';
import { tokenForms } from '../src/entities/spans.js';
import { readInputs } from '../src/ingest/index.js';
import { analyzeDoc } from '../src/pipeline/analyze.js';
import { stagesThrough } from '../src/pipeline/stages.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHARED = process.env.MARSAD_SHARED ?? path.resolve(ROOT, '..', 'shared');
const NEWS = path.join(SHARED, 'data', 'news');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Per folder, the first `n` eligible articles (body of 400–2500 characters) in the salted sha1 order. */
function pickArticles(n: number): string[] {
  return entityAuditFolders(n, goldArticlePaths()).flat();
}

async function readDoc(rel: string): Promise<Doc | null> {
  const upTo = stagesThrough('entities');
  for await (const result of readInputs([path.join(NEWS, rel)], {}))
    if (result.ok) return analyzeDoc(result.article, { stages: upTo });
  return null;
}

/** The body with every entity mention marked «text»[TYPE key CC]. */
function marked(doc: Doc, entities: Entity[]): string {
  const marks = entities
    .flatMap((e, n) => e.mentions.map((m) => ({ m, e, n })))
    .sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  let out = '';
  let at = 0;
  for (const { m, e, n } of marks) {
    if (m.start < at) continue;
    const key = e.key?.startsWith('local:') ? `local#${n + 1}` : e.key;
    out += `${doc.text.slice(at, m.start)}«${m.text}»[${e.type} ${key}${e.country ? ` ${e.country}` : ''}]`;
    at = m.end;
  }
  return out + doc.text.slice(at);
}

function wordFreq(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(path.join(ROOT, 'data', 'arabic', 'wordfreq.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [form, count] = line.split('\t');
    out.set(form, Number(count));
  }
  return out;
}

function bigrams(s: string): string[] {
  const t = s.replace(/\s+/g, ' ');
  const out: string[] = [];
  for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
  return out;
}

function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let hit = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      hit++;
      pool.set(g, n - 1);
    }
  }
  return (2 * hit) / (x.length + y.length);
}

type Table = Map<string, { n: number; where: Set<string> }>;
function bump(table: Table, key: string, where: string): void {
  const row = table.get(key) ?? { n: 0, where: new Set<string>() };
  row.n++;
  row.where.add(where);
  table.set(key, row);
}
function printTable(title: string, table: Table, min: number): string {
  const rows = [...table].filter(([, r]) => r.n >= min).sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  const lines = rows.map(([k, r]) => `${String(r.n).padStart(4)} ${String(r.where.size).padStart(3)}  ${k}`);
  return `\n== ${title} (count, articles, item; count >= ${min})\n${lines.join('\n')}\n`;
}

const RARE = 30;

async function main(): Promise<void> {
  const perFolder = Number(arg('--per-folder', '22'));
  const rels = pickArticles(perFolder);
  const gazetteer = loadGazetteer();
  const freq = wordFreq();
  const unannotatedGaz: Table = new Map();
  const unannotatedRare: Table = new Map();
  const locals: Table = new Map();
  const distant: Table = new Map();
  const bodies: string[] = [];
  const mentionRows: string[] = [];
  let mentions = 0;
  for (const [n, rel] of rels.entries()) {
    const doc = await readDoc(rel);
    if (!doc) continue;
    const short = rel.split('/').pop() ?? rel;
    const entities = doc.layers.entities ?? [];
    bodies.push(`\n##### ${n + 1}. ${rel} (${doc.meta.published ?? 'no date'})\n${marked(doc, entities)}\n`);
    for (const e of entities)
      for (const m of e.mentions) {
        mentions++;
        mentionRows.push([rel, m.start, m.end, e.type, e.key, m.text].join('\t'));
        if (e.key?.startsWith('local:')) bump(locals, `${e.type} ${m.text}`, short);
        else if (e.key && (e.type === 'PER' || e.type === 'LOC' || e.type === 'ORG')) {
          const score = dice(normalizeForMatch(m.text), normalizeForMatch(e.name));
          if (score < 0.4) bump(distant, `«${m.text}» → ${e.key} «${e.name}» (${score.toFixed(2)})`, short);
        }
      }
    // (a) tokens outside every NER mention and every entity mention.
    const covered = new Uint8Array(doc.text.length);
    for (const m of doc.layers.mentions ?? []) covered.fill(1, m.start, m.end);
    for (const e of entities) for (const m of e.mentions) covered.fill(1, m.start, m.end);
    const tokens = doc.layers.tokens ?? [];
    const forms = tokenForms(tokens);
    const free = (i: number) => covered[tokens[i].start] === 0 && covered[tokens[i].end - 1] === 0;
    for (let i = 0; i < tokens.length; i++) {
      if (!free(i)) continue;
      const match =
        gazetteer.matchAt(forms.norms, i) ??
        (forms.heads[i] ? gazetteer.matchAt(forms.norms, i, forms.heads[i]) : null);
      const named = match?.candidates.filter((c) => c.via !== 'demonym') ?? [];
      let allFree = match !== null;
      for (let j = i; match && j < match.end; j++) allFree &&= free(j);
      if (match && named.length && allFree) {
        const span = tokens.slice(i, match.end).map((t) => t.text);
        const kinds = [...new Set(named.map((c) => c.entry.kind))].join('/');
        bump(unannotatedGaz, `${match.key} [${kinds}] e.g. «${span.join(' ')}»`, short);
        i = match.end - 1;
      }
    }
    // Runs of rare words or capitalised Latin words outside every mention.
    for (let i = 0; i < tokens.length; i++) {
      const rare = (j: number) => {
        const t = tokens[j];
        if (!free(j)) return false;
        if (t.kind === 'latin') return /^[A-Z]/.test(t.text);
        if (t.kind !== 'arabic' || t.stem.length < 3) return false;
        return (freq.get(t.norm) ?? 0) < RARE && (freq.get(t.stem) ?? 0) < RARE;
      };
      if (!rare(i)) continue;
      let j = i;
      while (j + 1 < tokens.length && rare(j + 1) && tokens[j + 1].start - tokens[j].end <= 1) j++;
      bump(
        unannotatedRare,
        tokens
          .slice(i, j + 1)
          .map((t) => t.text)
          .join(' '),
        short,
      );
      i = j;
    }
  }
  const tables =
    `articles ${rels.length}, entity mentions ${mentions}\n` +
    printTable('(a1) gazetteer names with no NER tag and no entity mention', unannotatedGaz, 2) +
    printTable('(a2) runs of rare (< 30 in news) or capitalised words with no NER tag', unannotatedRare, 2) +
    printTable('(b) unlinked (local:) entity mentions', locals, 2) +
    printTable('(c) linked mentions far from the gazetteer name', distant, 1);
  const bodiesOut = arg('--bodies', '');
  const tablesOut = arg('--tables', '');
  const mentionsOut = arg('--mentions', '');
  if (bodiesOut) writeFileSync(bodiesOut, bodies.join(''));
  if (mentionsOut) writeFileSync(mentionsOut, `${mentionRows.join('\n')}\n`);
  if (tablesOut) writeFileSync(tablesOut, tables);
  if (!bodiesOut && !tablesOut) process.stdout.write(bodies.join('') + tables);
}

await main();
