// Candidates of the learned argument finder tried in round 46 (docs/events.md; not shipped): each trigger reading of a
// sentence paired with each ordered pair of the sentence's parties (and a denial with no target), described by
// features of the construction — order, distance, the particle before a party, clause, comma and quote boundaries,
// party kind, the sentence's subject, what the rules already coded at the trigger — never by the words of one
// sentence. The coder hands each sentence to a sink only while scripts/train-event-args.ts has set one; otherwise
// nothing is built and no event changes.
import type { Token } from '../doc/types.js';
import type { Actor } from './actors.js';
import type { Trigger } from './lexicon.js';

/** What the coder tells the finder about one sentence (built in code.ts, like claims.ts's ClaimView). */
export interface ArgumentView {
  tokens: Token[];
  first: number;
  last: number;
  /** The sentence's parties (the coder's sentenceActors): only those with a country are paired. */
  actors: Actor[];
  /** The party the sentence opens with (sentenceSubject), if any. */
  subject: Actor | undefined;
  readings: (i: number) => Trigger[];
  isWord: (i: number) => boolean;
  isAside: (i: number) => boolean;
  inClause: (i: number, j: number) => boolean;
  insideActor: (i: number) => boolean;
  isPreposition: (norm: string) => boolean;
  /** The phrase word a phrase trigger needs is there (withIndex ≥ 0), or the trigger needs none. */
  hasPhraseWord: (trigger: Trigger, i: number) => boolean;
  /** The rules' negation and modality flags of a trigger reading (code.ts flags). */
  flags: (trigger: Trigger, i: number) => { negated: boolean; hypothetical: boolean };
  /** Whether a reading of token i embeds what follows it (a threat's, an accusation's or an appeal's content). */
  embeds: (i: number) => boolean;
  /** The rules' events of the sentence (any flag), by trigger token start: which parties they already gave it. */
  ruled: RuledEvent[];
  /** Whether the rules would code the pair at all (countries known and distinct, code.ts codablePair). */
  codable: (trigger: Trigger, source: Actor, target: Actor | null) => boolean;
}

export interface RuledEvent {
  at: number;
  type: string;
  source: string | null;
  target: string | null;
}

/** A scored pair: trigger reading at token i, its source and target (null: a denial with no target). */
export interface Candidate {
  i: number;
  trigger: Trigger;
  source: Actor;
  target: Actor | null;
  negated: boolean;
  features: string[];
}

/** Parties farther than this (in words) from the trigger are not paired: the rules' windows are narrower still. */
export const PARTY_REACH = 15;
/** A denial (REJECT, CAMEO root 01 in the gold) may have no target: the gold's one exception. */
const DENIAL_ROOT = '01';

/** Training hook: receives every sentence's candidates, with the triples the rules coded there. */
export type CandidateSink = (candidates: Candidate[], ruleTriples: Set<string>, tokens: Token[]) => void;
let sink: CandidateSink | undefined;
export function setCandidateSink(s: CandidateSink | undefined): void {
  sink = s;
}

export const tripleOf = (c: { source: Actor; target: Actor | null; trigger: Trigger }) =>
  `${c.source.country}>${c.target?.country ?? '-'}:${c.trigger.type}`;

/** Whether a sink is listening: the coder builds a sentence's view only then. */
export const collectingCandidates = () => sink !== undefined;

/** Hands the sentence's candidates to the sink (the rules' triples of the sentence, any flag, are skipped by it). */
export function offerCandidates(view: ArgumentView): void {
  if (!sink) return;
  const parties = view.actors.filter((a) => a.country !== null);
  if (parties.length === 0) return;
  const ruleTriples = new Set<string>();
  for (const e of view.ruled) if (e.source) ruleTriples.add(`${e.source}>${e.target ?? '-'}:${e.type}`);
  sink(sentenceCandidates(view, parties, ruleTriples), ruleTriples, view.tokens);
}

function sentenceCandidates(view: ArgumentView, parties: Actor[], ruleTriples: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  for (let i = view.first; i < view.last; i++) {
    if (view.tokens[i].kind !== 'arabic' || view.insideActor(i)) continue;
    const readings = view.readings(i);
    if (readings.length === 0) continue;
    const near = parties.filter((a) => wordsApart(view, i, a) <= PARTY_REACH);
    if (near.length === 0) continue;
    for (const trigger of readings) {
      const { negated, hypothetical } = view.flags(trigger, i);
      const shared = triggerFeatures(view, trigger, i, near.length, hypothetical, ruleTriples);
      const here = view.ruled.filter((e) => e.at === view.tokens[i].start && e.type === trigger.type);
      for (const source of near) {
        const s = [...partyFeatures(view, trigger, i, source, 's'), ...ruledAtTrigger(here, source.country, 's')];
        for (const target of near) {
          if (target.country === source.country || !view.codable(trigger, source, target)) continue;
          const t = [...partyFeatures(view, trigger, i, target, 't'), ...ruledAtTrigger(here, target.country, 't')];
          const features = [...shared, ...s, ...t, ...pairFeatures(view, i, source, target)];
          out.push({ i, trigger, source, target, negated, features });
        }
        if (trigger.type === 'REJECT' && trigger.cameo.root === DENIAL_ROOT && view.codable(trigger, source, null))
          out.push({ i, trigger, source, target: null, negated, features: [...shared, ...s, 't:none'] });
      }
    }
  }
  return out;
}

