// «تونس العاصمة», «الكويت العاصمة», «الجزائر العاصمة»: a country name followed by «العاصمة» (the capital) names
// the capital city, which Tunisian, Kuwaiti and Algerian news write so because the city shares the state's name. So
// does such a name after a city noun (round 17: «مدينة تونس», «بلدية تونس», «العاصمة الكويت»).
import { type Found, type LinkContext, wordOf } from './found.js';
import { nameKey, type Place } from './gazetteer.js';

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
