// Load test of the search endpoint on loopback: `marsad serve` in a child process over the demo corpus,
// autocannon for 30 s with a mix of realistic queries (single words, names, phrases, OR, exclusions, filters,
// paging). Prints requests/s and latency percentiles; asserts nothing.
// Run: npx tsx bench/server.ts [--db PATH] [--duration 30] [--connections 10] [--no-cache]
// Without --db it ingests the demo corpus (data/demo) into a temporary database first.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { REPO_ROOT } from '../src/arabic/data.js';
import { DEMO_CORPUS } from '../src/cli/commands/start.js';
import { loadInputs } from '../src/server/load.js';
import { openStore } from '../src/store/sqlite.js';

const QUERIES = [
  'بوتين',
  'روسيا',
  'إيران',
  'اليمن',
  'الحوثيين',
  'وزير الخارجية',
  '"مجلس الأمن"',
  'سوريا OR العراق',
  'السعودية -النفط',
  'الأمم المتحدة',
  'كوريا الشمالية',
  'الاقتصاد',
  'داعش',
  'الرئيس الأمريكي',
  'المملكة',
  'مفاوضات',
];
const VARIANTS = ['', '&limit=20', '&offset=10', '&mode=any', '&from=2015-08-01&to=2015-08-31'];

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

async function demoDb(): Promise<{ path: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  const path = join(dir, 'demo.db');
  const store = openStore(path);
  const counts = await loadInputs(store, DEMO_CORPUS);
  store.close();
  console.log(`ingested the demo corpus: ${counts.stored} articles`);
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO_ROOT, 'src/cli/main.ts'),
      'serve',
      '--db',
      db,
      '--port',
      '18931',
      ...(process.argv.includes('--no-cache') ? ['--search-cache', '0'] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const url = /(http:\/\/\S+)/.exec(chunk.toString())?.[1];
      if (url) resolve({ child, url: url.replace('localhost', '127.0.0.1') });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const given = flag('db', '');
  const db = given ? { path: given, cleanup: () => {} } : await demoDb();
  const { child, url } = await startServer(db.path);
  // Every query with every variant: 80 distinct requests, cycled in turn.
  const paths = QUERIES.flatMap((q) => VARIANTS.map((v) => `/api/search?q=${encodeURIComponent(q)}${v}`));
  let next = 0;
  const duration = Number(flag('duration', '30'));
  const connections = Number(flag('connections', '10'));
  console.log(
    `${cpus().length} CPUs; ${paths.length} distinct requests; ${connections} connections for ${duration} s; search cache ${process.argv.includes('--no-cache') ? 'off' : 'on'}`,
  );
  const result = await autocannon({
    url: url.replace(/\/$/, ''),
    connections,
    duration,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  child.kill('SIGTERM');
  db.cleanup();
  const non2xx = result.non2xx + result.errors + result.timeouts;
  console.log(`requests: ${result.requests.total} in ${result.duration} s, non-2xx/errors/timeouts: ${non2xx}`);
  console.log(
    `throughput: ${result.requests.average.toFixed(0)} req/s (mean), ${(result.throughput.average / 1e6).toFixed(2)} MB/s`,
  );
  console.log(
    `latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
}

await main();
