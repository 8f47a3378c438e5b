// A town the text places inside another country's place (round 26): «ساحة جورج في غلاسكو», «حيدر آباد بولاية هلمند»,
// «موقعا في محيط مدينة حمد غرب خان يونس». The gazetteer's town of that name lies in a third country (George, South
// Africa; Hyderabad, India; Hamad Town, Bahrain), so the text speaks of a namesake the gazetteer lacks, or of the
// gazetteer's homonym in the country the text gives.
import { entryCountry, type Found, type LinkContext, type Target, targetEntry } from './found.js';
import { nameKey, type Place } from './gazetteer.js';
import { PLACE_DESCRIPTOR } from './token-flags.js';

/** Words that locate what comes before them in what comes after: «في», a direction, «قرب». */
const LOCATING = new Set(
  ['في', 'شرق', 'شرقي', 'غرب', 'غربي', 'شمال', 'شمالي', 'جنوب', 'جنوبي', 'قرب', 'بالقرب', 'ضواحي', 'بضواحي'].map(
    nameKey,
  ),
);
/** Place nouns between the locating word and the place, bare or with a glued «ب» («بولاية هلمند»). */
const PLACE_NOUNS = new Set(['مدينة', 'ولاية', 'محافظة', 'إقليم', 'منطقة', 'العاصمة', 'بلدة', 'مقاطعة'].map(nameKey));
const GLUED_PLACE_NOUNS = new Set([...PLACE_NOUNS].map((w) => `ب${w}`));
const FROM = nameKey('من');

/**
 * Re-links or unlinks a town (no capital, in a country the article does not name or describe) that the text places in
 * a place or country of another country: to its
 * gazetteer homonym in that country, else to no key (a document-local place). Every mention of the town follows.
 * So does a town placed after a place noun in a place the gazetteer does not know, in an article that names other
 * countries only (round 49: «في منطقة حيدر آباد بولاية هلمند» in a story on Afghanistan, not India's Hyderabad).
 */
export function placesLocatedElsewhere(ctx: LinkContext, found: Found[], named: ReadonlySet<string>): void {
  const { g, forms } = ctx;
  let byFirst: Map<number, Found> | undefined;
  // Beside the countries the article names or describes: those of its capitals and of its other places no other
  // country has a namesake of.
  const sureCountry = (m: Found, not: string) => {
    if (m.target?.kind === 'capital') return m.target.country.iso2;
    const p = placeOf(m.target);
    return p && !p.ambiguous && p.id !== not ? p.country : undefined;
  };
  const moved = new Map<string, Target | undefined>();
  for (const m of found) {
    const place = placeOf(m.target);
    // «بلدة الخضر في مدينة بيت لحم جنوبي القدس»: a town of a country the article names, or where it names another town
    // of that country only («رام الله»), is that town, whatever it is said to lie beside.
    if (!place || place.placeKind === 'capital' || named.has(place.country) || moved.has(place.id)) continue;
    let k = m.last;
    if (LOCATING.has(forms.norms[k])) {
      k++;
      if (forms.norms[k] === FROM) k++;
    } else if (!GLUED_PLACE_NOUNS.has(forms.norms[k])) continue;
    const nounBefore = PLACE_NOUNS.has(forms.norms[k]) || GLUED_PLACE_NOUNS.has(forms.norms[k]);
    if (nounBefore) k++;
    byFirst ??= new Map(found.map((m) => [m.first, m]));
    const where = byFirst.get(k);
    const country = where && countryOf(where.target);
    if (country === place.country || (!country && !(nounBefore && isUnknownPlace(where) && named.size > 0))) continue;
    // Checked last: it reads every mention, and most towns are not placed anywhere.
    if (found.some((o) => sureCountry(o, place.id) === place.country)) continue;
    const homonym =
      country &&
      g
        .lookup(m.text)
        .map((c) => c.entry)
        .find((e): e is Place => e.kind === 'place' && e.country === country);
    moved.set(place.id, homonym ? { kind: 'entry', entry: homonym, via: 'name' } : undefined);
  }
  if (moved.size === 0) return;
  for (const m of found) {
    const place = placeOf(m.target);
    if (place && moved.has(place.id)) m.target = moved.get(place.id);
  }
}

/** «بولاية هلمند»: a place the tagger found after a place noun that the gazetteer does not know. */
function isUnknownPlace(where: Found | undefined): boolean {
  return where?.type === 'LOC' && where.target === undefined;
}

/** A town with fewer people than this is taken for a namesake when nothing else in the article lies in its country. */
const MAX_LONE_TOWN = 200_000;

/**
 * «منطقة سليمان في مدينة يوغياكرتا» (Sleman, Indonesia: the gazetteer's «سليمان» is Soliman, Tunisia), «قرى البستان،
 * والشومرية شرقي درعا» (not Elbistan, Turkey; round 37): a one-word town of known population under 200,000 (no capital
 * or region) in a country the article neither names nor describes, and no other place, capital or country of which,
 * and no known person or organization from which, the article names («صعدة» beside the Houthis), is a namesake the
 * gazetteer lacks: the mention stays, with no key. Every mention of the town follows.
 * Not where the article names no country: a local outlet's story on a town at home («رادس» on Tunisian radio).
 */
