// What the selection scripts of entity rounds 16–18 (drawn in the sessions of events dev batches 15 and 16) and of
// rounds 20–22 share.
import path from 'node:path';
import {
  addedAfter,
  auditReadPositions,
  entityRoundDraw,
  eventBatchDraw,
  goldArticleBody,
  goldArticlePaths,
  type RoundDrawOptions,
  type SelectionCandidate,
} from '../eval/lib/gold.js';

/** Gold articles as they stood after round 15 and batch 14, plus events dev batch 15's draw. */
export function round16Taken(): Set<string> {
  const taken = goldArticlePaths(addedAfter(15, 14));
  for (const c of eventBatchDraw(15)) taken.add(c.rel);
  return taken;
}

/** The positions read in full, as round 15's script computes them. */
export function round16Read(): Set<string> {
  return new Set([
    ...auditReadPositions(goldArticlePaths(addedAfter(14, 14))),
    ...auditReadPositions(goldArticlePaths(addedAfter(13, 14))),
    ...auditReadPositions(goldArticlePaths(addedAfter(12, 14))),
  ]);
}

/**
 * The draw of a round once outlets run out of candidates (rounds 20–22): the first salt's articles, then, drawn
 * with those also taken, the first candidate of each outlet under the second salt (and under each further salt in
 * turn, round 22). Prints each drawn article (path, characters, order) and, with --texts, its raw <TEXT>.
 */
export function printTwoSaltDraw(taken: Set<string>, salt: string, ...laterSalts: string[]): void {
  const read = round16Read();
  const drawn = entityRoundDraw(salt, taken, read, true);
  for (const later of laterSalts) {
    for (const c of drawn) taken.add(c.rel);
    const outlets = new Set<string>();
    drawn.push(
      ...entityRoundDraw(later, taken, read, true).filter((c) => {
        const outlet = c.rel.split('/').slice(0, 2).join('/');
        if (outlets.has(outlet)) return false;
        outlets.add(outlet);
        return true;
      }),
    );
  }
  printDrawn(drawn);
}

/**
 * The draw of a round that reaches past the first pools (round 28): one salt, with `options` setting the length bounds,
 * the outlets and the candidates per outlet; `excluded` (another draw in progress) is taken too. Printed as above.
 */
export function printOutletDraw(
  taken: Set<string>,
  excluded: Iterable<string>,
  salt: string,
  options: RoundDrawOptions,
): void {
  for (const rel of excluded) taken.add(rel);
  printDrawn(entityRoundDraw(salt, taken, round16Read(), true, options));
}

/** Each drawn article's path, size and hash prefix, then with --texts its raw <TEXT>. */
function printDrawn(drawn: SelectionCandidate[]): void {
  for (const c of drawn) console.log(`${c.rel}\t${c.chars}\t${c.order.slice(0, 12)}`);
  if (process.argv.includes('--texts')) {
    for (const c of drawn) console.log(`\n=== ${path.basename(c.rel)}\n${goldArticleBody({ file: c.rel })}`);
  }
}
