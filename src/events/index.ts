// Political event coding (PLOVER types with CAMEO codes): the pipeline stage and its parts.
import type { Doc, Stage } from '../doc/types.js';
import { codeEvents } from './code.js';
import { mergeDuplicates } from './dedupe.js';

export { type Actor, findActors } from './actors.js';
export { type CodedEvent, codeEvents, triggerTypes } from './code.js';
export { mergeDuplicates } from './dedupe.js';
export { eventLexicon } from './lexicon.js';

/** Events of the body only: the headline, captions and related links are not coded (they are not in doc.text). */
export const eventStage: Stage = {
  name: 'events',
  run(doc: Doc): void {
    doc.layers.events = mergeDuplicates(codeEvents(doc));
  },
};
