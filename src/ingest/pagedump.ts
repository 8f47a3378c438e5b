// Reader for plain-text dumps of Arabic news pages: headline on the first line, then the body
// interleaved with page furniture (credits, captions, related-story bullets, skip blocks, share lines…).
// The furniture patterns are data (data/furniture/furniture.tsv); this module walks the lines.
import type { Article, BlockKind, RawBlock, SourceInfo } from '../doc/types.js';
import { type BlockStart, type FurnitureRules, furnitureRules } from './furniture.js';
import { emptyArticle } from './types.js';

export interface PageDumpOptions {
  /** The title when it is known apart from the text (JSON/TREC corpora): the text is then body only. */
  title?: string;
  /** Furniture rules to use instead of the shipped ones (tests, other corpora). */
  rules?: FurnitureRules;
}

/** A body line that survived furniture removal, before wrapped lines are joined into paragraphs. */
interface BodyLine {
  text: string;
  /** True when a blank line or removed furniture separates it from the previous body line. */
  breakBefore: boolean;
}

const BULLET = /^[•●▪◦‣]\s*(.*)$/u;
// A skip block longer than this without its closing line is not trusted to be one.
const MAX_BLOCK_LINES = 80;
// Related-story titles after a «اقرأ أيضا:» label: at most this many.
const MAX_LABELLED_RELATED = 8;
const SENTENCE_END = /[.!…:؛;،,]$/u;
// Headlines may end with ! ? or an ellipsis, never with a single full stop, colon or comma.
const TITLE_BAD_END = /[.:؛;،,]$/u;
const ELLIPSIS_END = /(?:\.\.|…)$/u;
const QUESTION_END = /[?؟]$/u;
const LIST_ITEM_START = /^(?:[-–*+]|\d{1,3}\s*[-.)])/u;

export function parsePageDump(text: string, source: SourceInfo, options: PageDumpOptions = {}): Article {
  const article = emptyArticle(source, options.title ?? '');
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  if (lines.every((l) => l.trim() === '')) {
    article.warnings.push('empty input: no text to read');
    return article;
  }
  const walker = new DumpWalker(lines, article, options.rules ?? furnitureRules(), options.title === undefined);
  const bodyLines = walker.walk();
  article.blocks = classifyBlocks(joinWrappedLines(bodyLines, walker.blankSeparated));
  if (article.blocks.length === 0) article.warnings.push('no article text found');
  return article;
}

/** Walks the dump line by line, moving furniture aside and collecting the body lines. */
class DumpWalker {
  private readonly body: BodyLine[] = [];
  private breakPending = false;
  readonly blankSeparated: boolean;

  constructor(
    private readonly lines: string[],
    private readonly article: Article,
    private readonly rules: FurnitureRules,
    private needTitle: boolean,
  ) {
    this.blankSeparated = usesBlankLineParagraphs(lines);
  }

  walk(): BodyLine[] {
    let i = 0;
    while (i < this.lines.length) i = this.step(i);
    return this.body;
  }

