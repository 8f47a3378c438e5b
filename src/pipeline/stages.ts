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
