// A fixed split of benchmark pages into dev (inspected and tuned on) and held-out (scored, never inspected).
import { createHash } from 'node:crypto';

/** About a third of the pages are held out, chosen by a hash of the page id so the split never changes. */
export function isHeldOut(pageId: string): boolean {
  const digest = createHash('sha256').update(`marsad-html-split:${pageId}`).digest();
  return digest.readUInt32BE(0) % 3 === 0;
}
