// Folding for matching: one pass that maps spelling variants to one form (alef/hamza seats → ا,
// ى → ي, ة → ه, Arabic-Indic and Persian digits → ASCII) and drops diacritics, tatweel and
// direction marks, while remembering where each folded character came from in the original text,
// so every match can be reported as a span of the text the user sees.
import { ARABIC_MARK, ARABIC_MARK_CLASS } from '../arabic/marks.js';

/** Folded text plus, for each folded character, its offset in the original text. */
export interface FoldedText {
  text: string;
  /** origin[i] = offset in the original of folded character i; origin[text.length] = original length. */
  origin: number[];
}

/** Marks, zero-width and direction controls, the Arabic letter mark, soft hyphens and the byte-order mark. */
const DROPPED = new RegExp(`[${ARABIC_MARK_CLASS}\\u200B-\\u200F\\u061C\\u00AD\\uFEFF]`);
const REPLACED: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ی: 'ي',
  ک: 'ك',
  '\u00A0': ' ',
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return REPLACED[ch] ?? ch;
}

export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (DROPPED.test(ch)) continue;
    folded += foldChar(ch);
    origin.push(i);
  }
  origin.push(text.length);
  return { text: folded, origin };
}

/** Folds a lexicon entry the same way as the text (no offsets needed). */
export function fold(text: string): string {
  return foldWithOrigin(text).text;
}

/** The original-text span of the folded span [start, end), with the marks on its last letter (هـ, غداً). */
export function originalSpan(
  folded: FoldedText,
  original: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let originalEnd = folded.origin[end - 1] + 1;
  while (originalEnd < original.length && ARABIC_MARK.test(original[originalEnd])) originalEnd++;
  return { start: folded.origin[start], end: originalEnd };
}
