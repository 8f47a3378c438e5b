// Arabic marks a word is the same word with or without: tanween, the short vowels, shadda, sukun and the other
// combining marks up to U+065F, the dagger alif (U+0670), and the tatweel (U+0640) that stretches a line. One
// definition for the modules that skip them while mapping offsets or drop them before matching; normalize.ts adds
// the Quranic annotation marks for its own folding.

/** The marks as a regular-expression character-class body, to build larger classes from. */
export const ARABIC_MARK_CLASS = '\\u064B-\\u065F\\u0670\\u0640';

/** Tests one character (not global: `test` keeps no state). */
export const ARABIC_MARK = new RegExp(`[${ARABIC_MARK_CLASS}]`);

/** Every mark of a text, for `replace`. */
export const ARABIC_MARKS = new RegExp(`[${ARABIC_MARK_CLASS}]`, 'g');

export const TATWEEL = '\u0640';
