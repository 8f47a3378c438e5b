// The actors the text last named as the doer of something, so that a clause that drops its subject (وحثّ …, أنه
// تحدث …) or refers to it by a possessive (بلاده) can be given one. Like the quote module's "last speaker": quote
// speakers and the sources of coded verbs are remembered in text order; only the current sentence is looked back on.
// Reaching into the previous sentence («وأضافت: "… عندما نلتقي في واشنطن"», «ثم تحدث عن إيران») added no right
// event on the dev gold and several wrong ones on unseen articles: the gold codes a party whose referent is in
// another sentence as unnamed, and so does the coder.
import { normalizeForMatch } from '../arabic/normalize.js';
import type { Doc, Span } from '../doc/types.js';
import type { Actor } from './actors.js';
import { readWordSets } from './lexicon.js';

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

let stateAgencies: Set<string> | undefined;

/** Gazetteer keys of the state-run news agencies (data/events/state-agencies.tsv). */
function stateAgencyKeys(): Set<string> {
  stateAgencies ??= readWordSets('events/state-agencies.tsv', { state: new Set<string>() }).state;
  return stateAgencies;
}

/** Words between a state agency's name and «عن» («وكالة الأنباء المركزية الكورية التي تديرها الدولة عن …»). */
const AGENCY_WORDS = 5;
/** Words after the source within which a party of another country makes it that country's («عن مسؤول أمريكي»). */
const SOURCE_WORDS = 3;

/**
 * «نقلت وكالة الأنباء السعودية عن مصدر مسؤول قوله …»: a quote speaker no party names, cited through a state news agency
 * (the agency, at most AGENCY_WORDS words, then «عن» right before the speaker), speaks for the agency's state: an
 * actor of the agency's country on the speaker's span. Not when a party of another country follows the speaker within
 * SOURCE_WORDS words («عن مسؤول أمريكي»، «عن مصدر في الخارجية الأمريكية»). Round 26.
 */
function agencySpeaker(doc: Doc, actors: Actor[], span: Span): Actor | undefined {
  const tokens = doc.layers.tokens;
  const first = tokens.findIndex((t) => t.start >= span.start);
  if (first < 1 || tokens[first - 1].norm !== normalizeForMatch('عن')) return undefined;
  const sentence = doc.layers.sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (!sentence) return undefined;
  const agency = doc.layers.entities
    .filter((e) => e.type === 'ORG' && e.country && e.key?.startsWith('org:'))
    .filter((e) => stateAgencyKeys().has(normalizeForMatch((e.key ?? '').slice(4))))
    .flatMap((e) => e.mentions.map((m) => ({ e, m })))
    .find(({ m }) => {
      if (m.start < sentence.start || m.end > tokens[first - 1].start) return false;
      const between = tokens.filter((t) => t.start >= m.end && t.end <= tokens[first - 1].start && t.kind === 'arabic');
      return between.length <= AGENCY_WORDS;
    });
  if (!agency) return undefined;
  let last = first;
  while (last < tokens.length && tokens[last].start < span.end) last++;
  const after = tokens
    .slice(last)
    .filter((t) => t.kind === 'arabic' && t.end <= sentence.end)
    .slice(0, SOURCE_WORDS);
  const end = after.length > 0 ? after[after.length - 1].end : span.end;
  const other = actors.some((a) => a.start >= span.start && a.end <= end && a.country !== null);
  if (other) return undefined;
  const country = agency.e.country ?? null;
  return { start: span.start, end: span.end, first, last, country, entity: agency.e.id, kind: 'entity' };
}

/** Seeds the memory with the quote speakers that are actors (قال لافروف … إن بلاده). */
export function subjectMemory(doc: Doc, actors: Actor[]): SubjectMemory {
  const remembered: Remembered[] = [];
  for (const quote of doc.layers.quotes) {
    const span = quote.speakerSpan;
    if (!span) continue;
    const actor =
      actors.find((a) => a.start < span.end && span.start < a.end && a.country !== null) ??
      agencySpeaker(doc, actors, span);
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
