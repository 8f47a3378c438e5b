// Actor network: countries and people as nodes, edges green for cooperation (quad 1–2) and red for conflict
// (quad 3–4), thicker with more events; a date range filter. Cytoscape is loaded only on this page.
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { html, render, type TemplateResult } from 'lit-html';
import { api, type Graph } from '../api.js';
import { beginRender, entityHref, failure, href, loading } from '../common.js';
import { formatNumber, lang, t } from '../i18n.js';
import type { Route } from '../main.js';

let graphView: Core | null = null;

export async function networkPage(route: Route, outlet: HTMLElement): Promise<void> {
  const isCurrent = beginRender();
  const from = route.params.get('from') ?? '';
  const to = route.params.get('to') ?? '';
  graphView?.destroy();
  graphView = null;
  render(html`${controls(from, to)}${loading()}`, outlet);
  try {
    const [graph, { default: cytoscape }] = await Promise.all([
      api.graph({ from: from || undefined, to: to || undefined }),
      import('cytoscape'),
    ]);
    if (!isCurrent()) return;
    render(
      html`${controls(from, to)}${summary(graph)}<div id="graph" class="graph" role="img" aria-label=${t('navNetwork')}></div>`,
      outlet,
    );
    if (graph.nodes.length === 0) return;
    graphView = cytoscape({
      container: document.getElementById('graph'),
      elements: elements(graph),
      style: graphStyle(),
      layout: {
        name: 'cose',
        animate: false,
        randomize: false,
        nodeRepulsion: () => 40000,
        idealEdgeLength: () => 140,
        nodeDimensionsIncludeLabels: true,
        padding: 30,
      },
      wheelSensitivity: 0.3,
      maxZoom: 1.4,
    });
    graphView.on('tap', 'node', (event) => {
      location.hash = entityHref(event.target.id());
    });
  } catch (err) {
    if (isCurrent()) render(html`${controls(from, to)}${failure(err)}`, outlet);
  }
}

function controls(from: string, to: string): TemplateResult {
  return html`<form class="graph-controls" @submit=${applyRange}>
    <h1>${t('navNetwork')}</h1>
    <p class="muted">${t('graphHelp')}</p>
    <div class="filter-grid">
      <label>${t('from')} <input type="date" name="from" .value=${from} /></label>
      <label>${t('to')} <input type="date" name="to" .value=${to} /></label>
      <button type="submit">${t('apply')}</button>
    </div>
  </form>`;
}

function applyRange(event: SubmitEvent): void {
  event.preventDefault();
  const form = new FormData(event.currentTarget as HTMLFormElement);
  location.hash = href('network', { from: String(form.get('from') ?? ''), to: String(form.get('to') ?? '') });
}

function summary(graph: Graph): TemplateResult {
  if (graph.nodes.length === 0) return html`<p class="notice">${t('graphEmpty')}</p>`;
  const coop = graph.edges.reduce((n, e) => n + e.cooperation, 0);
  const conflict = graph.edges.reduce((n, e) => n + e.conflict, 0);
  return html`<ul class="legend">
    <li><span class="swatch coop"></span> ${t('cooperation')} ${formatNumber(coop)}</li>
    <li><span class="swatch conflict"></span> ${t('conflict')} ${formatNumber(conflict)}</li>
    <li>● ${formatNumber(graph.nodes.length)}</li>
  </ul>`;
}

/** One edge per pair and class, so a pair with both cooperation and conflict shows two curves. */
function elements(graph: Graph): ElementDefinition[] {
  const english = lang() === 'en';
  const nodes = graph.nodes.map((n) => ({
    data: {
      id: n.id,
      label: english && n.labelEn ? n.labelEn : n.label,
      kind: n.kind,
      size: 18 + 6 * Math.sqrt(n.events),
    },
  }));
  const edges: ElementDefinition[] = [];
  for (const e of graph.edges) {
    for (const [kind, count] of [
      ['coop', e.cooperation],
      ['conflict', e.conflict],
    ] as const) {
      if (count > 0)
        edges.push({
          data: {
            id: `${e.source}|${e.target}|${kind}`,
            source: e.source,
            target: e.target,
            kind,
            count,
            width: 1 + 2 * Math.log2(1 + count),
          },
        });
    }
  }
  return [...nodes, ...edges];
}

function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#2f6f9f',
        color: '#1b2430',
        'font-family': '"Noto Sans Arabic", "Noto Naskh Arabic", Tahoma, sans-serif',
        'font-size': 16,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '2px',
      },
    },
    { selector: 'node[kind = "person"]', style: { 'background-color': '#b8741a', shape: 'round-rectangle' } },
    { selector: 'node[kind = "organization"]', style: { 'background-color': '#6b4fa3', shape: 'diamond' } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        opacity: 0.75,
        label: 'data(count)',
        'font-size': 10,
        color: '#555',
      },
    },
    { selector: 'edge[kind = "coop"]', style: { 'line-color': '#2e8b57' } },
    { selector: 'edge[kind = "conflict"]', style: { 'line-color': '#c0392b' } },
  ] as StylesheetJson;
}
