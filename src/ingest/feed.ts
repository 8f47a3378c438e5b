// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item, from its full content when the feed
// carries it (content:encoded, Atom content), else from its description with a warning.
import { XMLParser } from 'fast-xml-parser';
import { errorMessage } from '../doc/errors.js';
import type { Article, RawBlock, SourceInfo } from '../doc/types.js';
import { parseNewsDate } from './dates.js';
import { extractBlocks } from './html-blocks.js';
import { normalizeSpace, parseDocument } from './html-dom.js';
import { emptyArticle, type ReadResult } from './types.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  htmlEntities: true,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'category',
});

export const DESCRIPTION_ONLY_WARNING = 'the feed item carries only a description (summary), not the full text';

export function* readFeed(xml: string, source: SourceInfo): Generator<ReadResult> {
  const label = source.path ?? source.url ?? 'feed';
  let items: Node[];
  try {
    items = feedItems(parser.parse(xml) as Node);
  } catch (err) {
    yield { ok: false, input: label, error: `${label} is not a readable feed: ${errorMessage(err)}`, code: 'parse' };
    return;
  }
  if (items.length === 0) {
    yield { ok: false, input: label, error: `no items found in feed ${label}`, code: 'no-content' };
    return;
  }
  for (const [index, item] of items.entries()) {
    const itemLabel = `${label}#${index + 1}`;
    const article = articleFromItem(item, source);
    if (article.blocks.length === 0) {
      const title = article.title ? ` ("${article.title}")` : '';
      yield {
        ok: false,
        input: itemLabel,
        error: `no article content found in feed item ${itemLabel}${title}`,
        code: 'no-content',
      };
    } else {
      yield { ok: true, article };
    }
  }
}

function feedItems(root: Node): Node[] {
  const rss = root.rss as Node | undefined;
  if (rss) return asNodes((rss.channel as Node | undefined)?.item);
  const atom = root.feed as Node | undefined;
  if (atom) return asNodes(atom.entry);
  const rdf = root['rdf:RDF'] as Node | undefined;
  if (rdf) return asNodes(rdf.item);
  throw new Error('no <rss>, <feed> or <rdf:RDF> root element');
}

function asNodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.filter((v): v is Node => typeof v === 'object' && v !== null);
  return typeof value === 'object' && value !== null ? [value as Node] : [];
}

function articleFromItem(item: Node, feedSource: SourceInfo): Article {
  const link = itemLink(item);
  const source: SourceInfo = {
    kind: 'feed',
    ...(feedSource.path ? { path: feedSource.path } : {}),
    ...(link ? { url: link } : {}),
  };
  const article = emptyArticle(source, plainText(textOf(item.title)));
  article.published = parseNewsDate(textOf(item.pubDate ?? item['dc:date'] ?? item.published ?? item.updated));
  article.author = plainText(textOf(item['dc:creator'] ?? authorName(item.author))) || undefined;
  article.section = textOf(item.category) || undefined;
  if (link) article.canonicalUrl = link;
  const content = textOf(item['content:encoded'] ?? item.content);
  const description = textOf(item.description ?? item.summary);
  if (content) {
    addHtml(article, content);
    if (description) article.removed.push({ kind: 'abstract', text: plainText(description) });
  } else if (description) {
    addHtml(article, description);
    article.warnings.push(DESCRIPTION_ONLY_WARNING);
  }
  return article;
}

function itemLink(item: Node): string | undefined {
  for (const link of Array.isArray(item.link) ? item.link : [item.link]) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    if (link && typeof link === 'object') {
      const { '@_href': href, '@_rel': rel } = link as Node;
      if (typeof href === 'string' && (rel === undefined || rel === 'alternate')) return href;
    }
  }
  const guid = item.guid as Node | string | undefined;
  const guidText = textOf(guid);
  if (/^https?:\/\//.test(guidText)) return guidText;
  const about = item['@_rdf:about'];
  return typeof about === 'string' ? about : undefined;
}

function authorName(author: unknown): unknown {
  return author && typeof author === 'object' && !Array.isArray(author) ? (author as Node).name : author;
}

/** The text of a parsed XML value: a string, a node with text and attributes, or nested XHTML. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  const node = value as Node;
  if ('#text' in node) return textOf(node['#text']);
  // Atom type="xhtml": the markup was parsed as XML; keep its text, one paragraph per child element.
  return Object.entries(node)
    .filter(([key]) => !key.startsWith('@_'))
    .map(([, child]) => (Array.isArray(child) ? child.map(textOf).join('\n\n') : textOf(child)))
    .filter(Boolean)
    .join('\n\n');
}

function plainText(htmlOrText: string): string {
  if (!/<[a-z!/]/i.test(htmlOrText)) return normalizeSpace(htmlOrText);
  return normalizeSpace(parseDocument(htmlOrText).body?.textContent ?? '');
}

/** Item content (HTML or plain text) → blocks, captions and credits. */
function addHtml(article: Article, content: string): void {
  if (!/<[a-z][\w-]*[\s/>]/i.test(content)) {
    article.blocks.push(...textBlocks(content));
    return;
  }
  const body = parseDocument(content).body;
  if (!body) return;
  const { blocks, captions } = extractBlocks(body);
  for (const block of blocks) {
    const text = normalizeSpace(block.text);
    if (text) article.blocks.push({ kind: block.kind, text });
  }
  for (const caption of captions) {
    if (caption.caption) article.captions.push(caption.caption);
    if (caption.credit) article.credits.push(caption.credit);
  }
}

function textBlocks(text: string): RawBlock[] {
  return text
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((paragraph) => normalizeSpace(paragraph))
    .filter(Boolean)
    .map((paragraph) => ({ kind: 'paragraph', text: paragraph }));
}
