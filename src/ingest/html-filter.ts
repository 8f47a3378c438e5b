// Drops furniture blocks that survive main-content extraction: the repeated headline, runs of navigation links
// and other page boilerplate. Each dropped block is kept in `removed` for audit.
import type { RemovedFurniture } from '../doc/types.js';
import type { HtmlBlock } from './html-blocks.js';
import { normalizeSpace } from './html-dom.js';

export interface FilterResult {
  kept: HtmlBlock[];
  removed: RemovedFurniture[];
}

/** A block that is mostly link text is navigation or a teaser, not prose… */
const MAX_LINK_DENSITY = 0.6;
/** …when several come in a row (a lone linked line inside an article is usually meant: a source, a shop link). */
const MIN_LINK_RUN = 3;

export function filterFurniture(blocks: HtmlBlock[], title: string): FilterResult {
  const reasons = blocks.map(() => null as string | null);
  markRepeatedTitle(blocks, title, reasons);
  markLinkRuns(blocks, reasons);
  const kept: HtmlBlock[] = [];
  const removed: RemovedFurniture[] = [];
  blocks.forEach((block, i) => {
    const reason = reasons[i];
    if (reason) removed.push({ kind: reason, text: block.text });
    else kept.push(block);
  });
  return { kept, removed };
}

function markRepeatedTitle(blocks: HtmlBlock[], title: string, reasons: (string | null)[]): void {
  const titleKey = comparable(title);
  if (titleKey === '') return;
  for (let i = 0; i < Math.min(3, blocks.length); i++) {
    if (comparable(blocks[i].text) === titleKey) reasons[i] = 'title';
  }
}

function markLinkRuns(blocks: HtmlBlock[], reasons: (string | null)[]): void {
  let runStart = 0;
  for (let i = 0; i <= blocks.length; i++) {
    if (i < blocks.length && isLinkDense(blocks[i])) continue;
    if (i - runStart >= MIN_LINK_RUN) for (let j = runStart; j < i; j++) reasons[j] ??= 'links';
    runStart = i + 1;
  }
}

function isLinkDense(block: HtmlBlock): boolean {
  return block.linkChars / block.text.length >= MAX_LINK_DENSITY;
}

function comparable(text: string): string {
  return normalizeSpace(text).toLowerCase();
}
