// Page metadata: JSON-LD (NewsArticle/Article), OpenGraph, plain meta tags, <link rel=canonical>, <html lang>.
// Earlier sources win: JSON-LD is written for machines and is the most reliable, then OpenGraph, then the rest.
import { dateInText } from './html-dates.js';
import { all, type DomDocument, type DomElement, first, normalizeSpace, resolveUrl, textOf } from './html-dom.js';

export interface PageMeta {
  title: string;
  published: string | null;
  lang?: string;
  author?: string;
  section?: string;
  canonicalUrl?: string;
  siteName?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(News|Reportage|Analysis|Opinion|Review|Background)?(Article)$|^BlogPosting$|^LiveBlogPosting$/;

export function readMetadata(doc: DomDocument, pageUrl: string | undefined): PageMeta {
  const ld = jsonLdArticle(doc);
  const siteName = metaContent(doc, ['og:site_name', 'application-name']) ?? jsonName(ld?.publisher);
  const rawTitle =
    jsonString(ld?.headline) ??
    metaContent(doc, ['og:title', 'twitter:title']) ??
    (normalizeSpace(doc.title ?? '') || textOf(first(doc, 'h1')));
  const canonical =
    first(doc, 'link[rel~="canonical"]')?.getAttribute('href') ??
    metaContent(doc, ['og:url']) ??
    jsonString(ld?.url) ??
    jsonUrl(ld?.mainEntityOfPage);
  return {
    title: cleanTitle(rawTitle, siteName),
    published: publishedDate(doc, ld, pageUrl ?? canonical ?? undefined),
    lang: language(doc, ld),
    author: jsonName(ld?.author) ?? metaContent(doc, ['author', 'article:author', 'dc.creator', 'byl']),
    section: jsonString(ld?.articleSection) ?? metaContent(doc, ['article:section', 'section']),
    canonicalUrl: canonical ? resolveUrl(canonical.trim(), pageUrl) : undefined,
    siteName,
  };
}

/** The content of the first non-empty <meta> whose property, name or itemprop is one of `keys` (case-insensitive). */
export function metaContent(doc: DomDocument, keys: string[]): string | undefined {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const found = new Map<string, string>();
  for (const meta of all(doc, 'meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = normalizeSpace(meta.getAttribute('content') ?? '');
    if (content && wanted.has(key) && !found.has(key)) found.set(key, content);
  }
  for (const key of keys) {
    const value = found.get(key.toLowerCase());
    if (value) return value;
  }
  return undefined;
}

// ---- JSON-LD ----

function jsonLdArticle(doc: DomDocument): JsonObject | undefined {
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    for (const node of jsonLdNodes(parseJsonLoosely(script.textContent ?? ''))) {
      const types = ([] as Json[]).concat(node['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return node;
    }
  }
  return undefined;
}

function parseJsonLoosely(text: string): Json {
  const body = text.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>)\s*$/, '');
  try {
    return JSON.parse(body) as Json;
  } catch {
    // Raw newlines inside strings are a common publisher mistake.
    try {
      return JSON.parse(body.replace(/[\r\n\t]+/g, ' ')) as Json;
    } catch {
      return null;
    }
  }
}

/** Every object in a JSON-LD value: top level, arrays and @graph. */
function jsonLdNodes(value: Json): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNodes);
  if (value === null || typeof value !== 'object') return [];
  const graph = value['@graph'];
  return [value, ...(graph ? jsonLdNodes(graph) : [])];
}

function jsonString(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return normalizeSpace(value) || undefined;
  if (Array.isArray(value)) return jsonString(value[0]);
  return undefined;
}

function jsonName(value: Json | undefined): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map(jsonName).filter((n): n is string => !!n);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return jsonString(value.name);
  return jsonString(value);
}

function jsonUrl(value: Json | undefined): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) return jsonString(value['@id'] ?? value.url);
  return jsonString(value);
}

// ---- title ----

const TITLE_SEPARATOR = /\s+[|\-–—:»«•·]\s+|\s+::\s+/g;
const DOMAIN_LIKE = /\.(com|net|org|info|tv|news|[a-z]{2})$/i;