  /** Handles the line at index i (and any lines it owns); returns the index of the next line to read. */
  private step(i: number): number {
    const line = (this.lines[i] as string).trim();
    if (line === '') {
      this.breakPending = true;
      return i + 1;
    }
    const block = this.rules.matchBlockStart(line);
    if (block) {
      const end = this.findBlockEnd(block, i);
      if (end >= 0) this.takeSkipBlock(block, i, end);
      // Without its closing line the block's extent is unknown: only the opening line goes.
      else this.article.removed.push({ kind: block.kind, text: line });
      return this.furnitureDone(Math.max(end, i) + 1);
    }
    const bullet = BULLET.exec(line);
    if (bullet && isRelatedTitle(bullet[1] ?? '')) {
      this.article.related.push({ title: (bullet[1] ?? '').trim() });
      return this.furnitureDone(i + 1);
    }
    const hit = this.rules.matchLine(line);
    // The first line is the headline even when it reads like a link («شاهد.. …» is also a CNN headline form).
    if (hit && !(this.needTitle && hit.action === 'related')) {
      switch (hit.action) {
        case 'credit':
          if (hit.payload) this.article.credits.push(hit.payload);
          return this.furnitureDone(i + 1);
        case 'caption':
          return this.furnitureDone(this.takeCaption(hit.payload, line, hit.kind, i));
        case 'related':
          if (hit.payload) {
            this.article.related.push({ title: hit.payload });
            return this.furnitureDone(i + 1);
          }
          this.article.removed.push({ kind: hit.kind, text: line });
          return this.furnitureDone(this.takeLabelledRelated(i + 1));
        default:
          this.article.removed.push({ kind: hit.kind, text: line });
          return this.furnitureDone(i + 1);
      }
    }
    if (this.needTitle) {
      this.takeTitle(line);
      return i + 1;
    }
    this.body.push({ text: line, breakBefore: this.breakPending || this.body.length === 0 });
    this.breakPending = false;
    return i + 1;
  }

  private furnitureDone(next: number): number {
    this.breakPending = true;
    return next;
  }

  private takeTitle(line: string): void {
    this.needTitle = false;
    if (looksLikeHeadline(line)) {
      this.article.title = line;
      return;
    }
    this.article.warnings.push('no headline line found: the first line reads as body text, title left empty');
    this.body.push({ text: line, breakBefore: true });
  }

  private findBlockEnd(block: BlockStart, start: number): number {
    let seen = 0;
    for (let j = start + 1; j < this.lines.length && seen < MAX_BLOCK_LINES; j++) {
      const line = (this.lines[j] as string).trim();
      if (line === '') continue;
      if (block.isEnd(line)) return j;
      seen++;
    }
    return -1;
  }

  /** A skip block: bullets of a recommendations block are related stories; the rest is logged as removed. */
  private takeSkipBlock(block: BlockStart, start: number, end: number): void {
    const removedLines: string[] = [];
    for (let j = start; j <= end; j++) {
      const line = (this.lines[j] as string).trim();
      if (line === '') continue;
      const bullet = BULLET.exec(line);
      if (bullet && block.action === 'related') this.article.related.push({ title: (bullet[1] ?? '').trim() });
      else removedLines.push(line);
    }
    this.article.removed.push({ kind: block.kind, text: removedLines.join('\n') });
  }

  /** A caption label: the caption is on the same line, or else on the next non-empty line. */
  private takeCaption(payload: string, line: string, kind: string, i: number): number {
    if (payload) {
      this.article.captions.push(payload);
      return i + 1;
    }
    const next = this.nextNonEmpty(i + 1);
    if (next < 0 || this.rules.matchLine(this.lines[next] as string)) {
      this.article.removed.push({ kind, text: line });
      return i + 1;
    }
    this.article.captions.push((this.lines[next] as string).trim());
    return next + 1;
  }

  /** Headline-like lines after a «اقرأ أيضا:» label are related-story titles. */
  private takeLabelledRelated(from: number): number {
    let i = from;
    let taken = 0;
    while (i < this.lines.length && taken < MAX_LABELLED_RELATED) {
      const raw = (this.lines[i] as string).trim();
      if (raw === '') {
        // In a dump that separates paragraphs by blank lines, a blank line ends the list (not right after the label).
        if (this.blankSeparated && taken > 0) break;
        i++;
        continue;
      }
      const title = BULLET.exec(raw)?.[1] ?? raw;
      if (!isRelatedTitle(title) || this.rules.matchLine(raw) || this.rules.matchBlockStart(raw)) break;
      this.article.related.push({ title: title.trim() });
      taken++;
      i++;
    }
    return i;
  }

  private nextNonEmpty(from: number): number {
    for (let j = from; j < this.lines.length; j++) if ((this.lines[j] as string).trim() !== '') return j;
    return -1;
  }
}

/** A headline: a short line without sentence-final punctuation (a question mark is fine). */
function isRelatedTitle(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 200 && (!TITLE_BAD_END.test(t) || ELLIPSIS_END.test(t));
}

