import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { REPO_ROOT } from '../../src/arabic/data.js';
import { ingest } from '../../src/store/ingest.js';
import { openStore } from '../../src/store/sqlite.js';

const ARTICLES = 160;
const DUPLICATES = 8;
const CLI = join(REPO_ROOT, 'src/cli/main.ts');

/** Sentences of the repository's real news fixtures (ANT corpus files and the BBC page dump). */
function fixtureSentences(): string[] {
  const corpus = join(REPO_ROOT, 'test/fixtures/corpus');
  const texts = readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(corpus, name), 'utf8').match(/<TEXT>([\s\S]*?)<\/TEXT>/)?.[1] ?? '');
  texts.push(readFileSync(join(REPO_ROOT, 'test/fixtures/pagedump/bbc-putin-north-korea/input.txt'), 'utf8'));
  const sentences = texts
    .join('\n')
    .split(/(?<=[.!؟])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 40 && /[\u0621-\u064a]{3}/.test(s) && !/[<>#`]/.test(s));
  return [...new Set(sentences)];
}

/** A folder of small page dumps made of fixture sentences (each body different, a few copied), plus bad files. */
function writeCorpus(dir: string, withBadFiles: boolean): void {
  const sentences = fixtureSentences();
  const n = sentences.length;
  const sub = join(dir, 'news');
  mkdirSync(sub, { recursive: true });
  const bodies: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const paragraphs = [sentences[i % n], sentences[(i * 7 + 3) % n], sentences[(i * 13 + 5) % n]];
    const title = sentences[(i * 3 + 1) % n].split(/\s+/).slice(0, 8).join(' ');
    bodies.push(`${title}\n\n${paragraphs.join('\n\n')}\n\nالمقال رقم ${i + 1}.\n`);
  }
  bodies.forEach((text, i) => {
    writeFileSync(join(sub, `article-${String(i).padStart(4, '0')}.txt`), text);
  });
  // The same articles again under other names: stored once.
  for (let i = 0; i < DUPLICATES; i++) writeFileSync(join(dir, `copy-${i}.txt`), bodies[i * 5]);
  if (withBadFiles) {
    writeFileSync(join(sub, 'article-0050-broken.json'), '{"title": "خبر", "content": ');
    writeFileSync(join(sub, 'article-0080-empty.txt'), '');
    writeFileSync(join(sub, 'article-0120-image.txt'), Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256)));
  }
}

/** Every row of every table, in rowid / key order: equal dumps mean equal databases. */
function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  const tables = ['articles', 'blocks', 'entities', 'article_entities', 'mentions', 'quotes', 'times', 'events'];
  const out: Record<string, unknown[]> = {};
  for (const table of tables) out[table] = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
  db.close();
  const store = openStore(path, { readonly: true });
  out.search = ['بوتين', 'التعاون', 'المقال'].map((query) => store.search({ query, limit: 50 }));
  store.close();
  return out;
}

function runCli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: string | null; stdout: string }> {
  let stdout = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout })));
}

function storedCount(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or the schema not yet committed
  }
}

describe('ingest', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-'));
    writeCorpus(join(dir, 'corpus'), true);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports bad files inside a batch with their reason and stores everything else', async () => {
    const db = join(dir, 'bad.db');
    const summary = await ingest([join(dir, 'corpus')], { db, batchItems: 25 });
    assert.equal(summary.stored, ARTICLES);
    assert.equal(summary.duplicate, DUPLICATES);
    assert.equal(summary.read, ARTICLES + DUPLICATES);
    assert.equal(summary.failed, 3);
    const reasons = summary.failures.map((f) => `${f.code} ${f.input}`).sort();
    assert.match(reasons.join('\n'), /article-0050-broken\.json/);
    assert.match(reasons.join('\n'), /empty .*article-0080-empty\.txt/);
    assert.match(reasons.join('\n'), /article-0120-image\.txt/);
    const rerun = await ingest([join(dir, 'corpus')], { db });
    assert.deepEqual(
      [rerun.stored, rerun.duplicate, rerun.failed],
      [0, ARTICLES + DUPLICATES, 3],
      'a second run stores nothing again',
    );
  });

  it('gives the same database after a SIGKILL and a rerun as one uninterrupted run', async () => {
    const corpus = join(dir, 'corpus');
    const whole = join(dir, 'whole.db');
    const resumed = join(dir, 'resumed.db');
    const args = (db: string) => ['ingest', corpus, '--db', db, '--batch', '5', '--workers', '2'];
    const complete = await finished(runCli(args(whole)));
    assert.equal(complete.code, 0, complete.stdout);

    const child = runCli(args(resumed));
    const exit = finished(child);
    let seen = 0;
    while (child.exitCode === null) {
      seen = storedCount(resumed);
      if (seen >= 10) {
        child.kill('SIGKILL');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const killed = await exit;
    assert.equal(killed.signal, 'SIGKILL', 'the first run was killed before it finished');
    const partial = storedCount(resumed);
    assert.ok(partial > 0 && partial < ARTICLES, `killed mid-way (${partial} stored)`);

    const rerun = await finished(runCli(args(resumed)));
    assert.equal(rerun.code, 0, rerun.stdout);
    assert.match(rerun.stdout, new RegExp(`stored ${ARTICLES - partial}, duplicate ${partial + DUPLICATES}`));
    assert.deepEqual(dump(resumed), dump(whole));
  });
});
