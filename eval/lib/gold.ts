// Shared by the evaluations whose gold identifies spans by exact text and occurrence in an article of
// ../shared/data/news (so the gold does not depend on any reader's offsets).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/arabic/data.js';
import type { Doc, Stage } from '../../src/doc/types.js';
import { readInputs } from '../../src/ingest/index.js';
import type { ReadResult } from '../../src/ingest/types.js';
import { analyzeDoc } from '../../src/pipeline/analyze.js';
import { sharedDir } from './shared.js';

/** The folder of the news corpora (exits with a clear message when the shared data is absent). */
export function newsDir(): string {
  return path.join(sharedDir(), 'data', 'news');
}

/**
 * The split rule of the event gold, also used to keep audits and new gold off each other's articles: an article
 * (path relative to data/news) is held out when the first 32 bits of sha1(path) are divisible by 3.
 */
export function isHeldOutArticle(article: string): boolean {
  return createHash('sha1').update(article).digest().readUInt32BE(0) % 3 === 0;
}

/** A gold line as far as article selection reads it: the article's path, and its annotation round. */
export interface GoldLineRef {
  file?: string;
  article?: string;
  round?: string | number;
  batch?: string | number;
}

/**
 * The lines a selection script leaves out to see the gold as it stood when its draw was made: dev rounds of the entity
 * gold after `round` and dev batches of the event gold after `batch` (numbered lines; the unnumbered and held-out lines
 * are older than every numbered draw). Both matter to every draw: each gold's articles are taken, and the audit orders
 * whose read positions a draw keeps off leave out the articles of both. Without it a draw moved whenever either gold
 * grew (round 14's selection printed three other articles once event batches 13–14 were in).
 */
export function addedAfter(round: number, batch: number): (line: GoldLineRef) => boolean {
  return (line) =>
    (typeof line.round === 'number' && line.round > round) || (typeof line.batch === 'number' && line.batch > batch);
}

/**
 * Paths (relative to data/news) named by any gold file of eval/gold and eval/gold/heldout-additions: only the
 * `file` and `article` fields are read. Lines `skip` accepts are left out (a selection script ignores its own round,
 * so it prints the same articles once they are in the gold).
 */
export function goldArticlePaths(skip: (line: GoldLineRef) => boolean = () => false): Set<string> {
  const paths = new Set<string>();
  for (const dir of ['eval/gold', 'eval/gold/heldout-additions']) {
    for (const name of readdirSync(path.join(REPO_ROOT, dir))) {
      if (!name.endsWith('.jsonl')) continue;
      for (const line of readFileSync(path.join(REPO_ROOT, dir, name), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const row = JSON.parse(line) as GoldLineRef;
        if (skip(row)) continue;
        if (row.file) paths.add(row.file);
        if (row.article) paths.add(row.article);
      }
    }
  }
  return paths;
}

/** The five ANT multi-source outlets whose world and Middle-East sections the gold draws from. */
const WORLD_OUTLETS = ['Alarabia', 'BBC', 'CNN', 'France24', 'SkyNews'];

/** A story a gold selection script may draw: its path under data/news, its place in the salted hash order, its size. */
export interface SelectionCandidate {
  rel: string;
  /** sha1(salt + rel), hex digest: the order the selection draws in. */
  order: string;
  /** Length of the raw <TEXT>. */
  chars: number;
}

/** What a gold selection script draws from, for one outlet. */
export interface SelectionPool {
  /** Outlet folder under data/news («ant-multisource/BBC»). */
  outlet: string;
  /** Its subfolders, drawn from together: a missing one is skipped (Al Arabia has no middleEast/), all missing throw. */
  folders: string[];
  /** Prefix of the hashed path («entities-round11:»). */
  salt: string;
  /** Inclusive bounds on the raw <TEXT> length in characters. */
  minChars: number;
  maxChars: number;
  /** Paths already in some gold (goldArticlePaths), left out. */
  taken: Set<string>;
  /** The side of the events split the story must be on (isHeldOutArticle). */
  heldOut: boolean;
}

/**
 * The stories of a pool in the order of sha1(salt + path), as the selection scripts of new gold draw them
 * (scripts/select-*-entities*.ts): `.txt` files with a <TEXT> of the pool's size, on its side of the split and in no
 * gold yet. Reads only the raw files; runs no stage of the pipeline.
 */
export function selectionCandidates(pool: SelectionPool): SelectionCandidate[] {
  const dirs = pool.folders.map((folder) => ({ folder, dir: path.join(newsDir(), pool.outlet, folder) }));
  if (!dirs.some(({ dir }) => existsSync(dir)))
    throw new Error(`no folder ${pool.folders.join(', ')} in ${pool.outlet}`);
  const candidates: SelectionCandidate[] = [];
  for (const { folder, dir } of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.txt')) continue;
      const rel = `${pool.outlet}/${folder}/${name}`;
      if (pool.taken.has(rel) || isHeldOutArticle(rel) !== pool.heldOut) continue;
      const text = rawText(path.join(dir, name));
      if (text === undefined) continue;
      const chars = text.length;
      if (chars < pool.minChars || chars > pool.maxChars) continue;
      candidates.push({
        rel,
        order: createHash('sha1')
          .update(pool.salt + rel)
          .digest('hex'),
        chars,
      });
    }
  }
  return candidates.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
}

