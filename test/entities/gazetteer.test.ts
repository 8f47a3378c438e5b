import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { dataPath } from '../../src/arabic/data.js';
import { MarsadError } from '../../src/doc/errors.js';
import {
  buildGazetteer,
  COUNTRY_COLUMNS,
  Gazetteer,
  type GazetteerEntry,
  INDEX_FILE,
  keyTokens,
  loadGazetteer,
  ORG_COLUMNS,
  PEOPLE_COLUMNS,
  PLACE_COLUMNS,
  ROLES,
  readIndex,
  SOURCE_FILES,
} from '../../src/entities/gazetteer.js';

const dir = dataPath('gazetteer');
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const isIso2 = (code: string) => /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

interface TsvRow {
  line: number;
  cells: string[];
  get(column: string): string;
}

/** Reads a data file as written: its # comment lines, its header and its rows (with line numbers). */
function readTsvWithHeader(file: string): { comments: string[]; header: string[]; rows: TsvRow[] } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const comments = lines.filter((l) => l.startsWith('#'));
  const body = lines.map((text, i) => ({ text, line: i + 1 })).filter((l) => l.text !== '' && !l.text.startsWith('#'));
  const header = body[0].text.split('\t');
  const rows = body.slice(1).map(({ text, line }) => {
    const cells = text.split('\t');
    return { line, cells, get: (column: string) => cells[header.indexOf(column)] ?? '' };
  });
  return { comments, header, rows };
}

function ids(candidates: { entry: GazetteerEntry }[]): string[] {
  return candidates.map((c) => c.entry.id);
}

describe('gazetteer data files', () => {
  const files = {
    'countries.tsv': COUNTRY_COLUMNS,
    'places.tsv': PLACE_COLUMNS,
    'organizations.tsv': ORG_COLUMNS,
    'people.tsv': PEOPLE_COLUMNS,
  };

  for (const [file, columns] of Object.entries(files)) {
    it(`${file} has a # header, the required columns and the id/name cells filled`, () => {
      const { comments, header, rows } = readTsvWithHeader(path.join(dir, file));
      assert.ok(comments.length >= 3, 'header comment describes columns and sources');
      assert.deepEqual(
        columns.filter((c) => !header.includes(c)),
        [],
      );
      assert.ok(rows.length > 0);
      for (const r of rows) {
        assert.equal(r.cells.length, header.length, `line ${r.line}: ${r.cells.length} cells`);
        const id = r.get('iso2') || r.get('id');
        assert.ok(id, `line ${r.line}: id`);
        assert.ok(r.get('name_ar'), `line ${r.line}: name_ar`);
      }
    });
  }

  it('has every country and place code known to ICU, and ids are unique', () => {
    const g = loadGazetteer();
    assert.ok(g.countries.size >= 249);
    for (const c of g.countries.values()) assert.ok(isIso2(c.iso2), c.iso2);
    for (const p of g.places.values()) assert.ok(p.country === '' || isIso2(p.country), `${p.id} ${p.country}`);
    for (const o of g.organizations.values()) assert.ok(!o.country || isIso2(o.country), `${o.id} ${o.country}`);
    for (const p of g.people.values()) assert.ok(isIso2(p.country), `${p.id} ${p.country}`);
    for (const file of ['countries.tsv', 'places.tsv', 'organizations.tsv']) {
      const keys = readTsvWithHeader(path.join(dir, file)).rows.map((r) => r.get('iso2') || r.get('id'));
      assert.equal(new Set(keys).size, keys.length, `duplicate id in ${file}`);
    }
  });

  it('repeats the same name and country on every row of a person', () => {
    const first = new Map<string, string>();
    for (const r of readTsvWithHeader(path.join(dir, 'people.tsv')).rows) {
      const identity = [r.get('name_ar'), r.get('name_en'), r.get('country'), r.get('wikidata')].join('|');
      assert.equal(first.get(r.get('id')) ?? identity, identity, `people.tsv line ${r.line}`);
      first.set(r.get('id'), identity);
    }
  });

  it('has valid roles and date ranges, and no two holders of one office at once', () => {
    const g = loadGazetteer();
    assert.ok(g.people.size >= 300, `${g.people.size} people`);
    const offices = new Map<string, { id: string; start: string; end: string | null }[]>();
    for (const p of g.people.values()) {
      if (p.wikidata) assert.match(p.wikidata, /^Q\d+$/);
      for (const t of p.terms) {
        assert.ok(ROLES.includes(t.role), `${p.id} role ${t.role}`);
        assert.ok(t.roleAr, `${p.id} role_ar`);
        assert.match(t.start, DATE, `${p.id} start`);
        if (t.end !== null) {
          assert.match(t.end, DATE, `${p.id} end`);
          assert.ok(t.end >= t.start, `${p.id}: ${t.start} > ${t.end}`);
        }
        if (t.role === 'other') continue;
        const key = `${t.role}:${t.country}`;
        offices.set(key, [...(offices.get(key) ?? []), { id: p.id, start: t.start, end: t.end }]);
      }
    }
    for (const [office, terms] of offices) {
      terms.sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < terms.length; i++) {
        const prev = terms[i - 1];
        const handover = prev.end !== null && terms[i].start.startsWith(prev.end.slice(0, terms[i].start.length));
        assert.ok(
          handover || (prev.end !== null && prev.end < terms[i].start),
          `${office}: ${prev.id} (${prev.start}–${prev.end ?? ''}) overlaps ${terms[i].id} (${terms[i].start})`,
        );
      }
    }
  });
});

