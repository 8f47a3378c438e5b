// Search page: query box, filters, highlighted snippets, paging. With no query: latest articles and top entities.
import { html, render, type TemplateResult } from 'lit-html';
import { api, type EntitySummary, type Hit, type SearchPage, type Stats } from '../api.js';
import { beginRender, entityHref, entityLabel, failure, href, loading, ltr, TYPE_CLASS } from '../common.js';
import { formatNumber, t } from '../i18n.js';
import type { Route } from '../main.js';

const PAGE_SIZE = 10;
const FILTERS = ['country', 'from', 'to', 'source', 'mode'] as const;

export async function searchPage(route: Route, outlet: HTMLElement): Promise<void> {
  const isCurrent = beginRender();
  const params = Object.fromEntries(route.params);
  const q = params.q ?? '';
  const offset = Number(params.offset ?? 0) || 0;
  render(html`${searchForm(params)}${loading()}`, outlet);
  try {
    const [page, side] = await Promise.all([
      api.search({ ...params, q, limit: PAGE_SIZE, offset }),
      q ? null : Promise.all([api.stats(), api.topEntities(12)]),
    ]);
    if (!isCurrent()) return;
    render(
      html`${searchForm(params)}${side ? overview(side[0], side[1].entities) : ''}${results(page, params)}`,
      outlet,
    );
  } catch (err) {
    if (isCurrent()) render(html`${searchForm(params)}${failure(err)}`, outlet);
  }
}

function searchForm(params: Record<string, string>): TemplateResult {
  const filtersUsed = FILTERS.some((f) => params[f]);
  return html`<form class="search" role="search" @submit=${submitSearch}>
    <div class="searchbox">
      <input type="search" name="q" .value=${params.q ?? ''} placeholder=${t('searchPlaceholder')}
        aria-label=${t('searchPlaceholder')} autocomplete="off" dir="auto" />
      <button type="submit">${t('searchButton')}</button>
    </div>
    <details class="filters" ?open=${filtersUsed}>
      <summary>${t('filters')}</summary>
      <div class="filter-grid">
        <label>${t('country')} <input name="country" .value=${params.country ?? ''} maxlength="2" dir="ltr" placeholder="RU" /></label>
        <label>${t('from')} <input type="date" name="from" .value=${params.from ?? ''} /></label>
        <label>${t('to')} <input type="date" name="to" .value=${params.to ?? ''} /></label>
        <label>${t('source')} <input name="source" .value=${params.source ?? ''} dir="ltr" placeholder="aawsat" /></label>
        <label>${t('modeAll')}/${t('modeAny')}
          <select name="mode">
            <option value="" ?selected=${!params.mode}>${t('modeAll')}</option>
            <option value="any" ?selected=${params.mode === 'any'}>${t('modeAny')}</option>
          </select>
        </label>
      </div>
    </details>
  </form>`;
}

function submitSearch(event: SubmitEvent): void {
  event.preventDefault();
  const form = new FormData(event.currentTarget as HTMLFormElement);
  const params: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === 'string' && value.trim()) params[key] = value.trim();
  location.hash = href('search', params);
}

function overview(stats: Stats, top: EntitySummary[]): TemplateResult {
  const stat = (n: number, label: string) => html`<li><strong>${formatNumber(n)}</strong> ${label}</li>`;
  return html`<section class="overview">
    <ul class="stats" aria-label=${t('stats')}>
      ${stat(stats.articles, t('articles'))} ${stat(stats.entities, t('entities'))} ${stat(stats.quotes, t('quotes'))}
      ${stat(stats.times, t('times'))} ${stat(stats.events, t('events'))}
    </ul>
    ${
      top.length
        ? html`<div class="chips"><h2>${t('topEntities')}</h2>
          ${top.map(
            (e) => html`<a class="chip ${TYPE_CLASS[e.type] ?? 'misc'}" href=${entityHref(e.key)}>${entityLabel(e)}
            <small>${formatNumber(e.articles ?? 0)}</small></a>`,
          )}</div>`
        : ''
    }
  </section>`;
}

function results(page: SearchPage, params: Record<string, string>): TemplateResult {
  const heading = page.query ? t('results') : t('recent');
  if (page.hits.length === 0) return html`<p class="notice">${t('noResults')}</p>`;
  return html`<section class="results">
    <h2>${heading}</h2>
    <ol>${page.hits.map(hitItem)}</ol>
    ${pager(page, params)}
  </section>`;
}

function hitItem(hit: Hit): TemplateResult {
  return html`<li class="hit">
    <a class="hit-title" href=${href(`article/${encodeURIComponent(hit.id)}`)} dir="auto">${hit.title || hit.id}</a>
    <div class="meta">
      ${hit.source ? html`<bdi class="source">${hit.source}</bdi>` : ''} ${ltr(hit.published?.slice(0, 10))}
    </div>
    ${hit.snippet ? html`<p class="snippet" dir="auto">${highlightSnippet(hit.snippet)}</p>` : ''}
  </li>`;
}

/** The API wraps matches in 【…】; they become <mark>s (text, never HTML). */
export function highlightSnippet(snippet: string): (string | TemplateResult)[] {
  return snippet
    .split(/(【[^】]*】)/)
    .map((part) => (part.startsWith('【') ? html`<mark>${part.slice(1, -1)}</mark>` : part));
}

function pager(page: SearchPage, params: Record<string, string>): TemplateResult {
  const at = (offset: number) => href('search', { ...params, offset: offset || undefined });
  const number = Math.floor(page.offset / page.limit) + 1;
  return html`<nav class="pager">
    ${page.offset > 0 ? html`<a href=${at(Math.max(0, page.offset - page.limit))} rel="prev">${t('previous')}</a>` : html`<span></span>`}
    <span class="muted">${t('page')} ${formatNumber(number)}</span>
    ${page.more ? html`<a href=${at(page.offset + page.limit)} rel="next">${t('next')}</a>` : html`<span></span>`}
  </nav>`;
}