/**
 * The pools of the heldout3 entity batch and of dev rounds 11 and 12: the internationalNews/ and middleEast/ stories
 * of 700–1800 characters of each of the five ant-multisource outlets (Al Arabiya has no middleEast/), one pool an
 * outlet.
 */
export function worldNewsPools(salt: string, taken: Set<string>, heldOut: boolean): SelectionPool[] {
  return WORLD_OUTLETS.map((outlet) => ({
    outlet: `ant-multisource/${outlet}`,
    folders: ['internationalNews', 'middleEast'],
    salt,
    minChars: 700,
    maxChars: 1800,
    taken,
    heldOut,
  }));
}

/**
 * The dev-side stories (isHeldOutArticle false; paths under data/news) of each internationalNews/ and middleEast/
 * folder of the five ant-multisource outlets, one list a folder in outlet then folder order (Al Arabiya has no
 * middleEast/), in directory order.
 */
function devWorldNewsFolders(): string[][] {
  const lists: string[][] = [];
  for (const outlet of WORLD_OUTLETS)
    for (const folder of ['internationalNews', 'middleEast']) {
      const dir = path.join(newsDir(), 'ant-multisource', outlet, folder);
      if (!existsSync(dir)) continue;
      lists.push(
        readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .map((f) => `ant-multisource/${outlet}/${folder}/${f}`)
          .filter((rel) => !isHeldOutArticle(rel)),
      );
    }
  return lists;
}

/**
 * The order of the entity-linking audit (scripts/audit-entities.ts): for each internationalNews/ and middleEast/
 * folder of the five ant-multisource outlets (Al Arabiya has no middleEast/), its stories in the order of
 * sha1('entities-round13-audit:' + path) (hex digest), keeping those not in `excluded` (the audit passes
 * goldArticlePaths()), off the events held-out side, with a raw <TEXT> of 400–2500 characters, and stopping at the
 * first `n`. One list a folder, in the audit's folder order; the audit prints their concatenation.
 */
export function entityAuditFolders(n: number, excluded: Set<string>): string[][] {
  const order = (rel: string) => createHash('sha1').update(`entities-round13-audit:${rel}`).digest('hex');
  const lists: string[][] = [];
  for (const folder of devWorldNewsFolders()) {
    const keyed = folder.filter((rel) => !excluded.has(rel)).map((rel) => ({ rel, key: order(rel) }));
    const rels = keyed.sort((a, b) => (a.key < b.key ? -1 : 1)).map(({ rel }) => rel);
    const picked: string[] = [];
    for (const rel of rels) {
      if (picked.length >= n) break;
      const body = rawText(path.join(newsDir(), rel)) ?? '';
      if (body.length < 400 || body.length > 2500) continue;
      picked.push(rel);
    }
    lists.push(picked);
  }
  return lists;
}

/**
 * The stories at a folder position of the entity audit order (entityAuditFolders with no limit, leaving out
 * `excluded`) that an audit read in full: the first 30, positions 75–90 (0-based) and the folder's last 6 (the audits
 * of rounds 13, 15 and 17). Selection scripts of blind dev rounds keep off them.
 */
export function auditReadPositions(excluded: Set<string>): string[] {
  const readInFull = (position: number, size: number) =>
    position < 30 || (position >= 75 && position <= 90) || position >= size - 6;
  return entityAuditFolders(Number.POSITIVE_INFINITY, excluded).flatMap((folder) =>
    folder.filter((_, i) => readInFull(i, folder.length)),
  );
}

