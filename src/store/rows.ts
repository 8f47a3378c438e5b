// What the SQLite and PostgreSQL stores share: the column values an analysis is written as, and the analysis
// rebuilt from the rows read back. Both stores have the same tables (schema.ts, postgres-schema.ts), so one
// mapping keeps what they return identical.
import type { Analysis, Block, Entity, EventRecord, Quote, TimeExpr } from '../doc/types.js';
import type { EntityHeading } from './read-types.js';
import type { EventCount, StoredEntity, StoredQuote } from './types.js';

export type Row = Record<string, unknown>;

/** The host of a source URL without "www." (the --source filter matches it), or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The article columns both stores write, apart from the generated rowid. */
export function articleColumns(analysis: Analysis, hash: string) {
  return {
    id: analysis.id,
    body_hash: hash,
    title: analysis.title,
    published: analysis.published,
    published_day: analysis.published ? analysis.published.slice(0, 10) : null,
    lang: analysis.lang,
    source_kind: analysis.source.kind ?? null,
    source_path: analysis.source.path ?? null,
    source_url: analysis.source.url ?? null,
    source_host: hostOf(analysis.source.url),
    body: analysis.body,
    // The layers with no table of their own travel as JSON.
    extra: JSON.stringify({
      captions: analysis.captions,
      credits: analysis.credits,
      related: analysis.related,
      removed: analysis.removed,
      warnings: analysis.warnings,
    }),
  };
}

/** The quote fields with no column of their own, as JSON (null when there are none). */
export function quoteExtra(q: Quote): string | null {
  return q.speakerSpan || q.polarity ? JSON.stringify({ speakerSpan: q.speakerSpan, polarity: q.polarity }) : null;
}

/** The event fields with no column of their own, as JSON (null when there are none). */
export function eventExtra(e: EventRecord): string | null {
  return e.mentions ? JSON.stringify({ mentions: e.mentions }) : null;
}

/** The YYYY-MM an event is counted under, or null when its date is unknown or only a year. */
export function eventMonth(e: EventRecord): string | null {
  return e.date && e.date.length >= 7 ? e.date.slice(0, 7) : null;
}

/** The rows of one article's layers, each ordered by its index in the article. */
export interface ArticleRows {
  article: Row;
  blocks: Row[];
  entities: Row[];
  mentions: Row[];
  quotes: Row[];
  times: Row[];
  events: Row[];
}

/** The analysis JSON rebuilt from the article's rows. */
export function analysisOf(rows: ArticleRows): Analysis {
  const row = rows.article;
  const extra = JSON.parse(row.extra as string);
  const analysis: Analysis = {
    id: row.id as string,
    source: sourceOf(row),
    title: row.title as string,
    published: row.published as string | null,
    lang: row.lang as string,
    body: row.body as string,
    blocks: rows.blocks.map((b) => ({ kind: b.kind, start: b.start, end: b.end }) as Block),
    captions: extra.captions,
    credits: extra.credits,
    related: extra.related,
    removed: extra.removed,
    entities: entitiesOf(rows.entities, rows.mentions),
    quotes: rows.quotes.map(quoteOf),
    times: rows.times.map(timeOf),
    events: rows.events.map(eventOf),
  };
  if (extra.warnings) analysis.warnings = extra.warnings;
  return analysis;
}

function sourceOf(row: Row): Analysis['source'] {
  const source: Analysis['source'] = { kind: row.source_kind as Analysis['source']['kind'] };
  if (row.source_path) source.path = row.source_path as string;
  if (row.source_url) source.url = row.source_url as string;
  return source;
}

function entitiesOf(rows: Row[], mentionRows: Row[]): Entity[] {
  const mentions = new Map<string, Entity['mentions']>();
  for (const row of mentionRows) {
    const list = mentions.get(row.local_id as string) ?? [];
    list.push({ start: row.start as number, end: row.end as number, text: row.text as string });
    mentions.set(row.local_id as string, list);
  }
  return rows.map((row) => {
    const entity: Entity = {
      id: row.local_id as string,
      type: row.type as Entity['type'],
      name: row.name as string,
      mentions: mentions.get(row.local_id as string) ?? [],
    };
    if (row.name_en) entity.nameEn = row.name_en as string;
    if (row.wikidata) entity.wikidata = row.wikidata as string;
    if (row.country) entity.country = row.country as string;
    if (row.local_key) entity.key = row.local_key as string;
    return entity;
  });
}

function quoteOf(row: Row): Quote {
  const quote: Quote = {
    start: row.start as number,
    end: row.end as number,
    text: row.text as string,
    direct: row.direct === 1,
    speaker: (row.speaker_local as string | null) ?? null,
    speakerText: (row.speaker_text as string | null) ?? null,
    cue: (row.cue as string | null) ?? null,
  };
  if (row.extra) Object.assign(quote, JSON.parse(row.extra as string));
  return quote;
}

function timeOf(row: Row): TimeExpr {
  const time: TimeExpr = {
    start: row.start as number,
    end: row.end as number,
    text: row.text as string,
    value: (row.value as string | null) ?? null,
  };
  if (row.kind) time.kind = row.kind as string;
  return time;
}

function eventOf(row: Row): EventRecord {
  const event: EventRecord = {
    type: row.type as string,
    cameo: row.cameo as string,
    quad: row.quad as EventRecord['quad'],
    goldstein: row.goldstein as number,
    source: (row.source_local as string | null) ?? null,
    target: (row.target_local as string | null) ?? null,
    sourceCountry: (row.source_country as string | null) ?? null,
    targetCountry: (row.target_country as string | null) ?? null,
    date: (row.date as string | null) ?? null,
    negated: row.negated === 1,
    hypothetical: row.hypothetical === 1,
    sentence: { start: row.sentence_start as number, end: row.sentence_end as number },
    trigger: { start: row.trigger_start as number, end: row.trigger_end as number, text: row.trigger_text as string },
  };
  if (row.mode) event.mode = row.mode as string;
  if (row.extra) Object.assign(event, JSON.parse(row.extra as string));
  return event;
}

/** The parameters of the entity lookup both stores run: by key, Wikidata id, normalized name or English name. */
export function entityLookup(ref: string, normalize: (s: string) => string) {
  const trimmed = ref.trim();
  return { ref: trimmed, wd: trimmed.replace(/^wd:/, ''), norm: normalize(trimmed), en: trimmed.toLowerCase() };
}

export function entityHeadingOf(row: Row): EntityHeading {
  return {
    key: row.key as string,
    type: row.type as string,
    name: row.name as string,
    nameEn: (row.name_en as string | null) ?? null,
    country: (row.country as string | null) ?? null,
  };
}

export function storedEntityOf(row: Row): StoredEntity {
  return {
    key: row.key as string,
    type: row.type as string,
    name: row.name as string,
    nameEn: (row.name_en as string | null) ?? null,
    wikidata: (row.wikidata as string | null) ?? null,
    country: (row.country as string | null) ?? null,
    articles: row.articles as number,
  };
}

export function storedQuoteOf(row: Row): StoredQuote {
  return {
    articleId: row.article_id as string,
    text: row.text as string,
    start: row.start as number,
    end: row.end as number,
    direct: row.direct === 1,
    cue: (row.cue as string | null) ?? null,
  };
}

export function eventCountOf(row: Row): EventCount {
  return { month: (row.month as string | null) ?? 'unknown', type: row.type as string, count: row.count as number };
}