/** Drops a site-name prefix or suffix ("… - CNNArabic.com", "BBC News عربي | …") when one is recognisable. */
export function cleanTitle(title: string, siteName?: string): string {
  const parts = splitTitle(title);
  if (parts.length < 2) return title;
  const isSiteName = (part: string) => looksLikeSiteName(part, siteName);
  if (isSiteName(parts[parts.length - 1])) return joinTitle(title, parts.slice(0, -1));
  if (isSiteName(parts[0])) return joinTitle(title, parts.slice(1));
  return title;
}

function splitTitle(title: string): string[] {
  return title.split(TITLE_SEPARATOR).map((p) => p.trim());
}

/** Rebuilds the kept part from the original string so inner separators stay as written. */
function joinTitle(title: string, kept: string[]): string {
  const start = title.indexOf(kept[0]);
  const lastPart = kept[kept.length - 1];
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(' ');
}

function looksLikeSiteName(part: string, siteName: string | undefined): boolean {
  const plain = part.toLowerCase().replace(/\s+/g, '');
  if (siteName) {
    const site = siteName.toLowerCase().replace(/\s+/g, '');
    if (plain === site || plain.includes(site) || site.includes(plain)) return true;
  }
  return DOMAIN_LIKE.test(part.trim());
}

// ---- language ----

function language(doc: DomDocument, ld: JsonObject | undefined): string | undefined {
  const declared =
    jsonString(ld?.inLanguage) ??
    doc.documentElement?.getAttribute('lang') ??
    metaContent(doc, ['og:locale', 'content-language', 'language', 'dc.language']);
  const code = declared?.trim().toLowerCase().split(/[-_]/)[0];
  return code && /^[a-z]{2,3}$/.test(code) ? code : undefined;
}

// ---- publication date ----

const DATE_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'publishdate',
  'publish-date',
  'pubdate',
  'publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'dcterms.created',
  'dc.date',
  'date',
  'article.published',
  'og:updated_time',
  'article:modified_time',
];

function publishedDate(doc: DomDocument, ld: JsonObject | undefined, url: string | undefined): string | null {
  const candidates = [
    jsonString(ld?.datePublished),
    jsonString(ld?.dateCreated),
    metaContent(doc, DATE_META_KEYS),
    timeElementDate(doc),
    jsonString(ld?.dateModified),
  ];
  for (const candidate of candidates) {
    const iso = candidate ? toIsoDate(candidate) : null;
    if (iso) return iso;
  }
  return (url ? dateInUrl(url) : null) ?? visibleDate(doc);
}

const DATE_ELEMENTS =
  'time, [class*="date"], [class*="Date"], [class*="time"], [class*="publish"], [class*="created"], [id*="date"]';

/** A date printed on the page in an element marked as a date («تم نشره الجمعة 24 نيسان / أبريل 2020»). */
function visibleDate(doc: DomDocument): string | null {
  const elements = all(doc, DATE_ELEMENTS).slice(0, 40);
  for (const el of elements) {
    const text = textOf(el);
    if (text.length === 0 || text.length > 150) continue;
    const date = dateInText(text);
    if (date) return date;
  }
  return null;
}

function timeElementDate(doc: DomDocument): string | undefined {
  const el: DomElement | null =
    first(doc, '[itemprop="datePublished"]') ?? first(doc, 'time[pubdate]') ?? first(doc, 'article time[datetime]');
  return el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/** ISO 8601 date or date-time (kept with its offset when given); other formats through Date.parse, in UTC. */
export function toIsoDate(value: string): string | null {
  const text = value.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!validDate(+y, +mo, +d)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const offset = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`;
  }
  if (!/\d{4}/.test(text)) return null;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  if (!validDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())) return null;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function validDate(year: number, month: number, day: number): boolean {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/;

/** A /YYYY/MM/DD/ path in the article URL (news sites often put the publication date there). */
function dateInUrl(url: string): string | null {
  const match = URL_DATE.exec(url);
  if (!match) return null;
  const [, y, m, d] = match;
  if (!validDate(+y, +m, +d)) return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