/**
 * What a blind dev round may change in its draw (round 28 widened it once the 700–1800-character BBC-free pools ran
 * dry): the bounds on the raw <TEXT> length, the candidates taken per outlet, and the outlets drawn from (folder
 * names under ant-multisource, «France24»; all five when absent).
 */
export interface RoundDrawOptions {
  minChars?: number;
  maxChars?: number;
  perOutlet?: number;
  outlets?: string[];
}

/**
 * The draw of a blind dev round of the entity gold: per ant-multisource outlet the first two world-news candidates
 * (700–1800 characters unless `options` say otherwise) in the order of `salt` that are not in `taken` nor in `read`
 * (positions an audit read in full). With `log`, the candidate counts go to stderr.
 */
export function entityRoundDraw(
  salt: string,
  taken: Set<string>,
  read: Set<string>,
  log = false,
  options: RoundDrawOptions = {},
): SelectionCandidate[] {
  const { minChars = 700, maxChars = 1800, perOutlet = 2, outlets } = options;
  const pools = worldNewsPools(salt, taken, false).filter(
    (pool) => outlets === undefined || outlets.includes(path.basename(pool.outlet)),
  );
  return pools.flatMap((pool) => {
    const candidates = selectionCandidates({ ...pool, minChars, maxChars }).filter((c) => !read.has(c.rel));
    if (log) console.error(`${pool.outlet}: ${candidates.length} candidates off the positions read in full`);
    return candidates.slice(0, perOutlet);
  });
}

/**
 * Prints entityRoundDraw's paths, sizes and hash prefixes on stdout (the candidate counts on stderr) and, with
 * `texts`, each raw <TEXT> after the list.
 */
export function printEntityRoundDraw(salt: string, taken: Set<string>, read: Set<string>, texts: boolean): string[] {
  const drawn = entityRoundDraw(salt, taken, read, true);
  for (const c of drawn) console.log(`${c.rel}\t${c.chars}\t${c.order.slice(0, 12)}`);
  if (texts) for (const c of drawn) console.log(`\n=== ${path.basename(c.rel)}\n${goldArticleBody({ file: c.rel })}`);
  return drawn.map((c) => c.rel);
}

/** Events audit positions that earlier rounds read in full: blind events dev batches keep off them. */
const EVENT_AUDITED = 600;
const EVENT_BATCH_PER_OUTLET = 6;
/**
 * The gold as it stood at each blind events dev batch's draw (the last entity round and event batch then in it; batch
 * 14 was drawn with batch 13's thirty taken, as if that batch were in), so that a draw stays the same however either
 * gold grows. A batch not listed is drawn against every entity round and the event batches before it.
 */
const EVENT_BATCH_GOLD_AT_DRAW: Record<number, [round: number, batch: number]> = {
  9: [12, 8],
  10: [12, 9],
  11: [12, 10],
  12: [13, 11],
  13: [13, 12],
  14: [13, 13],
  15: [15, 14],
  16: [17, 15],
  17: [21, 16],
  18: [24, 17],
  19: [26, 18],
  20: [27, 19],
  21: [29, 20],
  22: [30, 21],
  23: [31, 22],
  24: [32, 23],
};

/**
 * The draw of blind events dev batch `batch` (≥ 9; scripts/select-events-dev.ts): per ant-multisource outlet the
 * first six dev-side world-news stories (any length) in the order of sha1('events-devN:' + path), in no gold file as
 * the gold stood at the draw, and not among the first 600 positions of the events audit. With `log`, the candidate
 * counts go to stderr.
 */
export function eventBatchDraw(batch: number, log = false): SelectionCandidate[] {
  const [round, before] = EVENT_BATCH_GOLD_AT_DRAW[batch] ?? [Number.POSITIVE_INFINITY, batch - 1];
  const later = addedAfter(round, before);
  const taken = goldArticlePaths(later);
  const audited = new Set(eventAuditSample(0, EVENT_AUDITED, eventAuditGold(later)));
  return worldNewsPools(`events-dev${batch}:`, taken, false).flatMap((pool) => {
    const candidates = selectionCandidates({ ...pool, minChars: 1, maxChars: Number.POSITIVE_INFINITY }).filter(
      (c) => !audited.has(c.rel),
    );
    if (log) console.error(`${pool.outlet}: ${candidates.length} candidates`);
    return candidates.slice(0, EVENT_BATCH_PER_OUTLET);
  });
}

