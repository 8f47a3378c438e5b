// Normalization of Arabic text FOR MATCHING ONLY (search keys, lexicon lookups, features).
// What users see is always the original text; annotations point into it by offsets.
//
// Folds: diacritics (harakat, shadda, sukun, dagger alef, Quranic marks) and tatweel removed;
// alef variants (أ إ آ ٱ) → ا; hamza carriers ؤ ئ → ء; ى → ي; ة → ه; Persian/Urdu look-alikes
// (ک ی ۀ ہ ے …) → Arabic; presentation forms → base letters (NFKC); Arabic-Indic and Persian
// digits → ASCII; zero-width and bidi controls removed; Latin lower-cased.

import { ARABIC_MARK_CLASS } from './marks.js';

/** One code unit in, zero or one code unit out: the fold table for the BMP. -1 = drop, 0 = keep. */
const FOLD = new Int32Array(0x10000);

function fold(from: string, to: string): void {
  for (const ch of from) FOLD[ch.charCodeAt(0)] = to === '' ? -1 : to.charCodeAt(0);
}

function foldRange(first: number, last: number, to: number): void {
  for (let c = first; c <= last; c++) FOLD[c] = to;
}

// Diacritics and Quranic annotation marks: dropped.
foldRange(0x064b, 0x065f, -1);
foldRange(0x0610, 0x061a, -1);
foldRange(0x06d6, 0x06dc, -1);
foldRange(0x06df, 0x06e8, -1);
foldRange(0x06ea, 0x06ed, -1);
FOLD[0x0670] = -1; // superscript (dagger) alef
fold('\u0640', ''); // tatweel
// Zero-width and bidi controls, BOM, soft hyphen: dropped.
fold('\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad', '');
// Letters.
fold('أإآٱٲٳ', 'ا');
fold('ؤ', 'ء');
fold('ئ', 'ء');
fold('ىیۍېۑےۓ', 'ي');
fold('ةۀۃە', 'ه');
fold('ہھ', 'ه');
fold('کڪګگ', 'ك');
fold('ٹ', 'ت');
fold('ڈ', 'د');
fold('ڑ', 'ر');
fold('ں', 'ن');
// Digits and Arabic number punctuation.
for (let d = 0; d < 10; d++) {
  FOLD[0x0660 + d] = 0x30 + d;
  FOLD[0x06f0 + d] = 0x30 + d;
}
FOLD[0x066b] = '.'.charCodeAt(0); // Arabic decimal separator
FOLD[0x066c] = ','.charCodeAt(0); // Arabic thousands separator
// Latin upper case → lower case (ASCII and Latin-1; other scripts keep their case).
for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32;
for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) FOLD[c] = c + 32;

/** Presentation forms (ligatures and contextual shapes) need NFKC before folding. */
const PRESENTATION_FORMS = /[\ufb50-\ufdff\ufe70-\ufeff]/;

/** Scratch buffer for building normalized strings without chains of concatenations (cheap to keep, cheap to GC). */
let scratch = new Uint16Array(256);

/** The normalized matching key of a text. Length may differ from the input. */
export function normalizeForMatch(text: string): string {
  const source = PRESENTATION_FORMS.test(text) ? nfkcPresentationForms(text) : text;
  let firstChange = -1;
  for (let i = 0; i < source.length; i++) {
    if (FOLD[source.charCodeAt(i)] !== 0) {
      firstChange = i;
      break;
    }
  }
  if (firstChange < 0) return source;
  if (scratch.length < source.length) scratch = new Uint16Array(source.length * 2);
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const mapped = FOLD[code];
    if (mapped === 0) scratch[n++] = code;
    else if (mapped > 0) scratch[n++] = mapped;
  }
  return unitsToString(scratch, n);
}

function unitsToString(units: Uint16Array, length: number): string {
  if (length <= 4096) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let i = 0; i < length; i += 4096) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 4096)) as unknown as number[]);
  }
  return out;
}

/** Folds one UTF-16 code unit: returns the folded unit, or -1 when the unit is dropped. */
export function foldCodeUnit(code: number): number {
  const mapped = FOLD[code];
  return mapped === 0 ? code : mapped;
}

/**
 * Normalizes and keeps the way back: `offsets[i]` is the index in `text` of the code unit that
 * produced normalized unit i, and `offsets[norm.length] === text.length`. Used to map matches on
 * the normalized text back onto the original (e.g. search highlights, lexicon hits).
 */
export function normalizeWithOffsets(text: string): { norm: string; offsets: Int32Array } {
  const offsets = new Int32Array(text.length * 2 + 2); // presentation forms may expand (ﻻ → لا)
  const units = new Uint16Array(text.length * 2 + 2);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let mapped = FOLD[code];
    if (code >= 0xfb50 && code <= 0xfeff && code !== 0xfeff) {
      // A presentation form can expand (ﻻ → لا): every produced unit maps to this one.
      for (const unit of nfkcPresentationForms(text[i])) {
        const folded = foldCodeUnit(unit.charCodeAt(0));
        if (folded < 0) continue;
        offsets[count] = i;
        units[count++] = folded;
      }
      continue;
    }
    if (mapped === 0) mapped = code;
    if (mapped < 0) continue;
    offsets[count] = i;
    units[count++] = mapped;
  }
  offsets[count] = text.length;
  return { norm: unitsToString(units, count), offsets: offsets.slice(0, count + 1) };
}

function nfkcPresentationForms(text: string): string {
  return text.replace(/[\ufb50-\ufdff\ufe70-\ufefe]+/g, (run) => run.normalize('NFKC'));
}

/** The marks of marks.ts and the Quranic annotation marks. */
const DIACRITICS = new RegExp(`[${ARABIC_MARK_CLASS}\\u0610-\\u061A\\u06D6-\\u06ED]`, 'g');

/** Arabic diacritics only (for display-preserving comparisons that ignore vowel marks). */
export function stripDiacritics(text: string): string {
  return text.replace(DIACRITICS, '');
}

/** Converts Arabic-Indic and Persian digits to ASCII digits, leaving everything else as it is. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String.fromCharCode((d.charCodeAt(0) & 0x0f) + 0x30));
}
