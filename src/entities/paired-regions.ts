// «الضفة الغربية وغزة», «غزة والضفة الغربية»: beside the West Bank, a bare «غزة» is the Gaza Strip, the other
// Palestinian territory, not the city (round 18, blind dev round 13). The gazetteer keeps the city and the Strip
// apart (place:rv:gaza, place:rv:gaza-strip); the pair names the two territories, so the Strip is meant.
// Round 24: once an article has named the region in full («قطاع غزة»), a later bare «غزة» is the region too (the
// short form of the name just given; rounds 13 and 15 gold), unless the city noun stands before it («شرق مدينة غزة»).
import { type Found, type LinkContext, wordOf } from './found.js';
import { nameKey } from './gazetteer.js';

/** A bare name, the region it stands for beside its partner, and the partner. */
const PAIRS = [{ name: 'غزة', region: 'قطاع غزة', partner: 'الضفة الغربية', city: 'مدينة' }].map((p) => ({
  name: nameKey(p.name),
  region: nameKey(p.region),
  partner: nameKey(p.partner),
  city: nameKey(p.city),
}));

function isPlaceNamed(m: Found, key: string): boolean {
  return m.target?.kind === 'entry' && m.target.entry.kind === 'place' && nameKey(m.text) === key;
}

/** Whether only «و» (and spaces) stands between the two mentions, in either order. */
function coordinated(text: string, a: Found, b: Found): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^\s*و$/.test(text.slice(first.end, second.start));
}

/** Whether the word right before mention m is `key` («مدينة» before «غزة»). */
function afterWord(ctx: LinkContext, m: Found, key: string): boolean {
  return m.first > 0 && wordOf(ctx.forms, m.first - 1) === key;
}

export function regionsBesidePartners(ctx: LinkContext, found: Found[]): void {
  for (const pair of PAIRS) {
    const region = ctx.g.lookupKey(pair.region).find((c) => c.entry.kind === 'place' && c.via === 'name');
    if (!region) continue;
    let first = Number.POSITIVE_INFINITY;
    for (const m of found)
      if (m.target?.kind === 'entry' && m.target.entry === region.entry) first = Math.min(first, m.start);
    for (const m of found) {
      if (!isPlaceNamed(m, pair.name)) continue;
      const afterRegion = first < m.start && !afterWord(ctx, m, pair.city);
      if (afterRegion || found.some((p) => p !== m && isPlaceNamed(p, pair.partner) && coordinated(ctx.text, m, p)))
        m.target = { kind: 'entry', entry: region.entry, via: 'name' };
    }
  }
}
