// Drops furniture blocks that survive main-content extraction: the repeated headline, runs of navigation links
// and the lines the furniture tables describe (data/furniture/furniture.tsv for Arabic news idiom,
// data/furniture/html-furniture.tsv for web-page idiom). Dropped blocks are kept in `removed` for audit;
// captions, credits and related-story lines go to their own lists.
import type { RelatedLink, RemovedFurniture } from '../doc/types.js';
import { type FurnitureMatch, type FurnitureRules, furnitureRules, shippedFurnitureRules } from './furniture.js';
import type { HtmlBlock } from './html-blocks.js';
import { normalizeSpace } from './html-dom.js';

export interface FilterResult {
  kept: HtmlBlock[];
  removed: RemovedFurniture[];
  captions: string[];
  credits: string[];
  related: RelatedLink[];
}

/** A block that is mostly link text is navigation or a teaser, not prose… */
const MAX_LINK_DENSITY = 0.6;
/** …when several come in a row (a lone linked line inside an article is usually meant: a source, a shop link). */
const MIN_LINK_RUN = 3;
/** Furniture lines are short; longer blocks are never matched against the tables. */
const MAX_FURNITURE_LENGTH = 400;

/** Web-page idiom (bylines, share bars, cookie notes) on top of the Arabic news furniture. */
function webFurnitureRules(): FurnitureRules {
  return shippedFurnitureRules('html-furniture.tsv');
}

export function filterFurniture(blocks: HtmlBlock[], title: string): FilterResult {
  const result: FilterResult = { kept: [], removed: [], captions: [], credits: [], related: [] };
  const reasons = blocks.map(() => null as string | null);
  markRepeatedTitle(blocks, title, reasons);
  markLinkRuns(blocks, reasons);
  markLinkOnlyPage(blocks, reasons);
  blocks.forEach((block, i) => {
    const reason = reasons[i];
    if (reason) {
      result.removed.push({ kind: reason, text: block.text });
      return;
    }
    const match = matchFurniture(block.text);
    if (match) applyMatch(result, match, block.text);
    else result.kept.push(block);
  });
  return result;
}

function matchFurniture(text: string): FurnitureMatch | null {
  if (text.length > MAX_FURNITURE_LENGTH) return null;
  return furnitureRules().matchLine(text) ?? webFurnitureRules().matchLine(text);
}

function applyMatch(result: FilterResult, match: FurnitureMatch, text: string): void {
  const payload = match.payload;
  if (match.action === 'caption' && payload) result.captions.push(payload);
  else if (match.action === 'credit' && payload) result.credits.push(payload);
  else if (match.action === 'related' && payload) result.related.push({ title: payload });
  else result.removed.push({ kind: match.kind, text });
}

/** The headline repeated in the body (as an <h1> or a first paragraph) is not body text. */
function markRepeatedTitle(blocks: HtmlBlock[], title: string, reasons: (string | null)[]): void {
  const titleKey = comparable(title);
  if (titleKey === '') return;
  blocks.forEach((block, i) => {
    if (comparable(block.text) === titleKey) reasons[i] = 'title';
  });
}

function markLinkRuns(blocks: HtmlBlock[], reasons: (string | null)[]): void {
  let runStart = 0;
  for (let i = 0; i <= blocks.length; i++) {
    if (i < blocks.length && isLinkDense(blocks[i])) continue;
    if (i - runStart >= MIN_LINK_RUN) for (let j = runStart; j < i; j++) reasons[j] ??= 'links';
    runStart = i + 1;
  }
}

/** When everything left is link text (a menu on a page with no article), nothing is article text. */
function markLinkOnlyPage(blocks: HtmlBlock[], reasons: (string | null)[]): void {
  const left = blocks.filter((_, i) => reasons[i] === null);
  if (left.length === 0 || !left.every(isLinkDense)) return;
  for (let i = 0; i < blocks.length; i++) reasons[i] ??= 'links';
}

function isLinkDense(block: HtmlBlock): boolean {
  return block.linkChars / block.text.length >= MAX_LINK_DENSITY;
}

function comparable(text: string): string {
  return normalizeSpace(text).toLowerCase();
}