function looksLikeHeadline(line: string): boolean {
  return line.length <= 250 && !(line.length > 150 && /[.!]$/u.test(line));
}

/**
 * Paragraphs separated by blank lines (page dumps) rather than one paragraph per line (corpora). Blank
 * gaps are counted against all lines, since wrapped paragraphs and furniture blocks add single breaks.
 */
function usesBlankLineParagraphs(lines: string[]): boolean {
  let blankGaps = 0;
  let nonBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] as string).trim() === '') continue;
    nonBlank++;
    if (i > 0 && (lines[i - 1] as string).trim() === '') blankGaps++;
  }
  return blankGaps >= 2 && blankGaps * 4 >= nonBlank;
}

/**
 * Joins hard-wrapped lines back into paragraphs, only when the dump clearly wraps. A dump that separates
 * paragraphs by blank lines wraps when many of its paragraphs span several lines: each such group is one
 * paragraph. Otherwise it wraps when most lines end near one column width without final punctuation, and
 * a line continues the previous one when that one ends near the width.
 */
function joinWrappedLines(lines: BodyLine[], blankSeparated: boolean): string[] {
  const width = blankSeparated ? (wrapsInGroups(lines) ? 1 : 0) : wrapWidth(lines);
  if (width === 0) return lines.map((l) => l.text);
  const paragraphs: string[] = [];
  let previous: BodyLine | undefined;
  for (const line of lines) {
    const continues =
      previous !== undefined &&
      !line.breakBefore &&
      !LIST_ITEM_START.test(line.text) &&
      (blankSeparated || isWrappedLine(previous.text, width));
    if (continues) paragraphs[paragraphs.length - 1] += ` ${line.text}`;
    else paragraphs.push(line.text);
    previous = line;
  }
  return paragraphs;
}

function isWrappedLine(text: string, width: number): boolean {
  return text.length >= width * 0.7 && !/[.!?؟:]$/u.test(text);
}

/**
 * Blank-line dump whose multi-line paragraphs look folded: at least a third of the paragraphs run over
 * several lines, and the lines that continue on the next one mostly end near one width, unpunctuated
 * (lists and verse, one item per line, end short or punctuated).
 */
function wrapsInGroups(lines: BodyLine[]): boolean {
  const groups = lines.filter((l) => l.breakBefore).length;
  const continued = lines.filter((_, i) => lines[i + 1] !== undefined && !lines[i + 1]?.breakBefore);
  const multiLine = lines.filter((l, i) => l.breakBefore && lines[i + 1] && !lines[i + 1]?.breakBefore).length;
  if (groups < 2 || multiLine < groups / 3) return false;
  const lengths = continued.map((l) => l.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (width < 30 || width > 200) return false;
  return continued.filter((l) => isWrappedLine(l.text, width)).length >= continued.length * 0.7;
}

/** The wrap column when the lines clearly are hard-wrapped, else 0. */
function wrapWidth(lines: BodyLine[]): number {
  if (lines.length < 6) return 0;
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (width < 30 || width > 200) return 0;
  const wrapped = lines.filter((l) => l.text.length <= width * 1.05 && isWrappedLine(l.text, width)).length;
  return wrapped >= lines.length * 0.5 ? width : 0;
}

/** Subheadings: short lines without final sentence punctuation standing between paragraphs. */
function classifyBlocks(paragraphs: string[]): RawBlock[] {
  return paragraphs.map((text, index) => ({
    kind: isSubheading(text, index > 0 && index < paragraphs.length - 1) ? 'subheading' : ('paragraph' as BlockKind),
    text,
  }));
}

function isSubheading(text: string, betweenParagraphs: boolean): boolean {
  if (!betweenParagraphs || text.length > 100 || LIST_ITEM_START.test(text)) return false;
  if (text.split(/\s+/u).length > 14) return false;
  return QUESTION_END.test(text) || !SENTENCE_END.test(text);
}
