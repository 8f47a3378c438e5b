// «الضفة الغربية وغزة», «غزة والضفة الغربية»: beside the West Bank, a bare «غزة» is the Gaza Strip, the other
// Palestinian territory, not the city (round 18, blind dev round 13). The gazetteer keeps the city and the Strip
// apart (place:rv:gaza, place:rv:gaza-strip); the pair names the two territories, so the Strip is meant.
import type { Found, LinkContext } from './found.js';
import { nameKey } from './gazetteer.js';

/** A bare name, the region it stands for beside its partner, and the partner. */
const PAIRS = [{ name: 'غزة', region: 'قطاع غزة', partner: 'الضفة الغربية' }].map((p) => ({
  name: nameKey(p.name),
  region: nameKey(p.region),
  partner: nameKey(p.partner),
}));

function isPlaceNamed(m: Found, key: string): boolean {
  return m.target?.kind === 'entry' && m.target.entry.kind === 'place' && nameKey(m.text) === key;
}

/** Whether only «و» (and spaces) stands between the two mentions, in either order. */
function coordinated(text: string, a: Found, b: Found): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^\s*و$/.test(text.slice(first.end, second.start));
}

export function regionsBesidePartners(ctx: LinkContext, found: Found[]): void {
  for (const pair of PAIRS) {
    const region = ctx.g.lookupKey(pair.region).find((c) => c.entry.kind === 'place' && c.via === 'name');
    if (!region) continue;
    for (const m of found) {
      if (!isPlaceNamed(m, pair.name)) continue;
      if (found.some((p) => p !== m && isPlaceNamed(p, pair.partner) && coordinated(ctx.text, m, p)))
        m.target = { kind: 'entry', entry: region.entry, via: 'name' };
    }
  }
}