/**
 * Articles of the dev lines of eval/gold/events.jsonl and entities.jsonl, which the events audit leaves out (held-out
 * lines are skipped unparsed). Lines `skip` accepts are left out too (a selection script ignores its own batch).
 */
export function eventAuditGold(skip: (line: GoldLineRef) => boolean = () => false): Set<string> {
  const articles = new Set<string>();
  for (const name of ['events', 'entities']) {
    const file = goldPath(name);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim() || line.includes('"split":"heldout"')) continue;
      const g = JSON.parse(line) as GoldLineRef & { split?: string };
      const article = g.article ?? g.file;
      if (article && g.split !== 'heldout' && !skip(g)) articles.add(article);
    }
  }
  return articles;
}

/** Round 12's events audit read about 146 sample positions over the sections: the first 17 of each are left out. */
const EVENT_AUDIT_ROUND12_PER_SECTION = 17;

/**
 * The sample of the events precision audit (scripts/audit-events.ts, docs/events.md round 13): the
 * internationalNews/ and middleEast/ sections of the five ant-multisource outlets, dev side of the split only, outside
 * `gold` (eventAuditGold) and round 12's audit samples; each section ordered by sha1("marsad-events-round13:" + path),
 * the sections interleaved; sample positions `from` to `from + n`.
 */
export function eventAuditSample(from: number, n: number, gold: Set<string>): string[] {
  const hashOf = (text: string) => createHash('sha1').update(text).digest();
  const sections: string[][] = [];
  for (const files of devWorldNewsFolders()) {
    const order = (seed: string) =>
      files
        .map((file) => ({ file, key: hashOf(seed + file) }))
        .sort((a, b) => Buffer.compare(a.key, b.key))
        .map(({ file }) => file);
    const seen12 = new Set(order('marsad-events-round12:').slice(0, EVENT_AUDIT_ROUND12_PER_SECTION));
    sections.push(order('marsad-events-round13:').filter((a) => !gold.has(a) && !seen12.has(a)));
  }
  const out: string[] = [];
  for (let k = 0; out.length < from + n && sections.some((s) => k < s.length); k++) {
    for (const s of sections) if (k < s.length) out.push(s[k]);
  }
  return out.slice(from, from + n);
}

/** What the project's reader gives for each news file, read once per file (a SaudiNewsNet file holds many records). */
const readerResults = new Map<string, Promise<ReadResult[]>>();

async function resultsOf(file: string): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs([file], {})) results.push(result);
  return results;
}

/**
 * A gold article as users get it — the project's reader, then `stages` — by its path under data/news and, for a
 * SaudiNewsNet file, its record index. A file the reader rejects is an error: the gold names it.
 */
export async function readGoldDoc(article: { file: string; record?: number }, stages: Stage[]): Promise<Doc> {
  const file = path.join(newsDir(), article.file);
  if (!readerResults.has(file)) readerResults.set(file, resultsOf(file));
  const result = (await readerResults.get(file))?.[article.record ?? 0];
  if (!result) throw new Error(`${file}: no article ${article.record ?? 0}`);
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  return analyzeDoc(result.article, { stages });
}

/** The raw body of a gold article: the TEXT of an ANT file, or `content` of one SaudiNewsNet record. */
export function goldArticleBody(article: { file: string; record?: number }): string {
  const file = path.join(newsDir(), article.file);
  if (article.record !== undefined) {
    const records = JSON.parse(readFileSync(file, 'utf8')) as { content: string }[];
    return records[article.record].content;
  }
  const text = rawText(file);
  if (text === undefined) throw new Error(`no <TEXT> in ${article.file}`);
  return text;
}

/** The <TEXT> of an ANT file (absolute path), or undefined when it has none. */
function rawText(file: string): string | undefined {
  return /<TEXT>([\s\S]*?)<\/TEXT>/.exec(readFileSync(file, 'utf8'))?.[1];
}

/** Start offset of the n-th (1-based) occurrence of `needle` in `text`, or -1. */
export function nthOccurrence(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function goldPath(name: string): string {
  return path.join(REPO_ROOT, 'eval', 'gold', `${name}.jsonl`);
}

/** The hand-annotated gold eval/gold/<name>.jsonl, one JSON object per non-blank line. */
export function readGold<T>(name: string): T[] {
  return readFileSync(goldPath(name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