/** Words between token i and party a (0 when adjacent). */
/** Whether the rules coded the trigger (with its type) at all, and with this party in this role. */
function ruledAtTrigger(here: RuledEvent[], country: string | null, role: 's' | 't'): string[] {
  const same = here.some((e) => (role === 's' ? e.source : e.target) === country);
  return [`${role}:ruled-trigger:${here.length > 0}|${same}`];
}

/** Whether a word before token i in its clause embeds what follows (its content is no event of its own). */
function embeddedAt(view: ArgumentView, i: number): boolean {
  for (let k = i - 1; k >= view.first && view.inClause(i, k); k--) if (view.embeds(k)) return true;
  return false;
}

function wordsApart(view: ArgumentView, i: number, a: Actor): number {
  const [from, to] = a.last <= i ? [a.last, i] : [i + 1, a.first];
  let words = 0;
  for (let k = from; k < to; k++) if (view.isWord(k)) words++;
  return words;
}

function distanceBucket(d: number): string {
  if (d <= 1) return String(d);
  if (d <= 3) return '2-3';
  if (d <= 6) return '4-6';
  if (d <= 10) return '7-10';
  return '11+';
}

function triggerFeatures(
  view: ArgumentView,
  trigger: Trigger,
  i: number,
  parties: number,
  hypothetical: boolean,
  ruleTriples: Set<string>,
): string[] {
  const v = trigger.verbal ? 'v' : 'n';
  const T = trigger.type;
  const ruled = [...ruleTriples].some((t) => t.endsWith(`:${T}`));
  return [
    `type:${T}`,
    `type-form:${T}|${v}`,
    `args:${trigger.args}|${v}`,
    `root:${trigger.cameo.root}`,
    `aside:${view.isAside(i)}`,
    `embedded:${embeddedAt(view, i)}|${T}`,
    `phrase:${trigger.with.size > 0}|${view.hasPhraseWord(trigger, i)}`,
    `hypothetical:${hypothetical}`,
    `parties:${Math.min(parties, 5)}`,
    `rules-coded-type:${ruled}`,
  ];
}

/** The particle that governs a party: a preposition word before it, a glued ب/ل, a conjunction, or none. */
function particleBefore(view: ArgumentView, a: Actor): string {
  const glued = view.tokens[a.first].proclitics.find((c) => c === 'ب' || c === 'ل');
  if (glued) return glued;
  const prev = a.first - 1 >= view.first ? view.tokens[a.first - 1] : undefined;
  if (prev && view.isPreposition(prev.norm)) return prev.norm;
  if (view.tokens[a.first].proclitics[0] === 'و' || prev?.norm === 'و') return 'و';
  return prev && !view.isWord(a.first - 1) ? `punct:${prev.text}` : 'none';
}

function partyFeatures(view: ArgumentView, trigger: Trigger, i: number, a: Actor, role: 's' | 't'): string[] {
  const v = trigger.verbal ? 'v' : 'n';
  const T = trigger.type;
  const before = a.last <= i;
  const side = before ? 'before' : 'after';
  const [from, to] = before ? [a.last, i] : [i + 1, a.first];
  const d = distanceBucket(wordsApart(view, i, a));
  const particle = particleBefore(view, a);
  let comma = false;
  let quote = false;
  let otherTrigger = false;
  let otherParty = false;
  for (let k = from; k < to; k++) {
    const text = view.tokens[k].text;
    if (text === '،' || text === ',') comma = true;
    if (/^["«»“”]$/.test(text)) quote = true;
    if (!otherTrigger && view.tokens[k].kind === 'arabic' && !view.insideActor(k) && view.readings(k).length > 0)
      otherTrigger = true;
    if (!otherParty && view.actors.some((b) => b !== a && b.first === k)) otherParty = true;
  }
  const clause = view.inClause(i, a.first) ? 'same' : 'other';
  const expected = role === 't' && trigger.particles.has(particle) ? 'particle' : 'free';
  return [
    `${role}:side:${side}|${v}`,
    `${role}:side-type:${side}|${T}`,
    `${role}:dist:${d}|${side}|${v}`,
    `${role}:kind:${a.kind}`,
    `${role}:kind-side:${a.kind}|${side}`,
    `${role}:particle:${particle}|${side}`,
    `${role}:particle-args:${particle}|${trigger.args}`,
    `${role}:particle-type:${particle}|${side}|${T}`,
    `${role}:kind-side-form:${a.kind}|${side}|${v}|${clause}`,
    `${role}:expected:${expected}|${side}|${v}`,
    `${role}:subject:${a === view.subject}`,
    `${role}:clause:${clause}`,
    `${role}:comma:${comma}|${side}`,
    `${role}:quote:${quote}`,
    `${role}:trigger-between:${otherTrigger}`,
    `${role}:party-between:${otherParty}|${side}`,
    `${role}:aside:${view.isAside(a.first)}`,
  ];
}

function pairFeatures(view: ArgumentView, i: number, s: Actor, t: Actor): string[] {
  const order = s.first < t.first ? 'st' : 'ts';
  const sides = `${s.last <= i ? 'b' : 'a'}${t.last <= i ? 'b' : 'a'}`;
  const joined = t.first > s.last && view.tokens[t.first].proclitics[0] === 'و' && t.first - s.last <= 1;
  return [`order:${order}|${sides}`, `joined:${joined}`, `same-kind:${s.kind === t.kind}`];
}
