// The cue and source lexicons (data/quotes/*.tsv), loaded once and keyed by normalized form.

import { readTsv } from '../arabic/data.js';
import { normalizeForMatch } from '../arabic/normalize.js';
import type { Token } from '../doc/types.js';

export type CueKind = 'verb' | 'adverb' | 'noun';
export type CueMode = 'direct' | 'reported' | 'both';

export interface Cue {
  lemma: string;
  kind: CueKind;
  polarity: 'assert' | 'deny';
  mode: CueMode;
  /** Normalized complementizers, each as a list of words (إلى أن → ['الي', 'ان']). */
  complements: string[][];
  /** Whether a colon may introduce the quote right after the cue (قال: "…"). */
  colon: boolean;
}

export interface QuoteLexicon {
  cues: Map<string, Cue>;
  sources: Set<string>;
}

let cached: QuoteLexicon | undefined;

export function quoteLexicon(): QuoteLexicon {
  cached ??= { cues: loadCues(), sources: loadSources() };
  return cached;
}

function loadCues(): Map<string, Cue> {
  const cues = new Map<string, Cue>();
  for (const [lemma, forms, kind, polarity, mode, complements = ''] of readTsv('quotes/cues.tsv').slice(1)) {
    const words = complements.split(',').filter((c) => c !== '');
    const cue: Cue = {
      lemma,
      kind: kind as CueKind,
      polarity: polarity === 'deny' ? 'deny' : 'assert',
      mode: mode as CueMode,
      complements: words.filter((c) => c !== ':').map((c) => normalizeForMatch(c).split(' ')),
      colon: words.includes(':'),
    };
    for (const form of forms.split(',')) cues.set(normalizeForMatch(form.trim()), cue);
  }
  return cues;
}

function loadSources(): Set<string> {
  return new Set(
    readTsv('quotes/sources.tsv')
      .slice(1)
      .map(([noun]) => stripArticle(normalizeForMatch(noun))),
  );
}

/** The normalized form without the definite article (for comparing nouns). */
export function stripArticle(norm: string): string {
  return norm.length > 3 && norm.startsWith('ال') ? norm.slice(2) : norm;
}

/** The cue a token is, matched on its normalized form, its stem, or its form without a leading و/ف. */
export function cueOf(token: Token, lexicon: QuoteLexicon): Cue | undefined {
  if (token.kind !== 'arabic') return undefined;
  const { norm, stem } = token;
  return (
    lexicon.cues.get(norm) ??
    lexicon.cues.get(stem) ??
    (/^[وف]/.test(norm) && norm.length > 3 ? lexicon.cues.get(norm.slice(1)) : undefined)
  );
}

/** Whether a token is a source noun (بيان، لبيان، المصادر، ووكالة …). */
export function isSourceNoun(token: Token, lexicon: QuoteLexicon): boolean {
  const candidates = [token.norm, token.stem, token.norm.replace(/^[وفبل]+/, '')];
  return candidates.some((c) => lexicon.sources.has(stripArticle(c)));
}
