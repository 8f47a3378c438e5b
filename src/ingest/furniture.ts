// Page-furniture rules: the patterns live in data/furniture/furniture.tsv (see its header); this module
// compiles them once and answers "is this line furniture, and what is it?".

import { readFileSync } from 'node:fs';
import { dataPath } from '../arabic/data.js';
import { MarsadError } from '../doc/errors.js';

export type FurnitureAction = 'remove' | 'credit' | 'caption' | 'related';

/** A furniture line: what it is, what to do with it, and its payload (original text, trimmed). */
export interface FurnitureMatch {
  kind: string;
  action: FurnitureAction;
  payload: string;
}

/** An opening line of a skip block, with the test for its closing line. */
export interface BlockStart {
  title: string;
  kind: string;
  /** 'related' when bullets inside the block are related stories. */
  action: FurnitureAction;
  isEnd(line: string): boolean;
}

export interface FurnitureRules {
  matchLine(line: string): FurnitureMatch | null;
  matchBlockStart(line: string): BlockStart | null;
}

type MatchKind = 'exact' | 'prefix' | 'regex' | 'block-start' | 'block-end' | 'block-title';

interface Row {
  pattern: string;
  match: MatchKind;
  kind: string;
  action: FurnitureAction;
  line: number;
}

const MATCH_KINDS = new Set<MatchKind>(['exact', 'prefix', 'regex', 'block-start', 'block-end', 'block-title']);
const ACTIONS = new Set<FurnitureAction>(['remove', 'credit', 'caption', 'related']);
const TITLE_SLOT = '%title%';

// Diacritics (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) and tatweel.
const IGNORED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
const ALEF_VARIANTS = /[أإآٱ]/u;

/** Text normalized for matching, with the original index of every normalized character. */
export interface NormalizedText {
  text: string;
  /** origin[i] = index in the original string of text[i]; origin[text.length] = original length. */
  origin: number[];
}

/** Normalization for matching only: drops diacritics/tatweel, unifies alef forms, collapses whitespace. */
export function normalizeForMatch(input: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string;
    if (/\s/u.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (IGNORED.test(ch)) continue;
    if (pendingSpace >= 0) {
      if (text !== '') {
        text += ' ';
        origin.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    text += ALEF_VARIANTS.test(ch) ? 'ا' : ch;
    origin.push(i);
  }
  origin.push(input.length);
  return { text, origin };
}

function normalized(s: string): string {
  return normalizeForMatch(s).text;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseRows(tsv: string, fileName: string): Row[] {
  const rows: Row[] = [];
  tsv.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const [pattern, match, kind, action] = line.split('\t');
    if (!pattern || !MATCH_KINDS.has(match as MatchKind) || !kind || !ACTIONS.has(action as FurnitureAction)) {
      throw new MarsadError(`${fileName}:${index + 1}: malformed furniture rule`, 'data');
    }
    rows.push({ pattern, match: match as MatchKind, kind, action: action as FurnitureAction, line: index + 1 });
  });
  return rows;
}

/** Original text of the normalized range [start, end), trimmed. */
function originalSlice(line: string, norm: NormalizedText, start: number, end: number): string {
  const from = norm.origin[start] ?? line.length;
  const to = end >= norm.text.length ? line.length : (norm.origin[end] ?? line.length);
  return line.slice(from, to).trim();
}

type LineTest = (line: string, norm: NormalizedText) => FurnitureMatch | null;

function compileLineTest(row: Row, fileName: string): LineTest {
  const { kind, action } = row;
  if (row.match === 'exact') {
    const target = normalized(row.pattern);
    return (_line, norm) => (norm.text === target ? { kind, action, payload: '' } : null);
  }
  if (row.match === 'prefix') {
    const prefix = normalized(row.pattern);
    return (line, norm) =>
      norm.text.startsWith(prefix)
        ? { kind, action, payload: originalSlice(line, norm, prefix.length, norm.text.length) }
        : null;
  }
  let regex: RegExp;
  try {
    regex = new RegExp(normalized(row.pattern), 'du');
  } catch {
    throw new MarsadError(`${fileName}:${row.line}: invalid regex in furniture rule`, 'data');
  }
  return (line, norm) => {
    const m = regex.exec(norm.text);
    if (!m) return null;
    const group = m.indices?.[1];
    const payload = group ? originalSlice(line, norm, group[0], group[1]) : '';
    return { kind, action, payload };
  };
}

function templateRegex(template: string): RegExp {
  const [before = '', after = ''] = normalized(template).split(TITLE_SLOT);
  return new RegExp(`^${escapeRegex(before)}(.+?)${escapeRegex(after)}$`, 'u');
}

/** Compiles the furniture table. */
export function compileFurniture(tsv: string, fileName = 'furniture.tsv'): FurnitureRules {
  const rows = parseRows(tsv, fileName);
  const lineTests = rows
    .filter((r) => r.match === 'exact' || r.match === 'prefix' || r.match === 'regex')
    .map((r) => compileLineTest(r, fileName));
  const starts = rows.filter((r) => r.match === 'block-start');
  const ends = rows.filter((r) => r.match === 'block-end');
  const titles = new Map(rows.filter((r) => r.match === 'block-title').map((r) => [normalized(r.pattern), r]));

  const startTemplates = starts.map((r) => ({ row: r, regex: templateRegex(r.pattern) }));
  const endTemplates = ends.map((r) => normalized(r.pattern));

  function blockKind(title: string, templateKind: string): { kind: string; action: FurnitureAction } {
    const listed = titles.get(title);
    if (listed) return { kind: listed.kind, action: listed.action };
    return { kind: templateKind, action: 'remove' };
  }

  return {
    matchLine(line) {
      const norm = normalizeForMatch(line.trim());
      if (norm.text === '') return null;
      for (const test of lineTests) {
        const hit = test(line.trim(), norm);
        if (hit) return hit;
      }
      return null;
    },
    matchBlockStart(line) {
      const text = normalized(line);
      for (const { row, regex } of startTemplates) {
        const m = regex.exec(text);
        if (!m?.[1]) continue;
        const title = m[1].trim();
        const closings = new Set(endTemplates.map((t) => t.replace(TITLE_SLOT, title)));
        const { kind, action } = blockKind(title, row.kind);
        return { title, kind, action, isEnd: (candidate) => closings.has(normalized(candidate)) };
      }
      return null;
    },
  };
}

const compiled = new Map<string, FurnitureRules>();

/** A shipped furniture table (data/furniture/<fileName>), compiled on first use. */
export function shippedFurnitureRules(fileName: string): FurnitureRules {
  let rules = compiled.get(fileName);
  if (!rules) {
    const path = dataPath(`furniture/${fileName}`);
    let tsv: string;
    try {
      tsv = readFileSync(path, 'utf8');
    } catch {
      throw new MarsadError(`cannot read furniture rules at ${path}`, 'data');
    }
    rules = compileFurniture(tsv, fileName);
    compiled.set(fileName, rules);
  }
  return rules;
}

/** The Arabic news furniture rules (page dumps and HTML blocks alike). */
export function furnitureRules(): FurnitureRules {
  return shippedFurnitureRules('furniture.tsv');
}
