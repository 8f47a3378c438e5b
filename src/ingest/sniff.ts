// Chooses a reader from the decoded text itself, not from the file name.

export type ContentKind = 'html' | 'feed' | 'trec' | 'json' | 'jsonl' | 'text';

/** Markup before the root element: XML declarations, processing instructions, comments, DOCTYPEs. */
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?!\s+html)[^>]*>)*/i;
const HTML_TAGS =
  /<(?:p|div|span|a|br|h[1-6]|li|ul|ol|table|tr|td|img|script|style|meta|link|article|section|header|footer|nav)\b[^>]*>/gi;

/** An array of records/values or an object with a key: text that merely begins with "[" stays text. */
const JSON_START = /^(?:\[\s*[[{"\]]|\{\s*["}])/;

export function sniffText(text: string): ContentKind {
  const head = text.slice(0, 65536).replace(/^\uFEFF/, '');
  const start = head.slice(PROLOG.exec(head)?.[0].length ?? 0);
  const root = /^<([A-Za-z][\w:.-]*)/.exec(start)?.[1];
  if (root) {
    const name = root.toLowerCase();
    if (name === 'rss' || name === 'feed' || name === 'rdf:rdf') return 'feed';
    if (name === 'doc') return 'trec';
    if (name === 'html' || name === 'head' || name === 'body') return 'html';
  }
  if (/^<!DOCTYPE\s+html/i.test(start)) return 'html';
  if (JSON_START.test(start)) return looksLikeJsonLines(start) ? 'jsonl' : 'json';
  if (/^<DOC>/.test(start) || /^\s*<DOC>\s*<DOCNO>/m.test(head)) return 'trec';
  if ((head.match(HTML_TAGS)?.length ?? 0) >= 5) return 'html';
  return 'text';
}

/** JSON Lines: the first line is a complete JSON object by itself. */
export function looksLikeJsonLines(text: string): boolean {
  const firstLine = text.trimStart().split('\n', 1)[0].trim();
  if (!firstLine.startsWith('{')) return false;
  try {
    JSON.parse(firstLine);
    return true;
  } catch {
    return false;
  }
}
