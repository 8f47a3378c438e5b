// Drops furniture blocks that survive main-content extraction: the repeated headline, share/follow prompts,
// link lists and other page boilerplate. Each dropped block is kept in `removed` for audit.
import type { RemovedFurniture } from '../doc/types.js';
import type { HtmlBlock } from './html-blocks.js';
import { normalizeSpace } from './html-dom.js';

export interface FilterResult {
  kept: HtmlBlock[];
  removed: RemovedFurniture[];
}

export function filterFurniture(blocks: HtmlBlock[], title: string): FilterResult {
  const kept: HtmlBlock[] = [];
  const removed: RemovedFurniture[] = [];
  const titleKey = comparable(title);
  blocks.forEach((block, index) => {
    const reason = furnitureReason(block, index, titleKey);
    if (reason) removed.push({ kind: reason, text: block.text });
    else kept.push(block);
  });
  return { kept, removed };
}

function furnitureReason(block: HtmlBlock, index: number, titleKey: string): string | null {
  if (index < 3 && titleKey !== '' && comparable(block.text) === titleKey) return 'title';
  return null;
}

function comparable(text: string): string {
  return normalizeSpace(text).toLowerCase();
}
