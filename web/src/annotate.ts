// The article body with its layers drawn in: entity mentions (colour by type, hover for canonical name and
// country, click for the profile), quotes, time expressions and event triggers. Spans are UTF-16 offsets into
// the body, exactly as the API gives them; the text shown is always the body itself.
import { html, type TemplateResult } from 'lit-html';
import type { Analysis, Entity, EventRecord } from './api.js';
import { countryName, entityHref, TYPE_CLASS } from './common.js';
import { t } from './i18n.js';

interface Layer {
  start: number;
  end: number;
  className: string;
  title: string;
  entity?: Entity;
}

export function annotatedBody(analysis: Analysis): TemplateResult {
  const layers = collectLayers(analysis);
  const blocks = analysis.blocks.length
    ? analysis.blocks
    : [{ start: 0, end: analysis.body.length, kind: 'paragraph' as const }];
  return html`<div class="body" dir="rtl" lang="ar">
    ${blocks.map((block) => {
      const content = segments(analysis.body, block.start, block.end, layers);
      return block.kind === 'subheading' ? html`<h3>${content}</h3>` : html`<p>${content}</p>`;
    })}
  </div>`;
}

function collectLayers(analysis: Analysis): Layer[] {
  const layers: Layer[] = [];
  for (const entity of analysis.entities) {
    for (const m of entity.mentions) {
      layers.push({
        start: m.start,
        end: m.end,
        className: `ent ${TYPE_CLASS[entity.type] ?? 'misc'}`,
        title: entityTitle(entity),
        entity,
      });
    }
  }
  for (const q of analysis.quotes) {
    layers.push({
      start: q.start,
      end: q.end,
      className: 'quote',
      title: `${t('quote')}${q.speakerText ? ` — ${q.speakerText}` : ''}`,
    });
  }
  for (const time of analysis.times) {
    layers.push({ start: time.start, end: time.end, className: 'time', title: `${t('time')}: ${time.value ?? '?'}` });
  }
  for (const event of analysis.events) {
    layers.push({
      start: event.trigger.start,
      end: event.trigger.end,
      className: `trigger ${event.quad <= 2 ? 'coop' : 'conflict'}`,
      title: eventTitle(event),
    });
  }
  return layers.filter((l) => l.end > l.start);
}

function entityTitle(entity: Entity): string {
  const parts = [entity.name];
  if (entity.nameEn) parts.push(entity.nameEn);
  parts.push(t(entity.type));
  if (entity.country) parts.push(`${countryName(entity.country)} (${entity.country})`);
  return parts.join(' — ');
}

function eventTitle(event: EventRecord): string {
  const actors = [event.sourceCountry, event.targetCountry].map((c) => countryName(c) || '?').join(' → ');
  return `${event.type} (CAMEO ${event.cameo}) ${actors}`;
}

/** Cuts [from, to) at every layer boundary and wraps each piece in the layers covering it. */
function segments(body: string, from: number, to: number, layers: Layer[]): (string | TemplateResult)[] {
  const inside = layers.filter((l) => l.start < to && l.end > from);
  const cuts = new Set([from, to]);
  for (const l of inside) {
    cuts.add(Math.max(from, l.start));
    cuts.add(Math.min(to, l.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: (string | TemplateResult)[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const text = body.slice(start, end);
    const active = inside.filter((l) => l.start <= start && l.end >= end);
    out.push(active.length === 0 ? text : wrap(text, active));
  }
  return out;
}

function wrap(text: string, active: Layer[]): TemplateResult {
  const className = `ann ${active.map((l) => l.className).join(' ')}`;
  const title = active.map((l) => l.title).join('\n');
  const entity = active.find((l) => l.entity)?.entity;
  if (entity?.storeKey)
    return html`<a class=${className} title=${title} href=${entityHref(entity.storeKey)}>${text}</a>`;
  return html`<span class=${className} title=${title}>${text}</span>`;
}

export function legend(): TemplateResult {
  const item = (cls: string, label: string) => html`<li><span class="ann ${cls}">${label}</span></li>`;
  return html`<ul class="legend" aria-label=${t('legend')}>
    ${item('ent per', t('PER'))} ${item('ent loc', t('LOC'))} ${item('ent org', t('ORG'))} ${item('ent misc', t('MISC'))}
    ${item('quote', t('quote'))} ${item('time', t('time'))} ${item('trigger coop', t('cooperation'))}
    ${item('trigger conflict', t('conflict'))}
  </ul>`;
}
