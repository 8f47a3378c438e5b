// Time expressions resolved to ISO 8601 values: the `times` layer of the pipeline.
import { MarsadError } from '../doc/errors.js';
import type { Doc, Stage, TimeExpr } from '../doc/types.js';
import { parseIsoDate, type Ymd } from './calendar.js';
import { findTimesAt } from './find.js';

/** The publication date as a calendar date; throws a MarsadError when it is not an ISO date. */
export function parsePublished(published: string | null): Ymd | null {
  if (published === null || published.trim() === '') return null;
  const date = parseIsoDate(published);
  if (!date) throw new MarsadError(`invalid publication date "${published}": expected YYYY-MM-DD`);
  return date;
}

/**
 * Finds the time expressions of `text` (spans into `text`) and resolves them against the
 * publication date `published` (YYYY-MM-DD or ISO date-time; null = unknown: relative expressions
 * get a null value).
 */
export function findTimes(text: string, published: string | null): TimeExpr[] {
  return findTimesAt(text, parsePublished(published));
}

/** Pipeline stage: fills doc.layers.times; an unusable publication date becomes a warning. */
export const timeStage: Stage = {
  name: 'times',
  run(doc: Doc): void {
    let pub: Ymd | null = null;
    try {
      pub = parsePublished(doc.meta.published);
    } catch (err) {
      doc.meta.warnings.push(`times: ${(err as Error).message}; relative dates left unresolved`);
    }
    doc.layers.times = findTimesAt(doc.text, pub);
  },
};
