// The linking pipeline stage: fills doc.layers.entities from the tokens and the NER mentions.
import type { Doc, Stage } from '../doc/types.js';
import { linkEntities } from './link.js';

export const linkStage: Stage = {
  name: 'entities',
  run(doc: Doc): void {
    const { entities, warnings } = linkEntities(doc);
    doc.layers.entities = entities;
    doc.meta.warnings.push(...warnings);
  },
};
