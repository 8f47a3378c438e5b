// Groups the analyses of concurrent jobs into one store transaction: a worker process finishes several articles
// at once (one per analysis thread), and one commit for many articles is what keeps PostgreSQL writes off the
// critical path (a commit waits for the disk; see docs/scale-out.md).
import type { PutOutcome, Store, StoreItem } from '../store/types.js';

interface Waiting {
  item: StoreItem;
  resolve: (outcome: PutOutcome) => void;
  reject: (err: unknown) => void;
}

export class BatchWriter {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Pick<Store, 'putBatch'>,
    private readonly maxBatch = 32,
    private readonly maxWaitMs = 20,
  ) {}

  /** Resolves once the item is committed (or found to be a duplicate). */
  put(item: StoreItem): Promise<PutOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.waiting.length >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.maxWaitMs);
    });
  }

  /** Writes what is waiting; batches are written one after another. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return this.flushing;
    this.flushing = this.flushing.then(() => this.write(batch));
    return this.flushing;
  }

  private async write(batch: Waiting[]): Promise<void> {
    try {
      const outcomes = await this.store.putBatch(batch.map((w) => w.item));
      batch.forEach((w, i) => {
        w.resolve(outcomes[i]);
      });
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }
}
