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
