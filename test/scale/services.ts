// The real Redis and PostgreSQL the scale-out tests talk to (scripts/services.sh starts them; .ci/run does so in
// CI). Without them the tests skip with a message on a developer's machine, and FAIL when CI is set.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../../src/arabic/data.js';
import { readInputs } from '../../src/ingest/index.js';
import { pingRedis } from '../../src/queue/redis.js';

export { REPO_ROOT };

export const REDIS_URL = process.env.MARSAD_TEST_REDIS ?? 'redis://127.0.0.1:6390';
export const PG_URL = process.env.MARSAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5439/marsad_test';

async function postgresUp(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Why the tests cannot run (undefined when both services answer). Under CI a missing service is an error, thrown
 * here so the test fails with the reason instead of skipping silently.
 */
export async function servicesMissing(): Promise<string | undefined> {
  const missing: string[] = [];
  if (!(await pingRedis(REDIS_URL))) missing.push(`Redis at ${REDIS_URL}`);
  if (!(await postgresUp(PG_URL))) missing.push(`PostgreSQL at ${PG_URL}`);
  if (missing.length === 0) return undefined;
  const why = `${missing.join(' and ')} not reachable: run scripts/services.sh start (or set MARSAD_TEST_REDIS / MARSAD_TEST_PG)`;
  if (process.env.CI) throw new Error(`scale-out tests need real services in CI: ${why}`);
  return why;
}

/** Why PostgreSQL-only tests cannot run (undefined when the test server answers); an error under CI. */
export async function postgresMissing(): Promise<string | undefined> {
  if (await postgresUp(PG_URL)) return undefined;
  const why = `PostgreSQL at ${PG_URL} not reachable: run scripts/services.sh start (or set MARSAD_TEST_PG)`;
  if (process.env.CI) throw new Error(`these tests need PostgreSQL in CI: ${why}`);
  return why;
}

/** A fresh database on the test server (dropped by the returned function), so tests never share rows. */
export async function freshDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `marsad_${label}_${process.pid}_${Date.now() % 100000}`;
  const admin = new pg.Client(PG_URL);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client(PG_URL);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

interface DemoRecord {
  source: string;
  url: string;
  date_extracted: string;
  title: string;
  author: string;
  content: string;
}

/**
 * `count` real articles from the demo corpus (SaudiNewsNet, data/demo/SOURCE.md) as a JSONL file in the corpus's
 * own format: the articles whole, then their paragraphs of 80+ characters as short articles of their own (title
 * "<title> (n)", URL "<url>#pn"), as an outlet's brief or a wire update carries one paragraph. Bodies are distinct
 * and every record is one the reader accepts, so each of the `count` articles is stored once.
 */
export async function demoCorpusFile(count: number): Promise<string> {
  const records = readFileSync(join(REPO_ROOT, 'data/demo/saudinewsnet-2015-08-11.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as DemoRecord);
  const candidates: DemoRecord[] = [];
  const seen = new Set<string>();
  const add = (record: DemoRecord) => {
    if (seen.has(record.content.trim())) return;
    seen.add(record.content.trim());
    candidates.push(record);
  };
  for (const record of records) add(record);
  for (const record of records) {
    record.content.split(/\n+/).forEach((paragraph, n) => {
      if (paragraph.trim().length < 80) return;
      add({
        ...record,
        title: `${record.title} (${n + 1})`,
        url: `${record.url}#p${n + 1}`,
        content: paragraph.trim(),
      });
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'marsad-scale-'));
  const path = join(dir, `demo-${count}.jsonl`);
  const write = (list: DemoRecord[]) => writeFileSync(path, `${list.map((r) => JSON.stringify(r)).join('\n')}\n`);
  write(candidates);
  // Keep what the reader accepts, once per clean text (two raw paragraphs may clean to the same body).
  const readable = new Set<string>();
  const bodies = new Set<string>();
  for await (const result of readInputs([path])) {
    if (!result.ok || !result.article.source.url) continue;
    const body = result.article.blocks.map((b) => b.text.replace(/\s+/g, ' ').trim()).join('\n');
    if (bodies.has(body)) continue;
    bodies.add(body);
    readable.add(result.article.source.url);
  }
  const chosen = candidates.filter((r) => readable.has(r.url)).slice(0, count);
  if (chosen.length < count) throw new Error(`the demo corpus yields ${chosen.length} articles, fewer than ${count}`);
  write(chosen);
  return path;
}

/** Runs scripts/services.sh with settings (e.g. a private PostgreSQL cluster on another port for outage tests). */
export function services(command: string, env: Record<string, string>): void {
  const result = spawnSync(join(REPO_ROOT, 'scripts/services.sh'), [command], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`scripts/services.sh ${command} failed: ${result.stderr || result.stdout}`);
}
