// The HTML reader: one web page → one Article (title, date, clean body blocks, captions, credits, related links).
// Main content comes from Mozilla Readability run on linkedom; its content element is then split into blocks and
// furniture blocks are dropped. When Readability finds nothing useful, the article container is read directly.
import { Readability } from '@mozilla/readability';
import type { Article, RawBlock, SourceInfo } from '../doc/types.js';
import { extractBlocks, type HtmlBlock } from './html-blocks.js';
import { all, type DomDocument, type DomElement, parseDocument } from './html-dom.js';
import { filterFurniture } from './html-filter.js';
import { type Caption, findRelatedBoxes, readCaption } from './html-furniture.js';
import { readMetadata } from './html-meta.js';
import { emptyArticle } from './types.js';

export const NO_ARTICLE_WARNING = 'no article content found';

/** Below this many letters Readability's pick is probably a teaser or a cookie banner: try the article container. */
const MIN_ARTICLE_LETTERS = 200;

export function parseHtml(html: string, source: SourceInfo): Article {
  const doc = parseDocument(html);
  const pageUrl = source.url;
  const meta = readMetadata(doc, pageUrl);
  const article = emptyArticle(source, meta.title);
  article.published = meta.published;
  if (meta.lang) article.lang = meta.lang;
  if (meta.author) article.author = meta.author;
  if (meta.section) article.section = meta.section;
  if (meta.canonicalUrl) article.canonicalUrl = meta.canonicalUrl;

  const base = pageUrl ?? meta.canonicalUrl;
  const scope = furnitureScope(doc);
  if (scope) {
    for (const box of findRelatedBoxes(scope, base)) {
      article.related.push(...box.links);
      box.container.remove();
    }
    addCaptions(article, takeFigureCaptions(scope));
  }

  const content = mainContent(doc);
  if (!content) {
    article.warnings.push(NO_ARTICLE_WARNING);
    return article;
  }
  const walked = extractBlocks(content);
  addCaptions(article, walked.captions);
  const filtered = filterFurniture(walked.blocks, meta.title);
  article.blocks = filtered.kept.map(toRawBlock);
  article.removed.push(...filtered.removed);
  addCaptions(article, [
    ...filtered.captions.map((caption) => ({ caption })),
    ...filtered.credits.map((credit) => ({ credit })),
  ]);
  article.related.push(...filtered.related);
  if (article.blocks.length === 0) article.warnings.push(NO_ARTICLE_WARNING);
  return article;
}

/** The main content element: Readability's, or the article container (else the body) when Readability's is missing or thin. */
function mainContent(doc: DomDocument): DomElement | null {
  const fallback = articleContainer(doc);
  const readable = runReadability(doc);
  if (readable && letterCount(readable) >= Math.min(MIN_ARTICLE_LETTERS, letterCount(fallback))) return readable;
  if (fallback && letterCount(fallback) > letterCount(readable)) return fallback;
  // No Readability result and no marked container: read the whole body; the furniture filter still applies.
  return readable ?? fallback ?? doc.body;
}

/**
 * Readability slows down sharply with nesting depth (seconds at 400 levels); real pages stay under ~50
 * (the Zyte benchmark's deepest is 50), so deeper pages go straight to the container fallback.
 */
const MAX_READABILITY_DEPTH = 150;
/** Readability aborts on more elements than this; the fallback then reads the page. */
const MAX_READABILITY_ELEMENTS = 60_000;

function runReadability(doc: DomDocument): DomElement | null {
  if (doc.documentElement && nestingDepth(doc.documentElement) > MAX_READABILITY_DEPTH) return null;
  try {
    // Readability mutates the document it reads; it gets a copy so the fallback still sees the page.
    const copy = doc.cloneNode(true);
    const result = new Readability<DomElement>(copy as never, {
      serializer: (node) => node as unknown as DomElement,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    }).parse();
    return result?.content ?? null;
  } catch {
    return null;
  }
}

const CONTAINER_SELECTORS = [
  '[itemprop="articleBody"]',
  '[itemprop="articlebody"]',
  'article',
  '[role="main"]',
  'main',
  '.article-body, .article-content, .entry-content, .post-content, .story-body, #article-body, .article__body',
];

/** The page's own article container, the largest by text among the usual markers. */
function articleContainer(doc: DomDocument): DomElement | null {
  for (const selector of CONTAINER_SELECTORS) {
    const candidates = all(doc, selector);
    if (candidates.length === 0) continue;
    const best = candidates.reduce((a, b) => (letterCount(b) > letterCount(a) ? b : a));
    if (letterCount(best) > 0) return best;
  }
  return null;
}

/**
 * Where the article's own figures and related boxes are looked for: the <article> around the body (a lead figure
 * often sits outside [itemprop=articleBody]), else the article container, else the whole body.
 */
function furnitureScope(doc: DomDocument): DomElement | null {
  const container = articleContainer(doc);
  let scope = container;
  for (let node = container; node; node = node.parentNode) {
    if (node.tagName === 'ARTICLE') scope = node;
  }
  return scope ?? doc.body;
}

/** Deepest element nesting under `root`, measured without recursion. */
function nestingDepth(root: DomElement): number {
  let deepest = 0;
  const stack: [DomElement, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function letterCount(el: DomElement | null): number {
  if (!el) return 0;
  return (el.textContent ?? '').match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** Captions of figures in the article scope are taken out before extraction so they never reach the body. */
function takeFigureCaptions(scope: DomElement): Caption[] {
  const captions: Caption[] = [];
  for (const el of all(scope, 'figcaption')) {
    captions.push(readCaption(el));
    el.remove();
  }
  for (const el of all(scope, 'figure [class*="caption"], figure [class*="credit"]')) {
    captions.push(readCaption(el));
    el.remove();
  }
  return captions;
}

function addCaptions(article: Article, captions: Caption[]): void {
  for (const { caption, credit } of captions) {
    if (caption && !article.captions.includes(caption)) article.captions.push(caption);
    if (credit && !article.credits.includes(credit)) article.credits.push(credit);
  }
}

function toRawBlock(block: HtmlBlock): RawBlock {
  return { kind: block.kind, text: block.text };
}
