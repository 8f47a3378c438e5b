export { buildGazetteer, type Gazetteer, loadGazetteer, nameKey } from './gazetteer.js';
export { type LinkOptions, type LinkResult, linkEntities } from './link.js';
export { linkStage } from './stage.js';
