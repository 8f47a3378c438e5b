// A fixed pool of analysis threads (worker_threads): the analysis is CPU-bound, so a worker process runs one
// thread per core it is given while its main thread talks to Redis and the store.
import { Worker } from 'node:worker_threads';
import { MarsadError } from '../doc/errors.js';
import type { Article } from '../doc/types.js';
import type { StoreItem } from '../store/types.js';
import type { AnalysisReply, AnalysisTask } from './analysis-thread.js';

interface Pending {
  resolve: (item: StoreItem) => void;
  reject: (err: Error) => void;
}

interface Slot {
  thread: Worker;
  busy: Set<number>;
}

/**
 * The thread's module: compiled JavaScript next to this file, or, running from TypeScript sources under tsx (tests,
 * benchmarks), a bootstrap that registers tsx inside the thread first, since loader hooks do not reach threads.
 */
function startThread(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analysis-thread.js', import.meta.url));
  const tsx = import.meta.resolve('tsx/esm/api');
  const thread = new URL('./analysis-thread.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(thread)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private closing = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { thread: startThread(), busy: new Set() };
    slot.thread.on('message', (reply: AnalysisReply) => this.settle(slot, reply));
    // A thread that dies (out of memory, a crash in native code) fails its tasks and is replaced.
    slot.thread.on('error', (err) => this.failSlot(slot, err));
    slot.thread.on('exit', (code) => this.failSlot(slot, new Error(`analysis thread exited with code ${code}`)));
    return slot;
  }

  private settle(slot: Slot, reply: AnalysisReply): void {
    slot.busy.delete(reply.seq);
    const pending = this.pending.get(reply.seq);
    this.pending.delete(reply.seq);
    if (!pending) return;
    if (reply.ok) pending.resolve(reply.item);
    else pending.reject(new MarsadError(reply.error, 'analysis'));
  }

  private failSlot(slot: Slot, err: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    for (const seq of slot.busy) {
      this.pending.get(seq)?.reject(err);
      this.pending.delete(seq);
    }
    slot.busy.clear();
    if (this.closing) return;
    this.slots[index] = this.spawn();
  }

  /** Analyzes one article on the least busy thread. */
  analyze(article: Article, published?: string): Promise<StoreItem> {
    const slot = this.slots.reduce((best, s) => (s.busy.size < best.busy.size ? s : best));
    const seq = ++this.seq;
    return new Promise<StoreItem>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      slot.busy.add(seq);
      slot.thread.postMessage({ seq, article, published } satisfies AnalysisTask);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.thread.terminate()));
  }
}
