// The quotation marks Arabic news puts around names and quoted phrases, shared by the NER, linking and events stages
// (the quotes stage pairs marks on its own, with more kinds: src/quotes/marks.ts).

/** Straight, guillemet and curly quotation marks. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '«', '»', '“', '”']);
/** The marks that open a quoted name, and those that close it. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '«', '“']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '»', '”']);
