// Small helpers of the NER artifact's binary layout.

/** An aligned copy of a byte range (typed arrays need aligned offsets). */
export function copyBytes(buffer: Buffer, offset: number, length: number): ArrayBuffer {
  const out = new ArrayBuffer(length);
  new Uint8Array(out).set(buffer.subarray(offset, offset + length));
  return out;
}

/** Sorted ids stored as gaps compress far better. */
export function deltaEncode(ids: Uint32Array): Uint32Array {
  const out = new Uint32Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = i === 0 ? ids[0] : ids[i] - ids[i - 1];
  return out;
}

export function deltaDecode(gaps: Uint32Array): Uint32Array {
  const out = new Uint32Array(gaps.length);
  for (let i = 0; i < gaps.length; i++) out[i] = i === 0 ? gaps[0] : out[i - 1] + gaps[i];
  return out;
}
