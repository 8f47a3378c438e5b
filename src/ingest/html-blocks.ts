// Turns an article's content element into text blocks (paragraphs and subheadings) in reading order.
// Figures on the way become captions and credits instead of body text.
import type { BlockKind } from '../doc/types.js';
import { type DomElement, type DomNode, isElement, TEXT_NODE } from './html-dom.js';
import { type Caption, readCaption } from './html-furniture.js';

export interface HtmlBlock {
  kind: BlockKind;
  text: string;
  /** Characters of the text that sit inside links (for link-density filtering). */
  linkChars: number;
  /** Tag of the element that opened the block (P, LI, H2, TD, PRE…). */
  tag: string;
}

/** Elements that end the running block: their content starts a new one. */
const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION CENTER DD DETAILS DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
/** Elements whose text is never article text. */
const SKIP_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG BUTTON SELECT OPTION INPUT TEXTAREA IFRAME OBJECT EMBED CANVAS VIDEO AUDIO MATH HEAD TITLE'.split(
    ' ',
  ),
);
/** Below this depth a subtree is read as flat text, so absurdly nested markup cannot exhaust the stack. */
const MAX_WALK_DEPTH = 500;
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export interface WalkResult {
  blocks: HtmlBlock[];
  captions: Caption[];
}

export function extractBlocks(root: DomElement): WalkResult {
  const walker = new BlockWalker();
  walker.visit(root);
  walker.flush();
  return { blocks: walker.blocks, captions: walker.captions };
}

class BlockWalker {
  readonly blocks: HtmlBlock[] = [];
  readonly captions: Caption[] = [];
  private text = '';
  private linkChars = 0;
  private kind: BlockKind = 'paragraph';
  private tag = 'P';
  private inLink = 0;
  private inPre = 0;

  visit(node: DomNode, depth = 0): void {
    if (depth > MAX_WALK_DEPTH) {
      this.addText(node.textContent ?? '');
      return;
    }
    if (node.nodeType === TEXT_NODE) {
      this.addText(node.textContent ?? '');
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || isHidden(node)) return;
    if (tag === 'FIGCAPTION') {
      this.captions.push(readCaption(node));
      return;
    }
    if (!BLOCK_TAGS.has(tag)) {
      this.visitInline(node, tag, depth);
      return;
    }
    this.flush();
    this.tag = tag;
    this.kind = HEADINGS.has(tag) ? 'subheading' : 'paragraph';
    if (tag === 'PRE') this.inPre++;
    this.visitChildren(node, depth);
    if (tag === 'PRE') this.inPre--;
    this.flush();
  }

  private visitInline(node: DomElement, tag: string, depth: number): void {
    if (tag === 'A') this.inLink++;
    this.visitChildren(node, depth);
    if (tag === 'A') this.inLink--;
  }

  private visitChildren(node: DomElement, depth: number): void {
    for (const child of Array.from(node.childNodes)) this.visit(child, depth + 1);
  }

  private addText(raw: string): void {
    const text = this.inPre > 0 ? raw.replace(/[^\S\n]+/g, ' ') : raw.replace(/\s+/g, ' ');
    if (text === '') return;
    this.text += text;
    if (this.inLink > 0) this.linkChars += text.trim().length;
  }

  flush(): void {
    const text = this.inPre > 0 || this.tag === 'PRE' ? tidyPre(this.text) : this.text.replace(/\s+/g, ' ').trim();
    if (/[\p{L}\p{N}]/u.test(text)) {
      this.blocks.push({ kind: this.kind, text, linkChars: Math.min(this.linkChars, text.length), tag: this.tag });
    }
    this.text = '';
    this.linkChars = 0;
    this.kind = 'paragraph';
    this.tag = 'P';
  }
}

/** Preformatted text keeps its line breaks but no blank lines (a blank line separates blocks in the body). */
function tidyPre(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n')
    .trim();
}

function isHidden(el: DomElement): boolean {
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
