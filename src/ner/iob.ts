// Hand-annotated name spans in a document → tagged sentences in the ANERcorp scheme (word TAG, IOB2), so annotated
// news can be trained on beside ANERcorp. Words are the foundation's tokens (glued clitics stay on the word, as in
// ANERcorp): every token a span overlaps takes its B-/I- tag.
//
// `linkingConventions` converts spans annotated under the entity-linking guidelines (eval/entities.ts), where a
// «title + country» role phrase («الرئيس الروسي», «وزير الخارجية الإيراني») is a PERS mention of its officeholder:
// in ANERcorp it is no name, so its words stay O when every word after the title is a nisba adjective or another
// title; a sentence with any other role phrase («زعيم كوريا الشمالية», whose country ANERcorp would tag LOC) is left
// out rather than guessed.
import type { Doc, Token } from '../doc/types.js';
import type { TaggedSentence } from './conll.js';
import { nerLexicon } from './lexicon.js';

/** A name span: UTF-16 offsets into doc.text and an ANERcorp type (PERS, LOC, ORG, MISC). */
export interface NameSpan {
  start: number;
  end: number;
  type: string;
}

const NISBA_ENDING = /(ي|يه|يين|يون|يان)$/;

/** A PERS span that opens with a title: 'plain' when the rest are nisba adjectives or titles, else 'other'. */
function rolePhrase(tokens: readonly Token[]): 'plain' | 'other' | null {
  const { cues } = nerLexicon();
  if (tokens.length < 2 || cues.get(tokens[0].stem) !== 'TITLE') return null;
  const rest = tokens.slice(1);
  return rest.every((t) => NISBA_ENDING.test(t.stem) || cues.get(t.stem) === 'TITLE') ? 'plain' : 'other';
}

/** The document's sentences as tagged words; `dropped` counts the sentences a conversion could not vouch for. */
export function iobSentences(
  doc: Doc,
  spans: readonly NameSpan[],
  options: { linkingConventions?: boolean } = {},
): { sentences: TaggedSentence[]; dropped: number } {
  const tokens = doc.layers.tokens;
  const tags = tokens.map(() => 'O');
  const unsure = new Set<number>();
  for (const span of spans) {
    const inside = tokens.flatMap((t, i) => (t.start < span.end && t.end > span.start ? [i] : []));
    if (inside.length === 0) continue;
    const role = options.linkingConventions && span.type === 'PERS' ? rolePhrase(inside.map((i) => tokens[i])) : null;
    if (role === 'plain') continue;
    if (role === 'other') unsure.add(inside[0]);
    inside.forEach((i, k) => {
      tags[i] = `${k === 0 ? 'B' : 'I'}-${span.type}`;
    });
  }
  const sentences: TaggedSentence[] = [];
  let dropped = 0;
  for (const sentence of doc.layers.sentences) {
    const ids = tokens.flatMap((t, i) => (t.start >= sentence.start && t.end <= sentence.end ? [i] : []));
    if (ids.length === 0) continue;
    if (ids.some((i) => unsure.has(i))) {
      dropped++;
      continue;
    }
    sentences.push({ words: ids.map((i) => tokens[i].text.replace(/\s+/g, '_')), tags: ids.map((i) => tags[i]) });
  }
  return { sentences, dropped };
}
