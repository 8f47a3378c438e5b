// Furniture evaluation: real article bodies from ../shared/data/news are wrapped as page dumps with
// page furniture inserted the way news pages carry it; parsePageDump must give back exactly the body's
// paragraphs. Run: npm run eval:furniture [-- --show-dev-failures N]
//
// Selection: per outlet, articles sorted by SHA-256 of their id, the first PER_OUTLET with a body of at
// least MIN_BODY characters (exact duplicate bodies skipped). Split: SHA-256("split:" + id) first byte
// < 128 → DEV (rules may be tuned on its failures), else HELD-OUT (never inspected while writing rules;
// this script prints no failure of it).
//
// Gold: the body's non-empty lines, trimmed. Some corpus bodies carry their outlet's own furniture
// (separator rules, «اقرأ أيضا» links, «// انتهى //», disclaimers …). The scorer flags such lines with its
// own conservative list (OWN_FURNITURE below, independent of data/furniture) and drops them from the gold;
// those articles are counted in the "own furniture" column. Bodies with a bare «اقرأ أيضا:» label (whose
// following related-headline lines the scorer cannot delimit) are reported apart, not in the rates.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePageDump } from '../src/ingest/pagedump.js';

const PER_OUTLET = 100;
const MIN_BODY = 200;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.MARSAD_SHARED ?? path.resolve(repoRoot, '../shared');
const newsDir = path.join(shared, 'data/news');

interface Item {
  id: string;
  outlet: string;
  title: string;
  body: string;
}

// ---------------------------------------------------------------- corpora

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : [],
  );
}

function tag(doc: string, name: string): string {
  return new RegExp(`<${name}>([\\s\\S]*?)(?:</${name}>|$)`).exec(doc)?.[1]?.trim() ?? '';
}

function readTrecFolder(dir: string, outlet: string): Item[] {
  return listFiles(dir).map((file) => {
    const doc = readFileSync(file, 'utf8').replace(/\uFEFF/g, '');
    return { id: tag(doc, 'DOCNO') || path.basename(file), outlet, title: tag(doc, 'TITLE'), body: tag(doc, 'TEXT') };
  });
}

function readSaudiNewsNet(): Item[] {
  const file = path.join(newsDir, 'saudinewsnet/2015-08-11.json');
  const records = JSON.parse(readFileSync(file, 'utf8')) as { url?: string; title?: string; content?: string }[];
  return records.map((r, i) => ({
    id: r.url || `snn-${i}`,
    outlet: 'SaudiNewsNet',
    title: r.title ?? '',
    body: r.content ?? '',
  }));
}

function loadCorpora(): Item[] {
  const multi = ['Alarabia', 'BBC', 'CNN', 'France24', 'SkyNews'].flatMap((src) =>
    readTrecFolder(path.join(newsDir, 'ant-multisource', src), src),
  );
  return [...multi, ...readTrecFolder(path.join(newsDir, 'ant-jawharafm'), 'JawharaFM'), ...readSaudiNewsNet()];
}

