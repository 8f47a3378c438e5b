// Forces named by their country's demonym are described, not named (round 30): «قوات النظام السوري», «الجيش
// الإسرائيلي», «القوات المسلحة المصرية», «الجيش الروسي» are nominal in the gold (eval/entities.ts, rounds 5, 9 and
// 14), while a force with a name of its own stays («البيشمركة», «قوات الحزام الأمني», «القيادة المركزية», and «الجيش
// السوري الحر», an armed group). The gazetteer keeps the national armies, and the events stage finds the country of
// such a force from the demonym itself (events/actors.ts reads the gazetteer's demonyms), so the linker drops them.
import { readTsvTable } from '../arabic/data.js';
import { type Found, type LinkContext, wordOf } from './found.js';
import { nameKey } from './gazetteer.js';

interface ForceNouns {
  /** Every noun of data/gazetteer/force-nouns.tsv, as keys. */
  all: Set<string>;
  /** The nouns marked `unlinked` (an army's nouns), as keys. */
  armies: Set<string>;
}

let forceNouns: ForceNouns | undefined;

/** The nouns of data/gazetteer/force-nouns.tsv, read once. */
function nouns(): ForceNouns {
  if (forceNouns) return forceNouns;
  const table = readTsvTable('gazetteer/force-nouns.tsv');
  const unlinked = table.col('unlinked');
  forceNouns = {
    all: new Set(table.rows.map(([noun]) => nameKey(noun))),
    armies: new Set(table.rows.filter((row) => row[unlinked] === 'yes').map(([noun]) => nameKey(noun))),
  };
  return forceNouns;
}

/**
 * «#الجيش_الأفغاني»: an army noun and a demonym is nominal even when the tagger's mention links to no gazetteer force
 * (round 32); a hashtag is one token, its words joined.
 */
function isUnlinkedArmy(ctx: LinkContext, m: Found): boolean {
  if (m.target || m.cues || m.apposedTo) return false;
  const hashtag = m.last - m.first === 1 && ctx.tokens[m.first].kind === 'hashtag';
  const words = hashtag ? ctx.forms.norms[m.first].split(' ') : ctx.forms.norms.slice(m.first, m.last);
  if (words.length !== 2) return false;
  const noun = hashtag ? words[0].replace(/^#/, '') : wordOf(ctx.forms, m.first);
  if (!nouns().armies.has(noun)) return false;
  return ctx.g.lookupKey(words[1]).some((c) => c.via === 'demonym' && c.entry.kind === 'country');
}

/**
 * Whether the mention is a force the gazetteer lists written as a common noun (force-nouns.tsv) and its own country's
 * demonym.
 */
function isNominalForce(ctx: LinkContext, m: Found): boolean {
  const entry = m.target?.kind === 'entry' ? m.target.entry : undefined;
  if (entry?.kind !== 'org' || entry.orgKind !== 'armed-forces' || m.last - m.first < 2) return false;
  const head = [wordOf(ctx.forms, m.first)];
  for (let k = m.first + 1; k < m.last - 1; k++) head.push(ctx.forms.norms[k]);
  if (!nouns().all.has(head.join(' '))) return false;
  const last = ctx.forms.norms[m.last - 1];
  return ctx.g
    .lookupKey(last)
    .some((c) => c.via === 'demonym' && c.entry.kind === 'country' && c.entry.iso2 === entry.country);
}

/**
 * «الديمقراطيون», «الجمهوريون»: a party named by its members in the plural (a word with the article ending in «ون» or
 * «يين») is its members, nominal in the gold too (round 25's open list); the gazetteer keeps them as the parties'
 * variants for the events stage.
 */
function isPartyMembers(ctx: LinkContext, m: Found): boolean {
  const entry = m.target?.kind === 'entry' ? m.target.entry : undefined;
  if (entry?.kind !== 'org' || entry.orgKind !== 'party' || m.last - m.first !== 1) return false;
  return /^ال.{3,}(?:ون|يين)$/.test(wordOf(ctx.forms, m.first));
}

let anaphoricBodies: Set<string> | undefined;

/**
 * «وأعربت المنظمة الدولية عن قلقها»: the tagger's unlinked organization mention that is exactly a description news
 * uses for a body named before (data/gazetteer/anaphoric-bodies.tsv) is nominal (round 34).
 */
function isAnaphoricBody(ctx: LinkContext, m: Found): boolean {
  if (m.type !== 'ORG' || m.target || m.cues || m.apposedTo) return false;
  anaphoricBodies ??= new Set(readTsvTable('gazetteer/anaphoric-bodies.tsv').rows.map(([phrase]) => nameKey(phrase)));
  const words = [wordOf(ctx.forms, m.first), ...ctx.forms.norms.slice(m.first + 1, m.last)];
  return anaphoricBodies.has(words.join(' '));
}

export function dropNominalForces(ctx: LinkContext, found: Found[]): void {
  for (let k = found.length - 1; k >= 0; k--)
    if (
      isNominalForce(ctx, found[k]) ||
      isPartyMembers(ctx, found[k]) ||
      isUnlinkedArmy(ctx, found[k]) ||
      isAnaphoricBody(ctx, found[k])
    )
      found.splice(k, 1);
}
