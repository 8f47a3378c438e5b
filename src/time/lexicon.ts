// The time lexicons in data/time, loaded once and folded for matching (see fold.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../arabic/data.js';
import { fold } from './fold.js';

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

export interface MonthName {
  calendar: 'gregorian' | 'hijri';
  month: number;
  name: string;
  ambiguous: boolean;
}

export interface TimeLexicon {
  months: MonthName[];
  /** folded relative phrase → unit and offset from the publication date */
  relative: Map<string, { unit: Unit; offset: number }>;
  weekdays: Map<string, number>;
  cardinals: Map<string, number>;
  ordinals: Map<string, number>;
  ordinalTeens: Set<string>;
  ordinalTens: Map<string, number>;
  decades: Map<string, number>;
  units: Map<string, { unit: Unit; count: number }>;
  futureCues: string[];
  yearContext: Set<string>;
  notToday: Set<string>;
  notVerbs: Set<string>;
}

function readRows(dir: string, file: string): string[][] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

function loadLexicon(): TimeLexicon {
  const dir = dataPath('time');
  const lexicon: TimeLexicon = {
    months: readRows(dir, 'months.tsv').map(([calendar, month, name, , ambiguous]) => ({
      calendar: calendar as MonthName['calendar'],
      month: Number(month),
      name: fold(name),
      ambiguous: ambiguous === '1',
    })),
    relative: new Map(
      readRows(dir, 'relative.tsv').map(([phrase, unit, offset]) => [
        fold(phrase),
        { unit: unit as Unit, offset: Number(offset) },
      ]),
    ),
    weekdays: new Map(readRows(dir, 'weekdays.tsv').map(([name, day]) => [fold(name), Number(day)])),
    cardinals: new Map(),
    ordinals: new Map(),
    ordinalTeens: new Set(),
    ordinalTens: new Map(),
    decades: new Map(),
    units: new Map(
      readRows(dir, 'units.tsv').map(([word, unit, count]) => [
        fold(word),
        { unit: unit as Unit, count: Number(count) },
      ]),
    ),
    futureCues: [],
    yearContext: new Set(),
    notToday: new Set(),
    notVerbs: new Set(),
  };
  for (const [kind, word, value] of readRows(dir, 'numbers.tsv')) {
    const key = fold(word);
    if (kind === 'cardinal') lexicon.cardinals.set(key, Number(value));
    else if (kind === 'ordinal') lexicon.ordinals.set(key, Number(value));
    else if (kind === 'ordinal-teen') lexicon.ordinalTeens.add(key);
    else if (kind === 'ordinal-tens') lexicon.ordinalTens.set(key, Number(value));
    else if (kind === 'decade') lexicon.decades.set(key, Number(value));
  }
  for (const [kind, phrase] of readRows(dir, 'cues.tsv')) {
    if (kind === 'future') lexicon.futureCues.push(fold(phrase));
    else if (kind === 'year-before') lexicon.yearContext.add(fold(phrase));
    else if (kind === 'not-today') lexicon.notToday.add(fold(phrase));
    else if (kind === 'not-verb') lexicon.notVerbs.add(fold(phrase));
  }
  return lexicon;
}

let cached: TimeLexicon | undefined;

export function timeLexicon(): TimeLexicon {
  cached ??= loadLexicon();
  return cached;
}
