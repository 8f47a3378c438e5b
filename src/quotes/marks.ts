// Pairing quotation marks into quoted stretches. Curly and angle marks pair with their partner; a straight
// " pairs with the next " on the same line. A mark left open runs to the end of its line (Arabic news often
// drops the closing mark of a long quote); a stray closing mark is ignored. Pairing never crosses a line.
import type { Token } from '../doc/types.js';

export interface QuotedStretch {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the line end when the mark was never closed). */
  close: number;
  /** The quoted words without the marks and surrounding spaces. */
  innerStart: number;
  innerEnd: number;
  /** Index of the opening mark's token. */
  openToken: number;
  /** Index of the first token after the stretch. */
  afterToken: number;
}

const PARTNER: Record<string, string> = { '«': '»', '“': '”', '‘': '’', '„': '“', '‹': '›', '"': '"', '＂': '＂' };
const CLOSERS = new Set(['»', '”', '’', '›']);

export function pairQuotationMarks(text: string, tokens: readonly Token[]): QuotedStretch[] {
  const stretches: QuotedStretch[] = [];
  let openIndex = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (openIndex >= 0 && crossesLine(text, tokens[openIndex].end, token.start)) {
      pushOpen(stretches, text, tokens, openIndex, lineEnd(text, tokens[openIndex].end), i);
      openIndex = -1;
    }
    if (token.kind !== 'quote' || token.text === "'") continue;
    if (openIndex >= 0 && token.text === PARTNER[tokens[openIndex].text]) {
      pushStretch(stretches, text, tokens[openIndex].start, token.end, openIndex, i + 1);
      openIndex = -1;
    } else if (openIndex < 0 && !CLOSERS.has(token.text) && opensHere(text, token)) {
      openIndex = i;
    }
  }
  if (openIndex >= 0) pushOpen(stretches, text, tokens, openIndex, lineEnd(text, tokens[openIndex].end), tokens.length);
  return stretches;
}

/** A straight mark opens when a word or opening bracket follows it (not punctuation, a space or the line end). */
function opensHere(text: string, token: Token): boolean {
  if (token.text !== '"' && token.text !== '＂') return true;
  const next = text[token.end] ?? '\n';
  if (next === '\n') return false;
  if (next !== ' ') return /[\p{L}\p{N}(#@]/u.test(next);
  // `" اللغط …` — a space after an opening mark is common too; it opens if it does not follow a word.
  const prev = text[token.start - 1] ?? ' ';
  return /[\s:،,(]/.test(prev);
}

function pushOpen(
  stretches: QuotedStretch[],
  text: string,
  tokens: readonly Token[],
  openIndex: number,
  end: number,
  afterToken: number,
): void {
  let after = afterToken;
  while (after > openIndex + 1 && tokens[after - 1].start >= end) after--;
  pushStretch(stretches, text, tokens[openIndex].start, end, openIndex, after);
}

function pushStretch(
  stretches: QuotedStretch[],
  text: string,
  open: number,
  close: number,
  openToken: number,
  afterToken: number,
): void {
  let innerStart = open + 1;
  let innerEnd = close === lineEnd(text, open) && !isQuoteChar(text[close - 1]) ? close : close - 1;
  while (innerStart < innerEnd && /\s/.test(text[innerStart])) innerStart++;
  while (innerEnd > innerStart && /\s/.test(text[innerEnd - 1])) innerEnd--;
  if (innerEnd > innerStart) stretches.push({ open, close, innerStart, innerEnd, openToken, afterToken });
}

function isQuoteChar(ch: string | undefined): boolean {
  return ch !== undefined && '"»”’›＂'.includes(ch);
}

function crossesLine(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes('\n');
}

function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}
