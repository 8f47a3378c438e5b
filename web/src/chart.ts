// A small bar chart drawn as SVG (no chart library): one bar per month. Time runs left to right in both
// languages, as in Arabic newspapers' charts (the labels are Western-digit dates).
import { svg, type TemplateResult } from 'lit-html';

export interface Bar {
  label: string;
  value: number;
  /** Optional second series stacked on top (e.g. conflict over cooperation). */
  value2?: number;
}

const HEIGHT = 140;
const LABEL_SPACE = 28;

export function barChart(bars: Bar[], title: string): TemplateResult {
  const width = Math.max(300, bars.length * 36);
  const max = Math.max(1, ...bars.map((b) => b.value + (b.value2 ?? 0)));
  const step = width / Math.max(1, bars.length);
  const barWidth = Math.min(28, step * 0.7);
  const scale = (v: number) => (v / max) * (HEIGHT - LABEL_SPACE - 14);
  return svg`<svg class="chart" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label=${title} preserveAspectRatio="xMidYMid meet">
    <line x1="0" x2=${width} y1=${HEIGHT - LABEL_SPACE} y2=${HEIGHT - LABEL_SPACE} class="axis" />
    ${bars.map((bar, i) => {
      const x = i * step + (step - barWidth) / 2;
      const h1 = scale(bar.value);
      const h2 = scale(bar.value2 ?? 0);
      const base = HEIGHT - LABEL_SPACE;
      return svg`<g class="bar">
        <rect x=${x} y=${base - h1} width=${barWidth} height=${h1} class="s1"><title>${bar.label}: ${bar.value}</title></rect>
        ${bar.value2 ? svg`<rect x=${x} y=${base - h1 - h2} width=${barWidth} height=${h2} class="s2"><title>${bar.label}: ${bar.value2}</title></rect>` : ''}
        <text x=${x + barWidth / 2} y=${base - h1 - h2 - 3} class="value">${bar.value + (bar.value2 ?? 0)}</text>
        <text x=${x + barWidth / 2} y=${HEIGHT - 10} class="label">${bar.label}</text>
      </g>`;
    })}
  </svg>`;
}
