// A readable terminal report of one analysis (`--format text`). Arabic lines start with a right-to-left mark and
// Latin runs inside them are isolated, so bidi-aware terminals lay them out right to left without mirroring
// punctuation; plain terminals see the same text with no stray characters. Colours only on a TTY.
import type { Analysis, Span } from '../doc/types.js';

const RLM = '\u200f';
const COLORS = { PER: 33, LOC: 32, ORG: 36, MISC: 35, TIME: 34, QUOTE: 2, label: 1, dim: 90 } as const;

interface ReportOptions {
  color: boolean;
}

export function textReport(analysis: Analysis, options: ReportOptions): string {
  const paint = (code: number, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const heading = (text: string) => paint(COLORS.label, text);
  const rtl = (text: string) => (/\p{Script=Arabic}/u.test(text) ? RLM + text : text);
  const lines: string[] = [];

  lines.push(heading(`━━ ${analysis.title || '(no title)'}`));
  const paragraphs = analysis.blocks.filter((b) => b.kind === 'paragraph').length;
  const subheadings = analysis.blocks.length - paragraphs;
  lines.push(
    paint(
      COLORS.dim,
      `id ${analysis.id} · ${analysis.source.kind}${analysis.source.path ? ` ${analysis.source.path}` : ''}${analysis.source.url ? ` ${analysis.source.url}` : ''} · published ${analysis.published ?? 'unknown'} · lang ${analysis.lang} · ${paragraphs} paragraphs, ${subheadings} subheadings`,
    ),
  );
  lines.push('');
  const highlights = collectHighlights(analysis);
  for (const block of analysis.blocks) {
    const text = highlightSpan(analysis.body, block, highlights, paint);
    lines.push(block.kind === 'subheading' ? heading(rtl(`## ${text}`)) : rtl(text));
    lines.push('');
  }
  section(lines, heading, 'Captions', analysis.captions.map(rtl));
  section(lines, heading, 'Image credits', analysis.credits);
  section(
    lines,
    heading,
    'Related stories',
    analysis.related.map((r) => rtl(`• ${r.title}${r.url ? ` <${r.url}>` : ''}`)),
  );
  section(
    lines,
    heading,
    'Entities',
    analysis.entities.map((e) =>
      rtl(
        `${e.type.padEnd(4)} ${e.name}${e.nameEn ? ` (${[e.nameEn, e.country, e.wikidata].filter(Boolean).join(', ')})` : e.country ? ` (${e.country})` : ''} ×${e.mentions.length}`,
      ),
    ),
  );
  const speakerName = (id: string | null) => analysis.entities.find((e) => e.id === id)?.name;
  section(
    lines,
    heading,
    'Quotes',
    analysis.quotes.map((q) =>
      rtl(
        `${speakerName(q.speaker) ?? q.speakerText ?? '?'} ${q.cue ? `(${q.cue}) ` : ''}${q.direct ? '«' : ''}${q.text}${q.direct ? '»' : ''}`,
      ),
    ),
  );
  section(
    lines,
    heading,
    'Time expressions',
    analysis.times.map((t) => rtl(`${t.text} → ${t.value ?? '?'}`)),
  );
  const entityName = (id: string | null, country: string | null) => (id ? speakerName(id) : null) ?? country ?? '?';
  section(
    lines,
    heading,
    'Events',
    analysis.events.map((e) =>
      rtl(
        `${e.type}${e.mode ? `/${e.mode}` : ''} (CAMEO ${e.cameo}, quad ${e.quad}) ${entityName(e.source, e.sourceCountry)} → ${entityName(e.target, e.targetCountry)} · ${e.date ?? '?'}${e.negated ? ' · negated' : ''}${e.hypothetical ? ' · hypothetical' : ''} · «${e.trigger.text}»`,
      ),
    ),
  );
  section(
    lines,
    heading,
    'Removed furniture',
    analysis.removed.map((r) => rtl(`[${r.kind}] ${r.text.replace(/\s+/g, ' ').slice(0, 120)}`)),
  );
  section(lines, heading, 'Warnings', analysis.warnings ?? []);
  return lines.join('\n').trimEnd();
}

function section(lines: string[], heading: (t: string) => string, title: string, items: string[]): void {
  if (items.length === 0) return;
  lines.push(heading(`${title} (${items.length})`));
  for (const item of items) lines.push(`  ${item}`);
  lines.push('');
}

interface Highlight extends Span {
  color: number;
}

function collectHighlights(analysis: Analysis): Highlight[] {
  const spans: Highlight[] = [];
  for (const entity of analysis.entities)
    for (const m of entity.mentions) spans.push({ start: m.start, end: m.end, color: COLORS[entity.type] });
  for (const t of analysis.times) spans.push({ start: t.start, end: t.end, color: COLORS.TIME });
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The text of a block with annotation spans coloured (outermost span wins where spans overlap). */
function highlightSpan(
  body: string,
  block: Span,
  highlights: Highlight[],
  paint: (code: number, text: string) => string,
): string {
  let out = '';
  let at = block.start;
  for (const h of highlights) {
    if (h.start < at || h.end > block.end) continue;
    out += body.slice(at, h.start) + paint(h.color, body.slice(h.start, h.end));
    at = h.end;
  }
  return out + body.slice(at, block.end);
}
