// "Analyze a text": paste an article (text or HTML), see it annotated by POST /api/analyze. Nothing is stored.
import { html, render, type TemplateResult } from 'lit-html';
import { type Analysis, api } from '../api.js';
import { failure, loading } from '../common.js';
import { t } from '../i18n.js';
import type { Route } from '../main.js';
import { analysisView } from './article.js';

let lastInput = { text: '', title: '', published: '', isHtml: false };

export function analyzePage(_route: Route, outlet: HTMLElement): void {
  render(form(), outlet);
}

function form(result?: TemplateResult): TemplateResult {
  return html`<form class="analyze" @submit=${submit}>
      <h1>${t('navAnalyze')}</h1>
      <p class="muted">${t('analyzeHelp')}</p>
      <label>${t('titleOptional')} <input name="title" .value=${lastInput.title} dir="auto" /></label>
      <label>${t('body')} <textarea name="text" rows="10" required dir="auto" .value=${lastInput.text}></textarea></label>
      <div class="filter-grid">
        <label>${t('publishedOptional')} <input type="date" name="published" .value=${lastInput.published} /></label>
        <label class="check"><input type="checkbox" name="html" ?checked=${lastInput.isHtml} /> ${t('isHtml')}</label>
        <button type="submit">${t('analyzeButton')}</button>
      </div>
    </form>
    <div class="analyze-result">${result ?? ''}</div>`;
}

async function submit(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const outlet = document.getElementById('app')!;
  const data = new FormData(event.currentTarget as HTMLFormElement);
  lastInput = {
    text: String(data.get('text') ?? ''),
    title: String(data.get('title') ?? ''),
    published: String(data.get('published') ?? ''),
    isHtml: data.get('html') === 'on',
  };
  render(form(loading()), outlet);
  try {
    const analysis: Analysis = await api.analyze({
      [lastInput.isHtml ? 'html' : 'text']: lastInput.text,
      title: lastInput.title || undefined,
      published: lastInput.published || undefined,
    });
    render(form(analysisView(analysis)), outlet);
  } catch (err) {
    render(form(failure(err)), outlet);
  }
}