describe('gazetteer lookups', () => {
  const g = loadGazetteer();

  it('finds Putin by full name, surname and a common misspelling', () => {
    for (const name of ['بوتين', 'فلاديمير بوتين', 'بوتن', 'فلاديمير بوتينْ']) {
      assert.deepEqual(ids(g.lookup(name)), ['vladimir-putin'], name);
    }
    const putin = g.people.get('vladimir-putin');
    assert.equal(putin?.wikidata, 'Q7747');
    assert.equal(putin?.nameEn, 'Vladimir Putin');
  });

  it('finds NATO by its Arabic acronym, with and without the article', () => {
    assert.deepEqual(ids(g.lookup('ناتو')), ['nato']);
    assert.deepEqual(ids(g.lookup('الناتو')), ['nato']);
    assert.deepEqual(ids(g.lookup('حلف شمال الأطلسي')), ['nato']);
  });

  it('resolves the Kremlin as a metonym and the feminine demonym to Russia', () => {
    const kremlin = g.lookup('الكرملين').find((c) => c.entry.kind === 'country');
    assert.equal(kremlin?.entry.id, 'RU');
    assert.equal(kremlin?.via, 'metonym');
    const demonym = g.lookup('الروسية');
    assert.equal(demonym[0]?.entry.id, 'RU');
    assert.equal(demonym[0]?.via, 'demonym');
  });

  it('folds spelling variants of the United States into one country', () => {
    for (const name of ['أمريكا', 'أميركا', 'الولايات المتحدة', 'الولايات المتحدة الأميركية', 'الأمريكيين', 'واشنطن']) {
      assert.ok(ids(g.lookup(name)).includes('US'), name);
    }
  });

  it('flags a place whose name is also a common word instead of dropping it', () => {
    const tyre = g.lookup('صور').find((c) => c.entry.kind === 'place');
    assert.equal(tyre?.entry.kind, 'place');
    assert.equal(tyre?.entry.kind === 'place' && tyre.entry.ambiguous, 'word');
  });

  it('does not read common words as capitals or cities (ذكر, كيف, المقاطعة, لا شيء)', () => {
    for (const word of ['ذكر', 'كيف', 'المقاطعة', 'لا شيء'])
      assert.deepEqual(g.lookup(word), [], `«${word}» is a word, not a place`);
    assert.equal(g.capitalOf('MV')?.nameEn, 'Malé');
    assert.equal(g.lookup('دبي')[0].entry.nameEn, 'Dubai');
  });

  it('takes the longest match over tokens', () => {
    const text = 'قال وزير الخارجية الأمريكي أنطوني بلينكين إن كوريا الشمالية تزود روسيا بالأسلحة';
    const tokens = keyTokens(text);
    const found = g.matchAll(tokens).map((m) => [tokens.slice(m.start, m.end).join(' '), ids(m.candidates)[0]]);
    assert.deepEqual(
      found.map(([, id]) => id),
      ['US', 'antony-blinken', 'KP', 'RU'],
    );
    assert.equal(found[2][0].split(' ').length, 2, 'كوريا الشمالية is one match, not كوريا');
  });
});

