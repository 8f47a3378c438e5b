// Furniture that belongs to the article but not to its body: image captions and credits, related-story links.
// They are collected into the Article and removed from the DOM before the body is extracted.
import type { RelatedLink } from '../doc/types.js';
import { all, classAndId, type DomElement, normalizeSpace, resolveUrl, textOf } from './html-dom.js';

export interface Caption {
  caption?: string;
  credit?: string;
}

const CREDIT_CLASS = /credit|copyright|source|photographer|byline|author|attribution/;
/** «صدر الصورة،» (BBC Arabic), «المصدر:», «تصوير:», «©», "Photo:", "Credit:", "Image:", "Source:". */
const CREDIT_PREFIX =
  /(?:^|\s)(?:صدر الصورة\s*[،,:]?|مصدر الصورة\s*[،,:]?|المصدر\s*[:：]|تصوير\s*[:：]?|الصورة\s*[:：]|©|\(c\)|photo(?:graph)?\s*(?:credit)?\s*[:：]|credit\s*[:：]|image\s*[:：]|source\s*[:：]|copyright)\s*/i;

/** Splits a figcaption (or caption-like element) into caption text and credit. */
export function readCaption(el: DomElement): Caption {
  const creditEls = all(
    el,
    'small, [class*="credit"], [class*="copyright"], [class*="source"], [class*="author"]',
  ).filter((c) => c.tagName === 'SMALL' || CREDIT_CLASS.test(classAndId(c)));
  let credit = creditEls.map((c) => textOf(c)).find((t) => t !== '');
  let caption = textOf(el);
  if (credit) caption = normalizeSpace(caption.replace(credit, ''));
  const prefixed = CREDIT_PREFIX.exec(caption);
  if (prefixed) {
    const tail = normalizeSpace(caption.slice(prefixed.index + prefixed[0].length));
    if (!credit && tail && tail.length <= 80) credit = tail;
    caption = normalizeSpace(caption.slice(0, prefixed.index));
  }
  return { caption: caption || undefined, credit: credit ? stripCreditPrefix(credit) : undefined };
}

function stripCreditPrefix(credit: string): string {
  const match = CREDIT_PREFIX.exec(credit);
  return match && match.index === 0 ? normalizeSpace(credit.slice(match[0].length)) || credit : credit;
}

/** Matched against whole class/id tokens: "entry-content-read-more" is a body, "read-more" a box. */
const RELATED_CLASS =
  /^(?:.*[-_])?(?:related|read-?more|more-?stories|also-?read|see-?also|recommended|most-?read)(?:[-_](?:posts?|articles?|stories|news|links?|content|box|list|items?|wrapper|container))*$/;
/** Headings that announce a related-stories list: «اقرأ أيضا», «شاهد أيضاً», «مواضيع ذات صلة», "Read more", "Related". */
const RELATED_HEADING =
  /^(?:[إاأ]قر[أا]|شاهد|طالع|تابع|ا?نظر)\s+(?:أ|ا)يض[اًا]+|^(?:مواضيع|أخبار|اخبار|مقالات|قصص)\s+(?:ذات\s+صلة|متعلقة|مرتبطة|مشابهة)|^ذات\s+صلة|^(?:read|see)\s+(?:also|more)|^related(?:\s+(?:stories|articles|content|coverage|news))?\s*:?$|^more\s+(?:on|from|about)\b/i;

export interface RelatedBox {
  links: RelatedLink[];
  container: DomElement;
}

/** Related-story boxes inside `scope`: asides, class*=related, and lists announced by a «اقرأ أيضا» heading. */
export function findRelatedBoxes(scope: DomElement, pageUrl: string | undefined): RelatedBox[] {
  const containers = new Set<DomElement>();
  for (const el of all(
    scope,
    'aside, [class*="related"], [id*="related"], [class*="read-more"], [class*="readmore"]',
  )) {
    if ((el.tagName === 'ASIDE' || hasRelatedClass(el)) && isMostlyLinks(el)) containers.add(el);
  }
  for (const heading of all(scope, 'h2, h3, h4, h5, h6, strong, b, p, span, div')) {
    if (heading.children.length > 2) continue;
    const text = textOf(heading);
    if (text.length > 40 || !RELATED_HEADING.test(text)) continue;
    const box = relatedBoxAfterHeading(heading);
    if (box) containers.add(box);
  }
  const outermost = [...containers].filter((c) => ![...containers].some((o) => o !== c && contains(o, c)));
  return outermost
    .map((container) => ({ container, links: linksIn(container, pageUrl) }))
    .filter((box) => box.links.length > 0);
}

/** The element holding the links a related-heading announces: the heading's parent when it is small, or the next list. */
function relatedBoxAfterHeading(heading: DomElement): DomElement | null {
  const parent = heading.parentNode;
  if (parent && all(parent, 'a[href]').length > 0 && textOf(parent).length < 600 && parent.tagName !== 'BODY') {
    return parent;
  }
  const next = heading.nextElementSibling;
  if (next && all(next, 'a[href]').length > 0) return next;
  return null;
}

function linksIn(container: DomElement, pageUrl: string | undefined): RelatedLink[] {
  const links: RelatedLink[] = [];
  const seen = new Set<string>();
  for (const a of all(container, 'a[href]')) {
    const title = textOf(a);
    const href = (a.getAttribute('href') ?? '').trim();
    if (title.length < 8 || RELATED_HEADING.test(title) || /^(#|javascript:|mailto:)/i.test(href)) continue;
    const url = href ? resolveUrl(href, pageUrl) : undefined;
    const key = url ?? title;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(url ? { title, url } : { title });
  }
  return links;
}

function hasRelatedClass(el: DomElement): boolean {
  return classAndId(el)
    .split(/\s+/)
    .some((token) => RELATED_CLASS.test(token));
}

/** Related boxes are mostly link text; an aside or box that is mostly prose is something else (a pull quote, a body). */
function isMostlyLinks(el: DomElement): boolean {
  const total = textOf(el).length;
  if (total === 0) return false;
  const linked = all(el, 'a[href]').reduce((sum, a) => sum + textOf(a).length, 0);
  return linked / total >= 0.5;
}

function contains(ancestor: DomElement, node: DomElement): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (p === ancestor) return true;
  return false;
}
