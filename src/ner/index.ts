export { addToScore, chunksOf, emptyScore, formatScore, parseConll, readConll, splitCorpus } from './conll.js';
export { analyzeWord, FeatureExtractor, type FeatureToken } from './features.js';
export { entityGroupStage, groupMentions } from './group.js';
export { NerModel } from './model.js';
export { nameOffset } from './name-start.js';
export { nerStage } from './stage.js';
export { NerTagger, SHIPPED_MODEL } from './tagger.js';
