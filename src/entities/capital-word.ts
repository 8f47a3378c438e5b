// «تونس العاصمة», «الكويت العاصمة», «الجزائر العاصمة»: a country name followed by «العاصمة» (the capital) names
// the capital city, which Tunisian, Kuwaiti and Algerian news write so because the city shares the state's name. So
// does such a name after a city noun (round 17: «مدينة تونس», «بلدية تونس», «العاصمة الكويت»).
import { type Found, type LinkContext, wordOf } from './found.js';
import { type Country, type Gazetteer, nameKey, type Place } from './gazetteer.js';
import { mentionsByCountryBut } from './located-places.js';

const CAPITAL_WORD = nameKey('العاصمة');
/** Nouns before a name that make it a city: the city, its municipality, the capital. */
const CITY_NOUNS = new Set(['مدينة', 'بلدية', 'العاصمة'].map(nameKey));

export function capitalsNamedByWord(ctx: LinkContext, found: Found[]): void {
  const { g, tokens, forms } = ctx;
  for (const m of found) {
    const target = m.target;
    if (target?.kind !== 'entry' || target.entry.kind !== 'country' || target.via === 'demonym') continue;
    const next = m.last;
    const capital = g.capitalOf(target.entry.iso2);
    if (!capital) continue;
    const wordAfter =
      next < tokens.length && tokens[next].start - tokens[m.last - 1].end <= 1 && forms.norms[next] === CAPITAL_WORD;
    const before = m.first - 1;
    // After a city noun only a capital of the state's own name: «مدينة الكويت», not «مدينة المكسيك» (Mexico City).
    const nounBefore =
      before >= 0 &&
      m.start - tokens[before].end === 1 &&
      CITY_NOUNS.has(wordOf(forms, before)) &&
      nameKey(capital.nameAr) === nameKey(m.text);
    if (wordAfter || nounBefore) m.target = { kind: 'capital', country: target.entry };
    else {
      const city = capitalAfterCapitalWord(ctx, m);
      if (city) m.target = { kind: 'entry', entry: city, via: 'name' };
    }
  }
}

/**
 * «العاصمة الأردنية عمان», «اعتصم المئات بالعاصمة عمان»: a country's name right after «العاصمة» (and a demonym) that is
 * also another state's capital is that capital (Amman, not Oman, whose capital is Muscat; round 29). With a demonym,
 * the capital must be of the demonym's country.
 */
function capitalAfterCapitalWord(ctx: LinkContext, m: Found): Place | undefined {
  const { g, tokens, forms } = ctx;
  let before = m.first - 1;
  if (before < 0 || m.start - tokens[before].end !== 1) return undefined;
  let country: string | undefined;
  if (wordOf(forms, before) !== CAPITAL_WORD) {
    const demonym = g.lookup(tokens[before].text).find((c) => c.via === 'demonym')?.entry;
    if (demonym?.kind !== 'country') return undefined;
    country = demonym.iso2;
    before -= 1;
    if (before < 0 || tokens[before + 1].start - tokens[before].end !== 1 || wordOf(forms, before) !== CAPITAL_WORD)
      return undefined;
  }
  const capitals = g
    .lookup(m.text)
    .map((c) => c.entry)
    .filter((e): e is Place => e.kind === 'place' && e.placeKind === 'capital' && (!country || e.country === country));
  return capitals.length === 1 ? capitals[0] : undefined;
}

const SULTANATE = nameKey('سلطنة');
/** What may stand between two items of a list once parenthesized asides («نجامينا (تشاد) وجيبوتي») are left out. */
const LIST_GAP = /^\s*(?:[،,]\s*)?و?\s*$/;
const ASIDE = /\([^()]{0,40}\)/g;

/** Per gazetteer: for each country whose name is also a capital's (Oman / Amman, Djibouti), that capital. */
const capitalHomonyms = new WeakMap<Gazetteer, Map<string, Place>>();

function capitalsNamedAsCountries(g: Gazetteer): Map<string, Place> {
  let byCountry = capitalHomonyms.get(g);
  if (byCountry) return byCountry;
  byCountry = new Map();
  for (const place of g.places.values()) {
    if (place.placeKind !== 'capital' || place.ambiguous !== 'country') continue;
    for (const c of g.lookup(place.nameAr))
      if (c.entry.kind === 'country' && c.via !== 'capital' && c.via !== 'demonym') byCountry.set(c.entry.iso2, place);
  }
  capitalHomonyms.set(g, byCountry);
  return byCountry;
}

type Reading = 'country' | 'capital' | undefined;

