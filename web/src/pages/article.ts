// Article page: the clean text with its layers highlighted, and side panels (entities, quotes with speakers,
// events with their codes, time expressions, removed furniture for audit). Also used by the analyze page.
import { html, type TemplateResult } from 'lit-html';
import { annotatedBody, legend } from '../annotate.js';
import { type Analysis, api, type Entity, type EventRecord } from '../api.js';
import { bdi, countryName, entityHref, entityLabel, ltr, quadClass, renderRecordPage, TYPE_CLASS } from '../common.js';
import { formatNumber, lang, t } from '../i18n.js';
import type { Route } from '../main.js';

export async function articlePage(route: Route, outlet: HTMLElement): Promise<void> {
  await renderRecordPage(
    outlet,
    () => api.article(route.arg),
    (analysis) => ({ title: analysis.title, view: analysisView(analysis) }),
  );
}

export function analysisView(analysis: Analysis): TemplateResult {
  const url = analysis.source.url;
  return html`<article class="article">
    <header class="article-head">
      <h1 dir="auto">${analysis.title}</h1>
      <div class="meta">
        ${analysis.published ? html`${t('published')}: ${ltr(analysis.published.slice(0, 10))}` : ''}
        ${url ? html` · <a href=${url} rel="noopener noreferrer" target="_blank">${t('openSource')} ↗</a>` : ''}
      </div>
      ${legend()}
    </header>
    <div class="layout">
      <section class="main-col">${annotatedBody(analysis)}</section>
      <aside class="side">
        ${entitiesPanel(analysis.entities)} ${quotesPanel(analysis)} ${eventsPanel(analysis)} ${timesPanel(analysis)}
        ${furniturePanel(analysis)}
      </aside>
    </div>
  </article>`;
}

function panel(title: string, count: number, body: TemplateResult | string, open = true): TemplateResult {
  return html`<details class="panel" ?open=${open}>
    <summary><h2>${title} <span class="count">${formatNumber(count)}</span></h2></summary>
    ${count === 0 ? html`<p class="muted">${t('layerEmpty')}</p>` : body}
  </details>`;
}

function entityLink(entity: Entity): TemplateResult {
  const label = html`<span class="ann ent ${TYPE_CLASS[entity.type] ?? 'misc'}">${entity.name}</span>`;
  return entity.storeKey ? html`<a href=${entityHref(entity.storeKey)}>${label}</a>` : label;
}

function entitiesPanel(entities: Entity[]): TemplateResult {
  const sorted = [...entities].sort((a, b) => b.mentions.length - a.mentions.length);
  return panel(
    t('entities'),
    entities.length,
    html`<ul class="entity-list">
      ${sorted.map(
        (e) => html`<li>${entityLink(e)} ${e.nameEn ? html`<small>${bdi(e.nameEn)}</small>` : ''}
          ${e.country ? html`<small class="muted">${countryName(e.country)}</small>` : ''}
          <span class="count">×${formatNumber(e.mentions.length)}</span></li>`,
      )}
    </ul>`,
  );
}

function quotesPanel(analysis: Analysis): TemplateResult {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  return panel(
    t('quotes'),
    analysis.quotes.length,
    html`<ul class="quote-list">
      ${analysis.quotes.map((q) => {
        const speaker = q.speaker ? byId.get(q.speaker) : undefined;
        return html`<li>
          <blockquote dir="rtl">«${q.text}»</blockquote>
          <div class="meta">${t('speaker')}: ${speaker ? entityLink(speaker) : (q.speakerText ?? t('unknownSpeaker'))}
            ${q.cue ? html` · ${q.cue}` : ''} · ${q.direct ? t('direct') : t('reported')}</div>
        </li>`;
      })}
    </ul>`,
  );
}

function eventsPanel(analysis: Analysis): TemplateResult {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const actor = (id: string | null, country: string | null) => {
    const entity = id ? byId.get(id) : undefined;
    if (entity) return entityLabel(entity);
    return country ? countryName(country) : '?';
  };
  return panel(
    t('events'),
    analysis.events.length,
    html`<ul class="event-list">
      ${analysis.events.map(
        (e: EventRecord) => html`<li class=${quadClass(e.quad)}>
        <div><strong>${bdi(e.type)}</strong> <code>${bdi(`CAMEO ${e.cameo}`)}</code>
          <span class="goldstein" dir="ltr">${e.goldstein > 0 ? '+' : ''}${e.goldstein}</span></div>
        <div>${actor(e.source, e.sourceCountry)} ${arrow()} ${actor(e.target, e.targetCountry)}</div>
        <div class="meta">«${e.trigger.text}» ${e.date ? html`· ${ltr(e.date)}` : ''}
          ${e.negated ? html`· ${t('negated')}` : ''} ${e.hypothetical ? html`· ${t('hypothetical')}` : ''}</div>
      </li>`,
      )}
    </ul>`,
  );
}

function timesPanel(analysis: Analysis): TemplateResult {
  return panel(
    t('times'),
    analysis.times.length,
    html`<ul class="time-list">
      ${analysis.times.map((x) => html`<li><span class="ann time">${x.text}</span> → ${ltr(x.value ?? '?')}</li>`)}
    </ul>`,
    false,
  );
}

function furniturePanel(analysis: Analysis): TemplateResult {
  const count = analysis.removed.length + analysis.captions.length + analysis.related.length;
  return panel(
    t('removed'),
    count,
    html`<ul class="removed-list">
      ${analysis.removed.map((r) => html`<li><code>${bdi(r.kind)}</code> <span dir="auto">${r.text}</span></li>`)}
      ${analysis.captions.map((c) => html`<li><code>${t('captions')}</code> <span dir="auto">${c}</span></li>`)}
      ${analysis.related.map((r) => html`<li><code>${t('related')}</code> <span dir="auto">${r.title}</span></li>`)}
    </ul>`,
    false,
  );
}

/** From source to target in reading order. */
export function arrow(): string {
  return lang() === 'ar' ? '←' : '→';
}
