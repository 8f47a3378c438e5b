// «تونس العاصمة», «الكويت العاصمة», «الجزائر العاصمة»: a country name followed by «العاصمة» (the capital) names
// the capital city, which Tunisian, Kuwaiti and Algerian news write so because the city shares the state's name.
import type { Found, LinkContext } from './found.js';
import { nameKey } from './gazetteer.js';

const CAPITAL_WORD = nameKey('العاصمة');

export function capitalsNamedByWord(ctx: LinkContext, found: Found[]): void {
  const { g, tokens, forms } = ctx;
  for (const m of found) {
    const target = m.target;
    if (target?.kind !== 'entry' || target.entry.kind !== 'country' || target.via === 'demonym') continue;
    const next = m.last;
    if (next >= tokens.length || tokens[next].start - tokens[m.last - 1].end > 1) continue;
    if (forms.norms[next] !== CAPITAL_WORD) continue;
    if (!g.capitalOf(target.entry.iso2)) continue;
    m.target = { kind: 'capital', country: target.entry };
  }
}