export function unlinkLoneTowns(found: Found[], named: ReadonlySet<string>): void {
  const lone = new Set<string>();
  if (named.size === 0) return;
  let inCountry: Map<string, Set<string>> | undefined;
  for (const m of found) {
    const place = placeOf(m.target);
    if (place?.placeKind !== 'city' || place.population === undefined || m.last - m.first !== 1) continue;
    if (place.population >= MAX_LONE_TOWN || named.has(place.country) || lone.has(place.id)) continue;
    inCountry ??= linkedByCountry(found);
    const there = inCountry.get(place.country);
    if (there && (there.size > 1 || !there.has(place.id))) continue;
    lone.add(place.id);
  }
  if (lone.size === 0) return;
  for (const m of found) {
    const place = placeOf(m.target);
    if (place && lone.has(place.id)) m.target = undefined;
  }
}

/**
 * «وكان الجيش المصري قد أخلى جزءا كبيرا من مدينة رفح» (Egypt's Rafah) against «قصف مدفعي إسرائيلي شرق مدينة رفح»
 * (Gaza's): a town whose name places in several countries share (flagged `multi`) is the homonym in the country the
 * rest of the story names most often (its countries, places, and the home countries of its known persons and bodies);
 * on a tie the linker's choice stands. Every mention of the town follows.
 */
export function homonymsByStoryCountry(ctx: LinkContext, found: Found[]): void {
  const moved = new Map<string, Place>();
  for (const m of found) {
    const place = placeOf(m.target);
    if (place?.ambiguous !== 'multi' || place.placeKind === 'capital' || moved.has(place.id)) continue;
    const homonyms = ctx.g
      .lookup(place.nameAr)
      .map((c) => c.entry)
      .filter((e): e is Place => e.kind === 'place' && e.nameAr === place.nameAr && e.country !== place.country);
    if (homonyms.length === 0) continue;
    const mentions = mentionsByCountry(found, place.nameAr);
    const named = (p: Place) => mentions.get(p.country) ?? 0;
    const best = homonyms.reduce((a, b) => (named(b) > named(a) ? b : a));
    moved.set(place.id, named(best) > named(place) ? best : place);
  }
  for (const m of found) {
    const place = placeOf(m.target);
    const to = place && moved.get(place.id);
    if (to && to !== place) m.target = { kind: 'entry', entry: to, via: 'name' };
  }
}

/** Mentions per country, but for places named `homonym`: what the story names, not the places being chosen between. */
function mentionsByCountry(found: readonly Found[], homonym: string): Map<string, number> {
  return mentionsByCountryBut(found, (o) => placeOf(o.target)?.nameAr === homonym);
}

/** Mentions per country (linked places and countries, known persons' and bodies' homes), but those `left` is true of. */
export function mentionsByCountryBut(found: readonly Found[], left: (o: Found) => boolean): Map<string, number> {
  const count = new Map<string, number>();
  for (const o of found) {
    if (left(o)) continue;
    const country = countryOrHome(o.target);
    if (country) count.set(country, (count.get(country) ?? 0) + 1);
  }
  return count;
}

/** For each country, the ids of the places linked in it ('' for a country, person or organization of it). */
function linkedByCountry(found: readonly Found[]): Map<string, Set<string>> {
  const byCountry = new Map<string, Set<string>>();
  for (const o of found) {
    const country = countryOrHome(o.target);
    if (!country) continue;
    const ids = byCountry.get(country) ?? new Set<string>();
    byCountry.set(country, ids);
    ids.add(placeOf(o.target)?.id ?? '');
  }
  return byCountry;
}

function placeOf(target: Target | undefined): Place | undefined {
  return target?.kind === 'entry' && target.entry.kind === 'place' ? target.entry : undefined;
}

/** The country of a linked place or country mention, or a known person's or organization's home country. */
function countryOrHome(target: Target | undefined): string | undefined {
  if (target?.kind === 'entry' && (target.entry.kind === 'person' || target.entry.kind === 'org'))
    return target.entry.country || undefined;
  return countryOf(target);
}

/** The country a linked place or country mention lies in or is. */
function countryOf(target: Target | undefined): string | undefined {
  return target ? entryCountry(targetEntry(target)) || undefined : undefined;
}

/**
 * «وقالت إدارة الإطفاء في مدينة أوستن»: a person the gazetteer knows by one word, right after a place noun, is a place
 * of that name (Austin, Texas, not Lloyd Austin); every one-word mention of that person follows, unless the article
 * also names the person in full.
 */
export function personsNamedAsPlaces(ctx: LinkContext, found: Found[]): void {
  const oneWord = (m: Found) => m.last - m.first === 1;
  const personId = (m: Found) =>
    m.target?.kind === 'entry' && m.target.entry.kind === 'person' ? m.target.entry.id : undefined;
  const places = new Set<string>();
  for (const m of found) {
    const id = personId(m);
    if (id && oneWord(m) && m.first > 0 && ctx.flags[m.first - 1] & PLACE_DESCRIPTOR) places.add(id);
  }
  for (const m of found) {
    const id = personId(m);
    if (id && !oneWord(m) && !m.cues) places.delete(id);
  }
  if (places.size === 0) return;
  for (const m of found) {
    const id = personId(m);
    if (!id || !places.has(id) || !oneWord(m)) continue;
    m.target = undefined;
    m.type = 'LOC';
  }
}
