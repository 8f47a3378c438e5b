// Interface strings in Arabic (default, right-to-left) and English (left-to-right).
export type Lang = 'ar' | 'en';

const STRINGS = {
  brand: { ar: 'مرصد', en: 'Marsad' },
  tagline: { ar: 'رصد الأخبار العربية', en: 'Arabic news intelligence' },
  navSearch: { ar: 'البحث', en: 'Search' },
  navNetwork: { ar: 'شبكة الفاعلين', en: 'Actor network' },
  navAnalyze: { ar: 'حلّل نصًا', en: 'Analyze a text' },
  toggle: { ar: 'English', en: 'العربية' },
  searchPlaceholder: { ar: 'ابحث في الأخبار… مثل: بوتين', en: 'Search the news… e.g. بوتين' },
  searchButton: { ar: 'ابحث', en: 'Search' },
  filters: { ar: 'عوامل التصفية', en: 'Filters' },
  country: { ar: 'الدولة (رمز)', en: 'Country (code)' },
  from: { ar: 'من', en: 'From' },
  to: { ar: 'إلى', en: 'To' },
  source: { ar: 'المصدر', en: 'Source' },
  modeAll: { ar: 'كل الكلمات', en: 'All words' },
  modeAny: { ar: 'أي كلمة', en: 'Any word' },
  recent: { ar: 'أحدث المقالات', en: 'Latest articles' },
  results: { ar: 'النتائج', en: 'Results' },
  noResults: {
    ar: 'لا نتائج. جرّب كلمات أخرى أو أزل بعض عوامل التصفية.',
    en: 'No results. Try other words or fewer filters.',
  },
  previous: { ar: 'السابق', en: 'Previous' },
  next: { ar: 'التالي', en: 'Next' },
  page: { ar: 'صفحة', en: 'Page' },
  loading: { ar: 'جارٍ التحميل…', en: 'Loading…' },
  error: { ar: 'حدث خطأ', en: 'Something went wrong' },
  notFound: { ar: 'غير موجود', en: 'Not found' },
  stats: { ar: 'في المرصد', en: 'In the store' },
  articles: { ar: 'مقالة', en: 'articles' },
  entities: { ar: 'الكيانات', en: 'Entities' },
  quotes: { ar: 'الاقتباسات', en: 'Quotes' },
  times: { ar: 'التعابير الزمنية', en: 'Time expressions' },
  events: { ar: 'الأحداث', en: 'Events' },
  mentions: { ar: 'إشارة', en: 'mentions' },
  topEntities: { ar: 'أكثر الكيانات ذكرًا', en: 'Most mentioned entities' },
  published: { ar: 'تاريخ النشر', en: 'Published' },
  openSource: { ar: 'المصدر الأصلي', en: 'Original' },
  legend: { ar: 'مفتاح الألوان', en: 'Legend' },
  PER: { ar: 'شخص', en: 'Person' },
  LOC: { ar: 'مكان', en: 'Place' },
  ORG: { ar: 'منظمة', en: 'Organization' },
  MISC: { ar: 'أخرى', en: 'Other' },
  quote: { ar: 'اقتباس', en: 'Quote' },
  time: { ar: 'زمن', en: 'Time' },
  trigger: { ar: 'حدث', en: 'Event' },
  speaker: { ar: 'المتحدث', en: 'Speaker' },
  unknownSpeaker: { ar: 'متحدث غير معروف', en: 'unknown speaker' },
  direct: { ar: 'مباشر', en: 'direct' },
  reported: { ar: 'منقول', en: 'reported' },
  removed: { ar: 'ما أُزيل من الصفحة (للتدقيق)', en: 'Removed page furniture (audit)' },
  captions: { ar: 'تعليقات الصور', en: 'Captions' },
  related: { ar: 'روابط ذات صلة', en: 'Related links' },
  none: { ar: 'لا شيء', en: 'None' },
  layerEmpty: { ar: 'لم تُستخرج بعد', en: 'not extracted yet' },
  negated: { ar: 'منفي', en: 'negated' },
  hypothetical: { ar: 'افتراضي', en: 'hypothetical' },
  timeline: { ar: 'الإشارات عبر الزمن (شهريًا)', en: 'Mentions over time (by month)' },
  coOccurring: { ar: 'يُذكر غالبًا مع', en: 'Often mentioned with' },
  sharedArticles: { ar: 'مقالة مشتركة', en: 'shared articles' },
  inArticles: { ar: 'مذكور في', en: 'Mentioned in' },
  cooperation: { ar: 'تعاون', en: 'Cooperation' },
  conflict: { ar: 'نزاع', en: 'Conflict' },
  apply: { ar: 'تطبيق', en: 'Apply' },
  graphEmpty: { ar: 'لا أحداث بين فاعلين في هذه الفترة.', en: 'No events between actors in this period.' },
  graphHelp: {
    ar: 'العُقد دول وأشخاص؛ الخطوط الخضراء تعاون والحمراء نزاع، وسُمكها بعدد الأحداث. انقر عقدة لفتح صفحتها.',
    en: 'Nodes are countries and people; green edges are cooperation, red conflict, thicker with more events. Click a node to open it.',
  },
  analyzeHelp: {
    ar: 'الصق نص مقالة أو صفحة HTML لتراها محلّلة. لا يُخزَّن شيء.',
    en: 'Paste an article’s text or an HTML page to see it annotated. Nothing is stored.',
  },
  analyzeButton: { ar: 'حلّل', en: 'Analyze' },
  titleOptional: { ar: 'العنوان (اختياري)', en: 'Title (optional)' },
  publishedOptional: { ar: 'تاريخ النشر (لتثبيت التواريخ النسبية)', en: 'Publication date (anchors relative dates)' },
  isHtml: { ar: 'النص صفحة HTML', en: 'The text is an HTML page' },
  body: { ar: 'النص', en: 'Text' },
  country_: { ar: 'الدولة', en: 'Country' },
  type: { ar: 'النوع', en: 'Type' },
  date: { ar: 'التاريخ', en: 'Date' },
  actors: { ar: 'الطرفان', en: 'Actors' },
  code: { ar: 'الرمز', en: 'Code' },
  article: { ar: 'المقالة', en: 'Article' },
  wikidata: { ar: 'ويكي بيانات', en: 'Wikidata' },
} as const;

export type StringKey = keyof typeof STRINGS;

let current: Lang = (localStorage.getItem('marsad.lang') as Lang | null) === 'en' ? 'en' : 'ar';

export function lang(): Lang {
  return current;
}

export function t(key: StringKey): string {
  return STRINGS[key][current];
}

/** Switches the interface language and direction; the caller re-renders. */
export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem('marsad.lang', next);
  applyLang();
}

export function applyLang(): void {
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
}

/** Numbers in the interface language's digits grouping (Western digits in both, as Arabic news sites do). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(current === 'ar' ? 'ar-u-nu-latn' : 'en').format(n);
}
