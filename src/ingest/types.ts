import type { Article, SourceInfo } from '../doc/types.js';

export interface ReadOptions {
  /** Publication date to use when the input carries none (YYYY-MM-DD). */
  published?: string;
  /** Largest input accepted, in bytes (files, URLs, decompressed .gz). */
  maxBytes?: number;
  /** Timeout of one URL fetch, in milliseconds. */
  fetchTimeoutMs?: number;
  maxRedirects?: number;
}

/** One input item read: an article, or a reason why an input (or one record in it) could not be read. */
export type ReadResult = { ok: true; article: Article } | { ok: false; input: string; error: string; code: string };

/** A reader turns decoded text of one kind into articles. */
export type TextReader = (text: string, source: SourceInfo) => Article[];

export function emptyArticle(source: SourceInfo, title = ''): Article {
  return {
    source,
    title,
    published: null,
    blocks: [],
    captions: [],
    credits: [],
    related: [],
    removed: [],
    warnings: [],
  };
}