/**
 * «ويزور بومبيو … الرياض والقدس وعمان», «سيتوجه تيلرسون إلى نجامينا (تشاد) وجيبوتي (جيبوتي) وأديس أبابا», «أجرى
 * وزير الخارجية الإماراتي … محادثات في عمان مع نظيره الأردني»: a country's name that is also a capital's (Oman and
 * Amman, Djibouti and its capital) names the capital in a list of cities, and the country in a list of countries or
 * after «سلطنة». Where the capital is another state's (Amman), a mention no list decides is the capital when the story
 * names the capital's state more often than the name's (round 45's count: countries, places, known persons and bodies,
 * the homonym's undecided mentions left out), and a list of cities does not outweigh a story that names the name's
 * state more often.
 */
export function capitalsNamedLikeCountries(ctx: LinkContext, found: Found[]): void {
  const capitals = capitalsNamedAsCountries(ctx.g);
  const homonyms = new Map<Found, Homonym>();
  for (const m of found) {
    const homonym = homonymOf(m, capitals);
    if (homonym) homonyms.set(m, homonym);
  }
  if (homonyms.size === 0) return;
  const reading = new Map<Found, Reading>();
  for (const m of homonyms.keys()) reading.set(m, afterSultanate(ctx, m) ? 'country' : listReading(ctx, found, m));
  readByStory(found, homonyms, reading);
  for (const [m, { capital }] of homonyms)
    if (reading.get(m) === 'capital') m.target = { kind: 'entry', entry: capital, via: 'name' };
}

interface Homonym {
  country: Country;
  capital: Place;
}

/** The country a mention names by its own name and the capital of the same name, if there is one. */
function homonymOf(m: Found, capitals: ReadonlyMap<string, Place>): Homonym | undefined {
  const t = m.target;
  if (t?.kind !== 'entry' || t.entry.kind !== 'country' || t.via === 'demonym') return undefined;
  const capital = capitals.get(t.entry.iso2);
  return capital && nameKey(m.text) === nameKey(capital.nameAr) ? { country: t.entry, capital } : undefined;
}

/**
 * Where the capital is another state's: a list of cities yields to a story that names the name's state more often, and
 * a mention no list settled is the capital when the story names the capital's state more often (the capitals listed
 * as cities counted). Round 45's count, the homonyms' own mentions left out but those settled as the country.
 */
function readByStory(
  found: readonly Found[],
  homonyms: ReadonlyMap<Found, Homonym>,
  reading: Map<Found, Reading>,
): void {
  const counts = mentionsByCountryBut(found, (o) => homonyms.has(o) && reading.get(o) !== 'country');
  const story = (iso2: string) => counts.get(iso2) ?? 0;
  const listed = new Map<string, number>();
  for (const [m, { country, capital }] of homonyms) {
    if (capital.country === country.iso2 || reading.get(m) !== 'capital') continue;
    if (story(country.iso2) > story(capital.country)) reading.set(m, 'country');
    else listed.set(capital.country, (listed.get(capital.country) ?? 0) + 1);
  }
  for (const [m, { country, capital }] of homonyms) {
    if (capital.country === country.iso2 || reading.get(m) !== undefined) continue;
    const forCapital = story(capital.country) + (listed.get(capital.country) ?? 0);
    reading.set(m, forCapital > story(country.iso2) ? 'capital' : 'country');
  }
}

function afterSultanate(ctx: LinkContext, m: Found): boolean {
  return m.first > 0 && wordOf(ctx.forms, m.first - 1) === SULTANATE;
}

/** 'capital' when m stands in a list beside cities only, 'country' beside countries only, else undefined. */
function listReading(ctx: LinkContext, found: readonly Found[], m: Found): Reading {
  let before: Found | undefined;
  let after: Found | undefined;
  for (const o of found) {
    if (o.last <= m.first && (!before || o.last > before.last) && !inAside(ctx.text, o)) before = o;
    if (o.first >= m.last && (!after || o.first < after.first) && !inAside(ctx.text, o)) after = o;
  }
  const kinds = new Set<Reading>();
  if (before && inList(ctx.text.slice(before.end, m.start))) kinds.add(itemKind(before));
  if (after && inList(ctx.text.slice(m.end, after.start))) kinds.add(itemKind(after));
  kinds.delete(undefined);
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** «(تشاد)» after a city: the aside is no item of the list. */
function inAside(text: string, o: Found): boolean {
  return /\(\s?$/.test(text.slice(Math.max(0, o.start - 2), o.start)) && /^\s?\)/.test(text.slice(o.end, o.end + 2));
}

/** Whether the text between two mentions joins them as list items: a comma, a «و», or both, asides left out. */
function inList(gap: string): boolean {
  const bare = gap.replace(ASIDE, '');
  return LIST_GAP.test(bare) && /[،,و]/.test(bare);
}

/** A list item's reading: a capital or city, or a country by its name. */
function itemKind(o: Found): Reading {
  const t = o.target;
  if (t?.kind === 'capital') return 'capital';
  if (t?.kind !== 'entry' || t.via === 'demonym') return undefined;
  if (t.entry.kind === 'country') return 'country';
  return t.entry.kind === 'place' && t.entry.placeKind !== 'region' ? 'capital' : undefined;
}
