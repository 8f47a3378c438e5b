// Watching RSS/Atom feeds: each poll fetches every feed that is due with a conditional GET (ETag /
// Last-Modified), reads the items not seen before (optionally fetching each item's page for the full text),
// analyses and stores them. Requests to one host are spaced by a politeness delay; a failing feed is retried
// after an exponentially growing pause. All state lives in the database, so a restart resumes.
import { errorMessage } from '../doc/errors.js';
import type { Article, Stage } from '../doc/types.js';
import { readFeed } from '../ingest/feed.js';
import { fetchText } from '../ingest/fetch.js';
import { readOne } from '../ingest/index.js';
import { analyzeArticle } from '../pipeline/analyze.js';
import type { SqliteStore } from './sqlite.js';

export interface WatchOptions {
  /** Fetch each new item's page and read the article from it (else the feed's own content is used). */
  fetchPages?: boolean;
  /** Minimum pause between two requests to the same host, in ms (default 2000). */
  politenessMs?: number;
  /** First retry pause after a failure, doubled on each further failure, in ms (default 60 000; at most 6 h). */
  backoffMs?: number;
  fetchTimeoutMs?: number;
  /** Analysis stages (default: the whole pipeline). */
  stages?: Stage[];
  now?: () => number;
  log?: (line: string) => void;
}

export interface FeedPoll {
  url: string;
  status: 'new' | 'not-modified' | 'failed' | 'waiting';
  stored: number;
  duplicate: number;
  failed: number;
  error?: string;
}

interface FeedRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  next_poll_at: number;
}

const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

/** The feed URLs of a feeds file: one per line; blank lines and lines starting with # are skipped. */
export function parseFeedList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export class FeedWatcher {
  private readonly lastRequest = new Map<string, number>();
  private readonly now: () => number;

  constructor(
    private readonly store: SqliteStore,
    private readonly options: WatchOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Polls every feed once (those still backing off are skipped). */
  async pollAll(urls: string[]): Promise<FeedPoll[]> {
    const results: FeedPoll[] = [];
    for (const url of urls) results.push(await this.poll(url));
    return results;
  }

  async poll(url: string): Promise<FeedPoll> {
    const state = this.feedState(url);
    const result: FeedPoll = { url, status: 'waiting', stored: 0, duplicate: 0, failed: 0 };
    if (state.next_poll_at > this.now()) return result;
    try {
      await this.politely(url);
      const fetched = await fetchText(url, {
        etag: state.etag ?? undefined,
        lastModified: state.last_modified ?? undefined,
        timeoutMs: this.options.fetchTimeoutMs,
      });
      if (fetched.notModified) {
        result.status = 'not-modified';
      } else {
        result.status = 'new';
        await this.storeItems(url, readFeed(fetched.text, { kind: 'feed', url }), result);
      }
      this.saveSuccess(url, fetched.etag ?? state.etag, fetched.lastModified ?? state.last_modified);
    } catch (err) {
      result.status = 'failed';
      result.error = errorMessage(err);
      this.saveFailure(url, state.failures + 1, result.error);
    }
    return result;
  }

  private feedState(url: string): FeedRow {
    this.store.db.prepare('INSERT OR IGNORE INTO feeds (url) VALUES (?)').run(url);
    return this.store.db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as FeedRow;
  }

  private saveSuccess(url: string, etag: string | null | undefined, lastModified: string | null | undefined): void {
    this.store.db
      .prepare(
        `UPDATE feeds SET etag = ?, last_modified = ?, last_polled = ?, failures = 0, next_poll_at = 0,
          last_error = NULL WHERE url = ?`,
      )
      .run(etag ?? null, lastModified ?? null, this.now(), url);
  }

  private saveFailure(url: string, failures: number, error: string): void {
    const base = this.options.backoffMs ?? 60_000;
    const pause = Math.min(MAX_BACKOFF_MS, base * 2 ** (failures - 1));
    this.store.db
      .prepare('UPDATE feeds SET failures = ?, next_poll_at = ?, last_polled = ?, last_error = ? WHERE url = ?')
      .run(failures, this.now() + pause, this.now(), error, url);
    this.options.log?.(`${url}: ${error} (retry in ${Math.round(pause / 1000)} s)`);
  }

  /** Waits until the host of `url` may be asked again. */
  private async politely(url: string): Promise<void> {
    const host = new URL(url).host;
    const wait = (this.lastRequest.get(host) ?? 0) + (this.options.politenessMs ?? 2000) - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.lastRequest.set(host, Date.now());
  }

  private async storeItems(feed: string, items: ReturnType<typeof readFeed>, result: FeedPoll): Promise<void> {
    const seen = this.store.db.prepare('SELECT 1 FROM feed_items WHERE feed = ? AND item = ?');
    const markSeen = this.store.db.prepare(
      'INSERT OR IGNORE INTO feed_items (feed, item, article_id, seen_at) VALUES (?, ?, ?, ?)',
    );
    for (const item of items) {
      if (!item.ok) {
        result.failed++;
        this.options.log?.(item.error);
        continue;
      }
      const key = itemKey(item.article);
      if (seen.get(feed, key)) continue;
      const article = await this.fullArticle(item.article);
      try {
        const analysis = analyzeArticle(article, { stages: this.options.stages });
        result[this.store.putAnalysis(analysis)]++;
        markSeen.run(feed, key, analysis.id, this.now());
      } catch (err) {
        // Not marked as seen: the next poll that sees the item tries again.
        result.failed++;
        this.options.log?.(`${key}: ${errorMessage(err)}`);
      }
    }
  }

  /** The article read from the item's page when asked to and possible; else the feed's own content. */
  private async fullArticle(article: Article): Promise<Article> {
    const url = article.source.url;
    if (!this.options.fetchPages || !url) return article;
    try {
      await this.politely(url);
      for await (const page of readOne(url, { fetchTimeoutMs: this.options.fetchTimeoutMs })) {
        if (page.ok) return { ...page.article, published: page.article.published ?? article.published };
        this.options.log?.(`${url}: ${page.error}; keeping the feed's text`);
        break;
      }
    } catch (err) {
      this.options.log?.(`${url}: ${errorMessage(err)}; keeping the feed's text`);
    }
    return article;
  }
}

/** An item's identity within its feed: its link, else its title and publication date. */
function itemKey(article: Article): string {
  return article.source.url ?? article.canonicalUrl ?? `${article.title}\u0000${article.published ?? ''}`;
}
