// A Bloom filter over a fixed set of words. The linker asks of nearly every token whether it starts a gazetteer
// key; most do not, and a miss in a large Map touches its hash table and key strings, which the other stages keep
// pushing out of the CPU caches. The filter answers most misses from a small bit array; a word it may hold is then
// looked up in the Map as before, so answers are unchanged (no false negatives, only a few extra lookups).

/** Bits per word, rounded up to a power of two: two probes then give about 1% false positives. */
const BITS_PER_WORD = 16;

export class WordFilter {
  private readonly bits: Int32Array;
  private readonly mask: number;

  constructor(words: Iterable<string>) {
    const list = [...words];
    let size = 1 << 10;
    while (size < list.length * BITS_PER_WORD) size <<= 1;
    this.bits = new Int32Array(size >>> 5);
    this.mask = size - 1;
    for (const word of list) {
      const h = hashWord(word);
      this.set(h & this.mask);
      this.set((h >>> 16) & this.mask);
    }
  }

  /** False when `word` is certainly not in the set; true when it may be. */
  mayHave(word: string): boolean {
    const h = hashWord(word);
    return this.has(h & this.mask) && this.has((h >>> 16) & this.mask);
  }

  private set(bit: number): void {
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  private has(bit: number): boolean {
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

/** FNV-1a over the UTF-16 code units, mixed so that the low and high halves are two independent-enough probes. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}

/**
 * The first two letters of a small set of words, one bit per pair (each letter's low seven bits: Arabic letters stay
 * distinct), built per article: a scan over every token rules out most of them with two character reads and one bit,
 * where a Set would hash each one. A word it may start is then checked exactly.
 */
export class FirstLetterPairs {
  private readonly bits = new Uint32Array((1 << 14) >>> 5);

  /** Adds the pair of `word`'s first two letters. */
  add(word: string): void {
    this.set(pairOf(word.charCodeAt(0), word.charCodeAt(1)));
  }

  /** Adds the pair of `letter` + `word`, without building the string. */
  addAfter(letter: string, word: string): void {
    this.set(pairOf(letter.charCodeAt(0), word.charCodeAt(0)));
  }

  /** False when no word added starts with `word`'s first two letters. */
  mayStart(word: string): boolean {
    const pair = pairOf(word.charCodeAt(0), word.charCodeAt(1));
    return (this.bits[pair >>> 5] & (1 << (pair & 31))) !== 0;
  }

  private set(pair: number): void {
    this.bits[pair >>> 5] |= 1 << (pair & 31);
  }

  /** Forgets every pair added, so one instance serves article after article (a new one allocates 2 kB). */
  clear(): void {
    this.bits.fill(0);
  }
}

/** A letter past the word's end reads as NaN, which `& 127` makes 0. */
function pairOf(first: number, second: number): number {
  return ((first & 127) << 7) | (second & 127);
}
