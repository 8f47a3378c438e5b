// The one document model. Every annotation is a stand-off span of UTF-16 offsets into `Doc.text`
// (the clean article body), half-open [start, end). The text is never rewritten once the Doc exists.

export interface Span {
  start: number;
  end: number;
}

export type SourceKind = 'text' | 'html' | 'feed' | 'jsonl' | 'trec' | 'url';

export interface SourceInfo {
  kind: SourceKind;
  path?: string;
  url?: string;
}

export type BlockKind = 'paragraph' | 'subheading';

/** A block of the clean body as a reader produced it, before it is joined into the body text. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
}

export interface RelatedLink {
  title: string;
  url?: string;
}

export interface RemovedFurniture {
  kind: string;
  text: string;
}

/** What every reader produces: the article, its clean blocks and the furniture moved aside. */
export interface Article {
  source: SourceInfo;
  title: string;
  published: string | null;
  lang?: string;
  author?: string;
  section?: string;
  canonicalUrl?: string;
  /** The encoding the bytes were decoded from, when the reader decoded bytes. */
  encoding?: string;
  blocks: RawBlock[];
  captions: string[];
  credits: string[];
  related: RelatedLink[];
  removed: RemovedFurniture[];
  /** Non-fatal problems met while reading (e.g. "no article content found"). */
  warnings: string[];
}

export interface ArticleMeta {
  source: SourceInfo;
  title: string;
  published: string | null;
  lang: string;
  author?: string;
  section?: string;
  canonicalUrl?: string;
  encoding?: string;
  captions: string[];
  credits: string[];
  related: RelatedLink[];
  removed: RemovedFurniture[];
  warnings: string[];
}

export interface Block extends Span {
  kind: BlockKind;
}

export interface Token extends Span {
  /** The surface form: text.slice(start, end). */
  text: string;
  /** Coarse class of the token. */
  kind: TokenKind;
  /** Normalized form for matching (see src/arabic/normalize.ts); never shown to users. */
  norm: string;
  /** Proclitics split off the normalized form, in order (e.g. ['و', 'ال']). */
  proclitics: string[];
  /** The normalized form without clitics. */
  stem: string;
  /** Enclitic split off the normalized form, or '' (e.g. 'ها'). */
  enclitic: string;
  /** Where the stem starts within the token (after proclitics), as a UTF-16 offset relative to `start`. */
  stemOffset: number;
  /** Where the stem ends within the token (before an enclitic), relative to `start`. */
  stemEnd: number;
}

export type TokenKind =
  | 'arabic'
  | 'latin'
  | 'number'
  | 'punct'
  | 'quote'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'symbol';

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** A named-entity mention found by NER, before linking. Offsets exclude clitics (لروسيا → روسيا). */
export interface Mention extends Span {
  type: EntityType;
  text: string;
  /** Confidence in [0, 1] when the tagger provides one. */
  score?: number;
}

export interface EntityMention extends Span {
  text: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  nameEn?: string;
  wikidata?: string;
  country?: string;
  /** Canonical gazetteer id (e.g. "country:RU", "person:Q7747"), or a document-local normalized key. */
  key?: string;
  mentions: EntityMention[];
}

export interface Quote extends Span {
  text: string;
  direct: boolean;
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  /** Span of the speaker mention or pronoun cue when known. */
  speakerSpan?: Span;
  /** Polarity of the cue verb (e.g. denial for نفى), from the cue lexicon. */
  polarity?: 'assert' | 'deny';
}

export interface TimeExpr extends Span {
  text: string;
  value: string | null;
  /** What kind of expression it was: date, month, year, range, relative, weekday, hijri, decade, century, duration. */
  kind?: string;
}

export interface EventRecord {
  type: string;
  mode?: string;
  cameo: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  source: string | null;
  target: string | null;
  sourceCountry: string | null;
  targetCountry: string | null;
  date: string | null;
  negated: boolean;
  hypothetical: boolean;
  sentence: Span;
  trigger: Span & { text: string };
  /** Further mentions of the same event merged into this one (provenance). */
  mentions?: { sentence: Span; trigger: Span & { text: string } }[];
}

export interface Layers {
  blocks: Block[];
  tokens: Token[];
  sentences: Span[];
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpr[];
  events: EventRecord[];
}

export interface Doc {
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly layers: Layers;
}

/** A pipeline stage reads the layers it needs and fills exactly one layer. */
export interface Stage {
  readonly name: string;
  run(doc: Doc): void;
}

/** The contract's analysis JSON (see docs/contract.md and schema/analysis.schema.json). */
export interface Analysis {
  id: string;
  source: SourceInfo;
  title: string;
  published: string | null;
  lang: string;
  body: string;
  blocks: Block[];
  captions: string[];
  credits: string[];
  related: RelatedLink[];
  removed: RemovedFurniture[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpr[];
  events: EventRecord[];
  warnings?: string[];
}
