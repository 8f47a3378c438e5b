// The single-page app: a hash router over five pages, a header with the language toggle.
import { html, render } from 'lit-html';
import { loadCountries } from './common.js';
import { applyLang, lang, setLang, t } from './i18n.js';
import { analyzePage } from './pages/analyze.js';
import { articlePage } from './pages/article.js';
import { entityPage } from './pages/entity.js';
import { networkPage } from './pages/network.js';
import { searchPage } from './pages/search.js';
import './style.css';

export interface Route {
  name: string;
  arg: string;
  params: URLSearchParams;
}

function currentRoute(): Route {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = raw.split('?');
  const [name, ...rest] = path.split('/');
  return { name: name || 'search', arg: decodeURIComponent(rest.join('/')), params: new URLSearchParams(search) };
}

function header(route: Route) {
  const nav = (name: string, label: string) =>
    html`<a href="#/${name}" class=${route.name === name ? 'active' : ''} aria-current=${route.name === name ? 'page' : 'false'}>${label}</a>`;
  return html`<div class="bar">
    <a class="brand" href="#/"><span class="logo" aria-hidden="true">◉</span> ${t('brand')}
      <small>${t('tagline')}</small></a>
    <nav>${nav('search', t('navSearch'))} ${nav('network', t('navNetwork'))} ${nav('analyze', t('navAnalyze'))}</nav>
    <button class="lang" type="button" @click=${toggleLang} lang=${lang() === 'ar' ? 'en' : 'ar'}>${t('toggle')}</button>
  </div>`;
}

function toggleLang(): void {
  setLang(lang() === 'ar' ? 'en' : 'ar');
  show();
}

const PAGES: Record<string, (route: Route, outlet: HTMLElement) => void | Promise<void>> = {
  search: searchPage,
  article: articlePage,
  entity: entityPage,
  network: networkPage,
  analyze: analyzePage,
};

function show(): void {
  const route = currentRoute();
  render(header(route), document.getElementById('top')!);
  const outlet = document.getElementById('app')!;
  const page = PAGES[route.name] ?? searchPage;
  document.title = `${t('brand')} — ${route.name === 'search' ? t('navSearch') : t(route.name === 'network' ? 'navNetwork' : route.name === 'analyze' ? 'navAnalyze' : 'brand')}`;
  void page(route, outlet);
}

applyLang();
window.addEventListener('hashchange', () => {
  show();
  window.scrollTo(0, 0);
});
void loadCountries().then(show);
