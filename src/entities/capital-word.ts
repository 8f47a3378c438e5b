// «تونس العاصمة», «الكويت العاصمة», «الجزائر العاصمة»: a country name followed by «العاصمة» (the capital) names
// the capital city, which Tunisian, Kuwaiti and Algerian news write so because the city shares the state's name. So
// does such a name after a city noun (round 17: «مدينة تونس», «بلدية تونس», «العاصمة الكويت»).
import { type Found, type LinkContext, wordOf } from './found.js';
import { nameKey } from './gazetteer.js';

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
  }
}
