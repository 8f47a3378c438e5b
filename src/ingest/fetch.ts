// HTTP(S) fetching with the limits a batch tool needs: an overall timeout, a redirect limit (redirects are
// followed by hand so loops are caught), a size cap enforced while streaming, and a refusal of content
// types that can never be an article (images, PDFs, audio, video).
import { MarsadError } from '../doc/errors.js';
import { decodeBytes } from './encoding.js';

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface FetchOptions {
  timeoutMs?: number;
  maxRedirects?: number;
  maxBytes?: number;
  /** Conditional request validators from an earlier fetch (for the feed watcher). */
  etag?: string;
  lastModified?: string;
}

export interface FetchedBytes {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
  etag?: string;
  lastModified?: string;
}

export type FetchedText =
  | { notModified: true; url: string; etag?: string; lastModified?: string }
  | {
      notModified: false;
      url: string;
      text: string;
      encoding: string;
      contentType: string;
      etag?: string;
      lastModified?: string;
    };

const REFUSED_TYPES = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|x-7z-compressed|vnd\.|msword|x-rar)/i;
const USER_AGENT = 'Marsad/0.1 (+https://github.com/marsad; Arabic news analysis)';

/** Fetches a URL's body as bytes (a 304 answer gives an empty body with status 304). */
export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<FetchedBytes> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await fetchFollowingRedirects(url, options, signal);
  } catch (err) {
    if (err instanceof MarsadError) throw err;
    if (signal.aborted) throw new MarsadError(`${url} timed out after ${formatSeconds(timeoutMs)}`, 'timeout');
    throw new MarsadError(`could not fetch ${url}: ${networkReason(err)}`, 'network');
  }
}

/** Fetches and decodes a text resource, passing the header's charset to the decoder. */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<FetchedText> {
  const fetched = await fetchBytes(url, options);
  const validators = { etag: fetched.etag, lastModified: fetched.lastModified };
  if (fetched.status === 304) return { notModified: true, url: fetched.url, ...validators };
  const { text, encoding } = decodeBytes(fetched.bytes, { contentType: fetched.contentType, name: url });
  return { notModified: false, url: fetched.url, text, encoding, contentType: fetched.contentType, ...validators };
}

async function fetchFollowingRedirects(url: string, options: FetchOptions, signal: AbortSignal): Promise<FetchedBytes> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const seen = new Set<string>();
  let current = url;
  for (let hop = 0; ; hop++) {
    checkProtocol(current, url);
    seen.add(current);
    const response = await fetch(current, { redirect: 'manual', signal, headers: requestHeaders(options) });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      await response.body?.cancel();
      const next = new URL(location, current).href;
      if (seen.has(next)) throw new MarsadError(`${url} redirects in a loop (${next} again)`, 'http');
      if (hop >= maxRedirects) throw new MarsadError(`${url} redirects more than ${maxRedirects} times`, 'http');
      current = next;
      continue;
    }
    return readResponse(url, current, response, options);
  }
}

function checkProtocol(current: string, original: string): void {
  let protocol: string;
  try {
    protocol = new URL(current).protocol;
  } catch {
    throw new MarsadError(`${original} is not a valid URL`, 'input');
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new MarsadError(`${original} leads to a ${protocol} URL; only http and https are fetched`, 'input');
  }
}

function requestHeaders(options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

async function readResponse(
  url: string,
  finalUrl: string,
  response: Response,
  options: FetchOptions,
): Promise<FetchedBytes> {
  const contentType = response.headers.get('content-type') ?? '';
  const validators = {
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
  };
  if (response.status === 304) {
    await response.body?.cancel();
    return { url: finalUrl, status: 304, contentType, bytes: new Uint8Array(), ...validators };
  }
  if (!response.ok) {
    await response.body?.cancel();
    const reason = response.statusText ? ` ${response.statusText}` : '';
    throw new MarsadError(`${url} answered HTTP ${response.status}${reason}`, 'http');
  }
  if (REFUSED_TYPES.test(contentType)) {
    await response.body?.cancel();
    throw new MarsadError(`${url} sends ${contentType.split(';')[0]}, not text`, 'binary');
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(url, declared, maxBytes);
  }
  const bytes = await readCapped(url, response, maxBytes);
  return { url: finalUrl, status: response.status, contentType, bytes, ...validators };
}

/** Reads the body chunk by chunk and stops as soon as it grows past the cap. */
async function readCapped(url: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, null, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(url: string, bytes: number | null, maxBytes: number): MarsadError {
  const size = bytes === null ? 'larger' : `${formatSize(bytes)}, larger`;
  return new MarsadError(`${url} is ${size} than the ${formatSize(maxBytes)} limit; raise --max-bytes`, 'too-large');
}

function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return err instanceof Error ? err.message : String(err);
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  const kb = bytes / 1024;
  return kb >= 1 ? `${Math.round(kb)} KB` : `${bytes} bytes`;
}
