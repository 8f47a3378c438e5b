// The analysis stages in pipeline order. Each reads earlier layers and fills its own.
import { sentenceStage, tokenStage } from '../arabic/stage.js';
import type { Stage } from '../doc/types.js';
import { linkStage } from '../entities/stage.js';
import { eventStage } from '../events/index.js';
import { nerStage } from '../ner/index.js';
import { quoteStage } from '../quotes/index.js';
import { timeStage } from '../time/index.js';

export function defaultStages(): Stage[] {
  return [tokenStage, sentenceStage, timeStage, nerStage, linkStage, quoteStage, eventStage];
}

/** The default stages up to and including the one named `name` (its layer: 'mentions', 'entities', …). */
export function stagesThrough(name: string): Stage[] {
  const stages = defaultStages();
  const at = stages.findIndex((s) => s.name === name);
  if (at < 0) throw new Error(`no pipeline stage named ${name}`);
  return stages.slice(0, at + 1);
}