describe('role resolution at a date', () => {
  const g = loadGazetteer();
  const holders = (phrase: string, date: string) => g.resolveRole(phrase, date).map((h) => h.person.id);

  it('knows who «الرئيس الأمريكي» was in 2016 and in 2023', () => {
    assert.deepEqual(holders('الرئيس الأمريكي', '2016-05-01'), ['barack-obama']);
    assert.deepEqual(holders('الرئيس الأميركي', '2023-08-15'), ['joe-biden']);
    assert.deepEqual(
      g.peopleByRole('head_of_state', 'US', '2016-05-01').map((h) => h.person.nameEn),
      ['Barack Obama'],
    );
  });

  it('files a title from people.tsv under the other spellings of its demonym too (built from the TSVs)', () => {
    const built = buildGazetteer();
    const byTitle = (phrase: string) => built.resolveRole(phrase, '2018-02-26').map((h) => h.person.id);
    assert.deepEqual(byTitle('نائب الرئيس الأمريكي'), ['mike-pence']);
    assert.deepEqual(byTitle('نائب الرئيس الأميركي'), ['mike-pence']);
  });

  it('resolves the officials of the 2023-08-15 BBC Arabic sample by their titles', () => {
    const date = '2023-08-15';
    assert.deepEqual(holders('الرئيس الروسي', date), ['vladimir-putin']);
    assert.deepEqual(holders('زعيم كوريا الشمالية', date), ['kim-jong-un']);
    assert.deepEqual(holders('وزير الدفاع الروسي', date), ['sergei-shoigu']);
    assert.deepEqual(holders('وزير الدفاع الكوري الشمالي', date), ['kang-sun-nam']);
    assert.deepEqual(holders('وزير الخارجية الأمريكي', date), ['antony-blinken']);
    assert.deepEqual(holders('رئيس كوريا الجنوبية', date), ['yoon-suk-yeol']);
    assert.deepEqual(holders('رئيس الوزراء الياباني', date), ['fumio-kishida']);
  });

  it('finds the sample article people by the names it writes', () => {
    const names: Record<string, string> = {
      'فلاديمير بوتين': 'vladimir-putin',
      'كيم جونغ أون': 'kim-jong-un',
      'سيرغي شويغو': 'sergei-shoigu',
      'كانغ سون نام': 'kang-sun-nam',
      'أنطوني بلينكين': 'antony-blinken',
      'يون سوك يول': 'yoon-suk-yeol',
      'جو بايدن': 'joe-biden',
      'فوميو كيشيدا': 'fumio-kishida',
    };
    for (const [name, id] of Object.entries(names)) assert.deepEqual(ids(g.lookup(name)), [id], name);
  });

  it('matches a role phrase inside a sentence and tells its country', () => {
    const tokens = keyTokens('ورد وزير الخارجية الأمريكي على الزيارة');
    const m = g.matchRoleAt(tokens, 1);
    assert.equal(m?.end, 4);
    assert.deepEqual(
      m?.cues.map((c) => [c.role, c.country]),
      [['foreign_minister', 'US']],
    );
  });

  it('resolves titles of non-state offices by phrase', () => {
    assert.deepEqual(holders('الأمين العام للأمم المتحدة', '2015-03-01'), ['ban-ki-moon']);
    assert.deepEqual(holders('الأمين العام للأمم المتحدة', '2023-08-15'), ['antonio-guterres']);
  });

  it('rejects a malformed date with a one-line MarsadError', () => {
    assert.throws(() => g.peopleByRole('head_of_state', 'US', '15/08/2023'), MarsadError);
  });
});

describe('loading', () => {
  it('loads once per process', () => {
    assert.equal(loadGazetteer(), loadGazetteer());
  });

  it('reports a missing data directory as a MarsadError', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'marsad-gaz-'));
    assert.throws(() => buildGazetteer(empty), MarsadError);
  });

  it('reports a file without its required columns', () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'marsad-gaz-'));
    writeFileSync(path.join(broken, 'countries.tsv'), '# broken\niso2\tname_ar\nRU\tروسيا\n');
    assert.throws(() => buildGazetteer(broken), /missing columns/);
  });

  it('ships a compiled index that matches the TSVs (else: npx tsx scripts/build-gazetteer.ts --index)', () => {
    const index = readIndex();
    assert.ok(index, 'data/gazetteer/index.json is missing or stale: run npx tsx scripts/build-gazetteer.ts --index');
    const fromIndex = Gazetteer.fromIndex(index);
    const rebuilt = buildGazetteer();
    // As JSON: the index has no `undefined` optional fields.
    assert.ok(JSON.stringify(fromIndex.toIndex('x')) === JSON.stringify(rebuilt.toIndex('x')), 'index ≠ TSV build');
    assert.equal(fromIndex.lookup('بوتين')[0].entry.id, 'vladimir-putin');
    assert.equal(fromIndex.resolveRole('الرئيس الأمريكي', '2016-05-01')[0].person.id, 'barack-obama');
  });

  it('ignores a stale index and builds from the TSVs', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'marsad-gaz-'));
    for (const file of [...SOURCE_FILES, INDEX_FILE]) copyFileSync(path.join(dir, file), path.join(copy, file));
    assert.ok(readIndex(copy));
    const roles = path.join(copy, 'roles.tsv');
    writeFileSync(roles, `${readFileSync(roles, 'utf8')}head_of_state\tرئيس دولة {country}\n`);
    assert.equal(readIndex(copy), null);
    assert.equal(loadGazetteer(copy).lookup('روسيا')[0].entry.id, 'RU');
  });
});
