// Helpers to run worker processes against the test services and wait for a queue to drain.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { QueueConfig } from '../../src/queue/config.js';
import { queueStatus } from '../../src/queue/status.js';
import { REPO_ROOT } from './services.js';

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything the worker logged (JSON lines). */
  log: () => string;
  exited: Promise<number | null>;
}

export function spawnWorker(queue: QueueConfig, storeUrl: string, env: Record<string, string> = {}): WorkerProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), 'worker', '--queue', queue.url, '--store', storeUrl],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        MARSAD_QUEUE_NAME: queue.name,
        MARSAD_LOCK_MS: String(queue.lockMs),
        MARSAD_WORKER_THREADS: '1',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let output = '';
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, log: () => output, exited };
}

/** Polls the queue until nothing is waiting, running or scheduled for retry (or the deadline passes). */
export async function waitUntilDrained(queue: QueueConfig, timeoutMs: number, everyMs = 1000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const s = await queueStatus(queue).catch(() => null);
    if (s && s.queued === 0 && s.active === 0 && s.delayed === 0) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`the queue ${queue.name} did not drain within ${timeoutMs / 1000} s`);
}

export async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // A condition that throws (e.g. jobs are being dead-lettered) ends the wait with its reason.
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}
