// Entity page: profile, mentions per month (chart), co-occurring entities, its quotes, its events.
import { html, type TemplateResult } from 'lit-html';
import { api, type EntityProfile, type StoredEvent } from '../api.js';
import { barChart } from '../chart.js';
import {
  bdi,
  countryName,
  entityHref,
  entityLabel,
  href,
  ltr,
  quadClass,
  renderRecordPage,
  TYPE_CLASS,
} from '../common.js';
import { formatNumber, t } from '../i18n.js';
import type { Route } from '../main.js';
import { arrow } from './article.js';

export async function entityPage(route: Route, outlet: HTMLElement): Promise<void> {
  await renderRecordPage(
    outlet,
    () => api.entity(route.arg),
    (profile) => ({ title: profile.entity.name, view: entityView(profile) }),
  );
}

function entityView(p: EntityProfile): TemplateResult {
  const e = p.entity;
  return html`<article class="entity">
    <header class="article-head">
      <h1><span class="ann ent ${TYPE_CLASS[e.type] ?? 'misc'}">${e.name}</span>
        ${e.nameEn ? html`<small>${bdi(e.nameEn)}</small>` : ''}</h1>
      <div class="meta">${t(e.type as 'PER')}
        ${e.country ? html` · ${countryName(e.country)} ${bdi(`(${e.country})`)}` : ''}
        ${e.wikidata ? html` · <a href="https://www.wikidata.org/wiki/${e.wikidata}" rel="noopener noreferrer" target="_blank">${t('wikidata')} ${bdi(e.wikidata)}</a>` : ''}
        · ${t('inArticles')} ${formatNumber(e.articles)} ${t('articles')} · ${formatNumber(e.mentions)} ${t('mentions')}
        · <a href=${href('search', { q: e.name })}>${t('navSearch')}</a></div>
    </header>
    <div class="layout">
      <section class="main-col">
        <h2>${t('timeline')}</h2>
        ${
          p.mentionsByMonth.length
            ? barChart(
                p.mentionsByMonth.map((m) => ({ label: m.month, value: m.count })),
                t('timeline'),
              )
            : html`<p class="muted">${t('none')}</p>`
        }
        <h2>${t('quotes')} <span class="count">${formatNumber(p.quotes.length)}</span></h2>
        ${
          p.quotes.length
            ? html`<ul class="quote-list">${p.quotes.map(
                (q) => html`<li><blockquote dir="rtl">«${q.text}»</blockquote>
            <div class="meta">${q.cue ?? ''} · <a href=${href(`article/${encodeURIComponent(q.articleId)}`)}>${t('article')}</a></div></li>`,
              )}</ul>`
            : html`<p class="muted">${t('layerEmpty')}</p>`
        }
        <h2>${t('events')} <span class="count">${formatNumber(p.events.total)}</span></h2>
        ${eventsTable(p.events.events)}
      </section>
      <aside class="side">
        <section class="panel-static">
          <h2>${t('coOccurring')}</h2>
          ${
            p.coOccurring.length
              ? html`<ul class="entity-list">${p.coOccurring.map(
                  (c) => html`<li>
              <a href=${entityHref(c.key)}><span class="ann ent ${TYPE_CLASS[c.type] ?? 'misc'}">${entityLabel(c)}</span></a>
              <span class="count">${formatNumber(c.shared ?? 0)}</span></li>`,
                )}</ul>`
              : html`<p class="muted">${t('none')}</p>`
          }
        </section>
      </aside>
    </div>
  </article>`;
}

export function eventsTable(events: StoredEvent[]): TemplateResult {
  if (events.length === 0) return html`<p class="muted">${t('layerEmpty')}</p>`;
  const actor = (key: string | null, country: string | null) => (country ? countryName(country) : (key ?? '?'));
  return html`<div class="table-wrap"><table class="events">
    <thead><tr><th>${t('date')}</th><th>${t('type')}</th><th>${t('actors')}</th><th>${t('article')}</th></tr></thead>
    <tbody>${events.map(
      (e) => html`<tr class=${quadClass(e.quad)}>
      <td>${ltr(e.date ?? '')}</td>
      <td><strong>${bdi(e.type)}</strong> <code>${bdi(e.cameo)}</code></td>
      <td>${actor(e.source, e.sourceCountry)} ${arrow()} ${actor(e.target, e.targetCountry)} <small>«${e.trigger}»</small></td>
      <td><a href=${href(`article/${encodeURIComponent(e.articleId)}`)} dir="auto">${e.articleTitle}</a></td>
    </tr>`,
    )}</tbody>
  </table></div>`;
}