function sha(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

function select(items: Item[]): Item[] {
  const byOutlet = new Map<string, Item[]>();
  for (const item of items) byOutlet.set(item.outlet, [...(byOutlet.get(item.outlet) ?? []), item]);
  const chosen: Item[] = [];
  const seenBodies = new Set<string>();
  for (const group of byOutlet.values()) {
    const sorted = group
      .map((item) => ({ item, key: sha(item.id).toString('hex') }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    let taken = 0;
    for (const { item } of sorted) {
      if (taken >= PER_OUTLET) break;
      if (item.body.length < MIN_BODY || item.title === '' || seenBodies.has(item.body)) continue;
      seenBodies.add(item.body);
      chosen.push(item);
      taken++;
    }
  }
  return chosen;
}

const isDev = (item: Item): boolean => (sha(`split:${item.id}`)[0] as number) < 128;

// ---------------------------------------------------------------- gold

/** Lines of a corpus body that are the outlet's own furniture (the scorer's own list, kept conservative). */
const OWN_FURNITURE: RegExp[] = [
  /^[-_=*~ ]{3,}$/u,
  /^[اإأ]قر[أا] [أا]يض[اًً]+\s*[:.]?\s*\S/u,
  /^شاهد أيض[اًً]+\s*[:.]?\s*\S/u,
  /^(?:اقرأ|شاهد)\s*(?:\.\.+|:)\s*\S/u,
  /^اقرأ المزيد\s*\.\.+/u,
  /^للمزيد\s*[:-]/u,
  /^\/+\s*(?:انتهى|انتهـ+ى|يتبع)\s*\/+/u,
  /^يمكنكم (?:استلام|تسلم) إشعارات بأهم الموضوعات/u,
  /^فرانس ?24 ?\/ ?(?:أ ف ب|رويترز)$/u,
  /^\*+ ?نقل[اًً]+ عن /u,
  /^\*+ ?جميع المقالات المنشورة تمثل رأي كتابها فقط/u,
  /^\*+ ?حقوق النشر محفوظة/u,
  /^هذا (?:المقال|التقرير) بقلم .*(?:لا|ولا) (?:يعكس|تعكس) بالضرورة/u,
  /^(?:نشر )?(?:هذا|هذ) المقال (?:منشور )?بالتعاون مع/u,
  /^للتواصل مع الكاتب ارسل رسالة SMS$/u,
  /^\d{4,7} - (?:Stc|Mobily|Zain)$/u,
  /^\d{1,2}:\d{2} ت م$/u,
  /^[^.،:]{2,30} – عين اليوم$/u,
  /^عين اليوم – [^.،:]{2,25}$/u,
  /^\.\.\.المزيد$/u,
  /^عن هذا المقال$/u,
  /^تعليقات \(\d*\)$/u,
  /^(?:بقلم|كتب|إعداد|تحرير) ?: ?[^.،]{2,50}$/u,
];
const BARE_READ_ALSO = /^[اإأ]قر[أا] [أا]يض[اًً]+\s*[:.]?$/u;

interface Gold {
  lines: string[];
  ownFurniture: boolean;
  bareLabel: boolean;
}

function goldOf(body: string): Gold {
  const all = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const lines = all.filter((l) => !OWN_FURNITURE.some((re) => re.test(l)));
  return { lines, ownFurniture: lines.length < all.length, bareLabel: all.some((l) => BARE_READ_ALSO.test(l)) };
}

// ---------------------------------------------------------------- page-dump synthesis

/** Deterministic PRNG (mulberry32) seeded from the article id. */
function rng(seedText: string): () => number {
  let a = sha(`seed:${seedText}`).readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

const CREDITS = [
  'Getty Images',
  'Reuters',
  'AFP',
  'EPA',
  'AP',
  'API/Gamma-Rapho via Getty Images',
  'وكالة الأنباء الفرنسية',
];
const CAPTION_PREFIXES = ['التعليق على الصورة،', 'التعليق على الفيديو،', 'التعليق،'];
const READ_ALSO = ['اقرأ أيضا:', 'إقرأ أيضاً:', 'اقرأ ايضا:', 'للمزيد:', 'شاهد أيضا:', 'اقرأ أيضًا -'];
const SHARE = ['شارك', 'شارك هذا المقال', 'فيسبوك تويتر واتساب', 'انشر على فيسبوك', 'شارك على تويتر', 'طباعة'];
const FOLLOW = ['تابعونا على تويتر', 'تابعونا على فيسبوك وتويتر', 'تابعونا عبر تطبيق تلغرام'];
const SOURCE_LINES = [
  'المصدر: رويترز',
  'المصدر: وكالات',
  '(أ ف ب)',
  'فرانس24/ أ ف ب',
  'المصدر : وكالة الأنباء الألمانية',
];
const LABELS = ['إعلان', 'اخترنا لكم', 'الأخبار الرئيسية', 'عاجل'];
const NEWSLETTER = ['اشترك في النشرة البريدية لتصلك أهم الأخبار', 'اشترك في نشرتنا الإخبارية'];
const FOOTER = [
  'المزيد حول هذه القصة',
  'لماذا يمكنك الاعتماد على أخبار بي بي سي',
  'شروط الاستخدام',
  'عن بي بي سي',
  'سياسة الخصوصية',
  'ملفات الارتباط Cookies',
  'اتصل بـ بي بي سي',
  '© 2023 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية. تعرف على أسلوبنا في التعامل مع الروابط الخارجية.',
];
const PROVIDERS = ['تويتر', 'فيسبوك', 'يوتيوب', 'إنستغرام'];

/** A furniture unit: its lines (a unit is never split by blank lines except where noted). */
function furnitureUnit(r: Rand, others: Item[]): string[] {
  const otherTitle = () => pick(r, others).title;
  const otherSentence = () => {
    const line =
      pick(r, others)
        .body.split('\n')
        .find((l) => l.trim().length > 40) ?? 'صورة أرشيفية.';
    return `${line.trim().split(/(?<=[.!؟])\s/u)[0]}`;
  };
  switch (Math.floor(r() * 11)) {
    case 0: {
      const lines = [`صدر الصورة، ${pick(r, CREDITS)}`];
      if (r() < 0.7) {
        const prefix = pick(r, CAPTION_PREFIXES);
        if (r() < 0.5) lines.push(prefix, otherSentence());
        else lines.push(`${prefix} ${otherSentence()}`);
      }
      return lines;
    }
    case 1:
      return Array.from({ length: 1 + Math.floor(r() * 3) }, () => `  • ${otherTitle()}`);
    case 2: {
      const title = pick(r, ['قصص مقترحة', 'الأكثر قراءة', 'مزيد من القصص المقترحة']);
      const bullets = Array.from({ length: 3 + Math.floor(r() * 2) }, () => `  • ${otherTitle()}`);
      const [open, close] =
        r() < 0.5 ? [`تخطى ${title} وواصل القراءة`, `${title} نهاية`] : [`تخطَّ ${title} وتابع`, `نهاية ${title}`];
      return [open, title, ...bullets, close];
    }
    case 3:
      return [
        'تخطى البودكاست وواصل القراءة',
        'يستحق الانتباه',
        'بودكاست أسبوعي يقدم قصصا إنسانية عن العالم العربي وشبابه.',
        'الحلقات',
        'البودكاست نهاية',
      ];
    case 4: {
      const provider = pick(r, PROVIDERS);
      return [
        `أهمل ${provider} مشاركة`,
        `المحتوى في موقع ${provider} قد يتضمن إعلانات`,
        otherSentence(),
        'تحذير: بي بي سي غير مسؤولة عن محتوى المواقع الخارجية',
        `نهاية ${provider} مشاركة`,
      ];
    }
    case 5:
      return [`${pick(r, READ_ALSO)} ${otherTitle()}`];
    case 6:
      return [pick(r, SHARE)];
    case 7:
      return [pick(r, FOLLOW)];
    case 8:
      return [pick(r, SOURCE_LINES)];
    case 9:
      return [pick(r, LABELS)];
    default:
      return [pick(r, NEWSLETTER)];
  }
}

function headerLines(r: Rand, title: string): string[] {
  const lines: string[] = [];
  if (r() < 0.3) lines.push('إذهب الى المحتوى', 'BBC News عربي');
  lines.push(title);
  if (r() < 0.3) lines.push(pick(r, ['بقلم: محمد عبد الله', 'كتب: سامي الحسن', 'بقلم ليلى أحمد']));
  if (r() < 0.3) lines.push(pick(r, ['آخر تحديث: 15 أغسطس/ آب 2023', 'مدة القراءة: 4 دقائق', 'نشر في: 12/03/2018']));
  return lines;
}

function footerLines(r: Rand, others: Item[]): string[] {
  if (r() < 0.4) return [];
  const lines = FOOTER.slice(0, 2 + Math.floor(r() * (FOOTER.length - 2)));
  if (r() < 0.5) lines.splice(1, 0, `  • ${pick(r, others).title}`, `  • ${pick(r, others).title}`);
  return lines;
}

/** Builds the page dump of one article: headline, body paragraphs interleaved with furniture, footer. */
function makeDump(item: Item, paragraphs: string[], others: Item[], wrapWidth = 0): string {
  const r = rng(wrapWidth ? `wrap:${item.id}` : item.id);
  const blankSeparated = r() < 0.7;
  const sep = blankSeparated ? '\n\n' : '\n';
  const units: string[][] = [headerLines(r, item.title)];
  if (r() < 0.5) units.push(furnitureUnit(r, others));
  paragraphs.forEach((p, i) => {
    units.push(wrapWidth ? hardWrap(p, wrapWidth) : [p]);
    if (i < paragraphs.length - 1 && r() < 0.35) units.push(furnitureUnit(r, others));
  });
  if (r() < 0.5) units.push(furnitureUnit(r, others));
  units.push(footerLines(r, others));
  return units
    .filter((u) => u.length > 0)
    .map((u) => u.join('\n'))
    .join(sep);
}

/** Greedy word wrap at `width` columns, as fold/fmt/textwrap do. */
function hardWrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

// ---------------------------------------------------------------- scoring

interface Tally {
  n: number;
  exact: number;
  titleOk: number;
  own: number;
  bodyOnlyExact: number;
  wrapped: number;
  wrappedExact: number;
  goldLines: number;
  lost: number;
  leaked: number;
}

const newTally = (): Tally => ({
  n: 0,
  exact: 0,
  titleOk: 0,
  wrapped: 0,
  wrappedExact: 0,
  own: 0,
  bodyOnlyExact: 0,
  goldLines: 0,
  lost: 0,
  leaked: 0,
});

function sameLines(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function pct(k: number, n: number): string {
  return n === 0 ? '   -  ' : `${((100 * k) / n).toFixed(1).padStart(5)}%`;
}

function main(): void {
  if (!existsSync(newsDir)) {
    console.error(`eval:furniture needs the shared corpora at ${newsDir} (set MARSAD_SHARED); not found.`);
    process.exit(2);
  }
  const showArg = process.argv.indexOf('--show-dev-failures');
  const showDev = showArg >= 0 ? Number(process.argv[showArg + 1] ?? 5) : 0;

  const items = select(loadCorpora());
  const tallies = new Map<string, Tally>();
  const tallyOf = (key: string) => tallies.get(key) ?? tallies.set(key, newTally()).get(key)!;
  let bareLabel = 0;
  let bareLabelExact = 0;
  let shown = 0;

  for (const item of items) {
    const gold = goldOf(item.body);
    const dev = isDev(item);
    const others = items.filter((o) => o !== item && o.outlet !== item.outlet).slice(0, 400);
    const dump = makeDump(item, gold.lines, others);
    const article = parsePageDump(dump, { kind: 'text' });
    const got = article.blocks.map((b) => b.text.trim());
    const exact = sameLines(got, gold.lines);
    const bodyOnly = parsePageDump(item.body, { kind: 'text' }, { title: item.title });
    const bodyOnlyExact = sameLines(
      bodyOnly.blocks.map((b) => b.text.trim()),
      gold.lines,
    );
    const titleOk = article.title === item.title.trim();
    // Hard-wrapped variant: paragraphs folded at 50–100 columns (only where single spaces make it reversible).
    const wrappable = gold.lines.every((l) => !/\s\s/u.test(l));
    const wrapWidth = 50 + Math.floor(rng(`width:${item.id}`)() * 51);
    const wrappedExact =
      wrappable &&
      sameLines(
        parsePageDump(makeDump(item, gold.lines, others, wrapWidth), { kind: 'text' }).blocks.map((b) => b.text),
        gold.lines,
      );
    if (gold.bareLabel) {
      bareLabel++;
      if (exact) bareLabelExact++;
      continue;
    }
    for (const key of [`${dev ? 'DEV' : 'HELD-OUT'}\t${item.outlet}`, `${dev ? 'DEV' : 'HELD-OUT'}\tall`]) {
      const t = tallyOf(key);
      t.n++;
      if (exact) t.exact++;
      if (titleOk) t.titleOk++;
      if (gold.ownFurniture) t.own++;
      if (bodyOnlyExact) t.bodyOnlyExact++;
      if (wrappable) t.wrapped++;
      if (wrappedExact) t.wrappedExact++;
      t.goldLines += gold.lines.length;
      t.lost += gold.lines.filter((l) => !got.includes(l)).length;
      t.leaked += got.filter((l) => !gold.lines.includes(l)).length;
    }
    if (dev && (!exact || !bodyOnlyExact || !titleOk) && shown < showDev) {
      shown++;
      if (!titleOk) console.log(`--- DEV title: got «${article.title.slice(0, 80)}» for «${item.title}»`);
      if (exact && bodyOnlyExact) continue;
      const mode = exact ? 'body-only' : 'page-dump';
      const gotLines = exact ? bodyOnly.blocks.map((b) => b.text.trim()) : got;
      const missing = gold.lines.filter((l) => !gotLines.includes(l));
      const extra = gotLines.filter((l) => !gold.lines.includes(l));
      console.log(`--- DEV failure (${mode}) ${item.id}`);
      for (const l of missing) console.log(`  missing: ${l.slice(0, 160)}`);
      for (const l of extra) console.log(`  extra:   ${l.slice(0, 160)}`);
    }
  }

  console.log(`Furniture evaluation: ${items.length} articles (${PER_OUTLET} per outlet by SHA-256 of id).`);
  console.log('exact = blocks of the synthetic page dump equal the gold paragraphs; body-only = the raw corpus');
  console.log('body read with the title given (how TREC/JSON readers call parsePageDump); own = articles whose');
  console.log("body carried the outlet's own furniture lines, dropped from the gold by the scorer's own list;");
  console.log('lost = gold paragraphs missing from the page-dump output / all gold paragraphs; leaked = output');
  console.log('blocks that are not gold paragraphs (furniture left in the body, or wrongly joined lines);');
  console.log('wrapped = exact rate of the same dumps with paragraphs hard-wrapped at 50-100 columns.\n');
  console.log('split\toutlet\tn\texact\ttitle\tbody-only\town\tlost\tleaked\twrapped');
  const order = [...tallies.keys()].sort((a, b) => {
    const [sa, oa] = a.split('\t');
    const [sb, ob] = b.split('\t');
    if (sa !== sb) return sa === 'DEV' ? -1 : 1;
    if (oa === 'all') return 1;
    if (ob === 'all') return -1;
    return (oa ?? '') < (ob ?? '') ? -1 : 1;
  });
  for (const key of order) {
    const t = tallies.get(key)!;
    console.log(
      `${key}\t${t.n}\t${pct(t.exact, t.n)}\t${pct(t.titleOk, t.n)}\t${pct(t.bodyOnlyExact, t.n)}\t${t.own}\t${t.lost}/${t.goldLines}\t${t.leaked}\t${pct(t.wrappedExact, t.wrapped)} of ${t.wrapped}`,
    );
  }
  console.log(
    `\nReported apart (bare «اقرأ أيضا:» label in the body, gold cannot be delimited): ${bareLabel} articles,` +
      ` ${bareLabelExact} exact against the body minus the label line only.`,
  );
}

main();
