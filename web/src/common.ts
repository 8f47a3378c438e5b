// Small shared pieces: routing helpers, country names, bidi-safe fragments, loading/error states.
import { html, render, type TemplateResult } from 'lit-html';
import { ApiError, api, type CountryNames } from './api.js';
import { lang, t } from './i18n.js';

let countries: CountryNames = {};

export async function loadCountries(): Promise<void> {
  countries = await api.countries().catch(() => ({}));
}

/** The country's name in the interface language, or the code itself. */
export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  return countries[code]?.[lang()] ?? code;
}

/** A Latin name or code inside Arabic text (or the reverse) isolated so it cannot reorder its neighbours. */
export function bdi(text: string | null | undefined): TemplateResult | string {
  return text ? html`<bdi>${text}</bdi>` : '';
}

/** Dates and numbers read left to right even in the right-to-left interface. */
export function ltr(text: string | null | undefined): TemplateResult | string {
  return text ? html`<span dir="ltr" class="ltr">${text}</span>` : '';
}

export function href(path: string, params: Record<string, string | number | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return `#/${path}${text ? `?${text}` : ''}`;
}

export function entityHref(key: string): string {
  return href(`entity/${encodeURIComponent(key)}`);
}

export function loading(): TemplateResult {
  return html`<p class="muted" role="status">${t('loading')}</p>`;
}

export function failure(err: unknown): TemplateResult {
  const notFound = err instanceof ApiError && err.status === 404;
  const message = err instanceof Error ? err.message : String(err);
  return html`<div class="notice error" role="alert">
    <strong>${notFound ? t('notFound') : t('error')}</strong>
    <p><bdi>${message}</bdi></p>
  </div>`;
}

/** Entity colours by type (also used by the legend and the graph). */
export const TYPE_CLASS: Record<string, string> = { PER: 'per', LOC: 'loc', ORG: 'org', MISC: 'misc' };

export function entityLabel(e: { name: string; nameEn?: string | null }): string {
  return lang() === 'en' && e.nameEn ? e.nameEn : e.name;
}

/** Quad classes 1–2 are cooperation, 3–4 conflict. */
export function quadClass(quad: number): 'coop' | 'conflict' {
  return quad <= 2 ? 'coop' : 'conflict';
}

let generation = 0;

/** Marks the start of a page render; the returned check is false once another navigation has begun. */
export function beginRender(): () => boolean {
  const mine = ++generation;
  return () => mine === generation;
}

/**
 * A page that shows one fetched record: a loading state, then the record's view and title, or why it failed. Once
 * the user has navigated elsewhere nothing is rendered.
 */
export async function renderRecordPage<T>(
  outlet: HTMLElement,
  fetchRecord: () => Promise<T>,
  show: (record: T) => { title: string; view: TemplateResult },
): Promise<void> {
  const isCurrent = beginRender();
  render(loading(), outlet);
  try {
    const record = await fetchRecord();
    if (!isCurrent()) return;
    const { title, view } = show(record);
    document.title = `${title} — ${t('brand')}`;
    render(view, outlet);
  } catch (err) {
    if (isCurrent()) render(failure(err), outlet);
  }
}
