// The actors the text last named as the doer of something, so that a clause that drops its subject (وحثّ …, أنه
// تحدث …) or refers to it by a possessive (بلاده) can be given one. Like the quote module's "last speaker": quote
// speakers and the sources of coded verbs are remembered in text order; only the current sentence is looked back on.
// Reaching into the previous sentence («وأضافت: "… عندما نلتقي في واشنطن"», «ثم تحدث عن إيران») added no right
// event on the dev gold and several wrong ones on unseen articles: the gold codes a party whose referent is in
// another sentence as unnamed, and so does the coder.
import type { Doc, Span } from '../doc/types.js';
import type { Actor } from './actors.js';

/** How many sentences back a remembered subject may still be carried over. */
const SENTENCES_BACK = 0;

interface Remembered {
  at: number;
  actor: Actor;
}

export interface SubjectMemory {
  add(at: number, actor: Actor): void;
  /** The most recent remembered actor with a country before `at` that `fits`, within the look-back. */
  last(at: number, fits?: (actor: Actor) => boolean): Actor | undefined;
}

/** The start of the sentence `SENTENCES_BACK` before the one containing `at`. */
function lookBackStart(sentences: Span[], at: number): number {
  let k = sentences.findIndex((s) => s.end > at);
  if (k < 0) k = sentences.length - 1;
  return sentences[Math.max(0, k - SENTENCES_BACK)]?.start ?? 0;
}

/** Seeds the memory with the quote speakers that are actors (قال لافروف … إن بلاده). */
export function subjectMemory(doc: Doc, actors: Actor[]): SubjectMemory {
  const remembered: Remembered[] = [];
  for (const quote of doc.layers.quotes) {
    const span = quote.speakerSpan;
    if (!span) continue;
    const actor = actors.find((a) => a.start < span.end && span.start < a.end && a.country !== null);
    if (actor) remembered.push({ at: span.start, actor });
  }
  return {
    add(at, actor) {
      if (actor.country !== null) remembered.push({ at, actor });
    },
    last(at, fits = () => true) {
      const from = lookBackStart(doc.layers.sentences, at);
      let best: Remembered | undefined;
      for (const r of remembered) {
        if (r.at >= at || r.at < from || !fits(r.actor)) continue;
        if (!best || r.at > best.at) best = r;
      }
      return best?.actor;
    },
  };
}
