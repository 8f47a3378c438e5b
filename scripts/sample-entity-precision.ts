// Draws the ENTITY sample of entity round 37 (entity-level precision on unseen text, docs/entities.md).
// Run: MARSAD_SHARED=/work/shared npx tsx scripts/sample-entity-precision.ts MENTIONS.tsv [--n 300]
//      [--skip-r34 R34MENTIONS.tsv] [--after AFTER.tsv]
// MENTIONS.tsv is the --mentions output of scripts/audit-entities.ts --per-folder 200 (article, start, end, type, key,
// text; dev-side articles only: the audit's folders leave out isHeldOutArticle, and this script checks it again). Rows
// are grouped into entities by article + key (an unlinked entity's local: key is already per article). Entities are
// ordered by sha1('entities-round37:' + article + ':' + key) (hex digest) and the first n are printed, with their
// type, key, the gazetteer's English name and country, every mention text (with its count), one sentence of context
// (the first mention's, marked [[…]]), and the article's other entities sharing a word with it (to judge splits and
// merges).
// --skip-r34 leaves out the articles of round 34's mention sample: the file is the audit as round 34 ran it (the code
// of 7e41f1f, `git archive 7e41f1f`, 17,043 rows), and its draw is redone here (first 400 rows by
// sha1('entities-round34:' + article:start:end), scripts/select-entities-round34.ts).
// --after prints, under each drawn entity, the entities of a later audit that cover its mentions' positions, so the
// same entities can be judged again after a change.
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../src/entities/gazetteer.js';
import { articleText, type Row, readRows, round34Articles, sha1 } from './lib/audit-rows.js';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { n: { type: 'string', default: '300' }, 'skip-r34': { type: 'string' }, after: { type: 'string' } },
});

/** The sentence around [start, end): from the last stop before to the first after (at most 220 characters a side). */
function sentence(text: string, start: number, end: number): string {
  const stops = /[.!?؟\n]/;
  let a = start;
  while (a > 0 && start - a < 220 && !stops.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 220 && !stops.test(text[b])) b++;
  return `${text.slice(a, start)}[[${text.slice(start, end)}]]${text.slice(end, b + 1)}`.replace(/\s+/g, ' ').trim();
}

function describe(key: string): string {
  const g = loadGazetteer();
  const [kind, ...rest] = key.split(':');
  const id = rest.join(':');
  if (kind === 'country') {
    const c = g.countries.get(id);
    return c ? `${c.nameEn} (${c.iso2})` : '?';
  }
  if (kind === 'place') {
    const p = g.places.get(id);
    return p ? `${p.nameEn}, ${p.country} (${p.placeKind})` : '?';
  }
  if (kind === 'org') {
    const o = g.organizations.get(id);
    return o ? `${o.nameEn}${o.country ? `, ${o.country}` : ''} (${o.orgKind})` : '?';
  }
  if (kind === 'person') {
    const p = g.people.get(id);
    return p ? `${p.nameEn}, ${p.country}` : '?';
  }
  return '';
}

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 2);

async function main(): Promise<void> {
  const rows = readRows(positionals[0]);
  const n = Number(opts.n);
  const skipFile = opts['skip-r34'];
  const skip = skipFile ? round34Articles(skipFile) : new Set<string>();
  const afterFile = opts.after;
  const after = afterFile ? readRows(afterFile) : [];
  const entities = new Map<string, Row[]>();
  for (const r of rows) {
    const id = `${r.article}\t${r.key}`;
    entities.set(id, [...(entities.get(id) ?? []), r]);
  }
  const drawn = [...entities]
    .filter(([id]) => !skip.has(id.split('\t')[0]))
    .map(([id, ms]) => ({ id, ms, order: sha1(`entities-round37:${id.replace('\t', ':')}`) }))
    .sort((a, b) => (a.order < b.order ? -1 : 1))
    .slice(0, n);
  console.log(
    `entities ${entities.size}; articles left out (round 34's sample) ${skip.size}; drawn ${drawn.length} ` +
      `from ${new Set(drawn.map((d) => d.id.split('\t')[0])).size} articles`,
  );
  for (const [i, { id, ms }] of drawn.entries()) {
    const [article, key] = id.split('\t');
    const text = await articleText(article);
    const counts = new Map<string, number>();
    for (const m of ms) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const mentionList = [...counts].map(([t, c]) => (c > 1 ? `${t} ×${c}` : t)).join(' | ');
    console.log(`\n#${i + 1}\t${article.split('/').pop()}\t${ms[0].type}\t${key}\t${describe(key)}`);
    console.log(`  mentions (${ms.length}): ${mentionList}`);
    console.log(`  ${sentence(text, ms[0].start, ms[0].end)}`);
    const own = new Set(ms.flatMap((m) => words(m.text)));
    const near = [...entities]
      .filter(
        ([other, os]) =>
          other !== id && other.startsWith(`${article}\t`) && os.some((o) => words(o.text).some((w) => own.has(w))),
      )
      .map(
        ([other, os]) => `${other.split('\t')[1]} ${os[0].type} «${[...new Set(os.map((o) => o.text))].join(' | ')}»`,
      );
    if (near.length) console.log(`  sharing a word: ${near.join(' ; ')}`);
    if (afterFile) {
      const covering = new Map<string, Row[]>();
      for (const m of ms)
        for (const a of after)
          if (a.article === article && a.start < m.end && m.start < a.end)
            covering.set(a.key, [...(covering.get(a.key) ?? []), a]);
      const same =
        covering.size === 1 &&
        covering.has(key) &&
        after.filter((a) => a.article === article && a.key === key).length === ms.length &&
        ms.every((m) =>
          after.some((a) => a.article === article && a.key === key && a.start === m.start && a.end === m.end),
        );
      if (same) console.log('  after: same');
      else {
        const whole = (k: string): string =>
          after
            .filter((a) => a.article === article && a.key === k)
            .map((a) => a.text)
            .join(' | ');
        const lines = [...covering.keys()].map((k) => `${k} ${covering.get(k)?.[0].type} «${whole(k)}»`);
        console.log(`  after: CHANGED → ${lines.length ? lines.join(' ; ') : 'no mention'}`);
      }
    }
  }
}

main();
