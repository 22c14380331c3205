/**
 * A bounded memo keyed by a span of a text (text[start, end)) rather than by a string: the hot
 * loops ask about every syllable of a document, and slicing each one only to look it up costs an
 * allocation plus a fresh hash per syllable. Here the hash is taken over the code units in place
 * and a hit is confirmed by comparing code units; a key string is sliced only on a miss.
 * Open addressing with linear probing; when full, the table starts over (news text reuses a few
 * thousand spellings, so the memo refills quickly).
 */
export class SpanTable<V> {
  /** Entry index + 1 per slot, 0 for an empty slot. */
  private slots: Int32Array;
  private readonly mask: number;
  private readonly keys: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: V[] = [];
  private readonly maxEntries: number;

  constructor(maxEntries: number) {
    let size = 16;
    while (size < maxEntries * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.maxEntries = maxEntries;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The value stored for text[start, end), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const hash = hashSpan(text, start, end);
    const len = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return undefined;
      if (this.hashes[entry] === hash && sameSpan(this.keys[entry]!, len, text, start)) return this.values[entry];
    }
  }

  /** Stores `value` for text[start, end), which must not be stored yet (call after a get miss). */
  add(text: string, start: number, end: number, value: V): void {
    if (this.keys.length >= this.maxEntries) this.clear();
    const hash = hashSpan(text, start, end);
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys.push(text.slice(start, end));
    this.hashes.push(hash);
    this.values.push(value);
    this.slots[slot] = this.keys.length;
  }

  clear(): void {
    this.slots.fill(0);
    this.keys.length = 0;
    this.hashes.length = 0;
    this.values.length = 0;
  }
}

/** FNV-1a over UTF-16 code units. */
function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h & 0x7fffffff;
}

function sameSpan(key: string, len: number, text: string, start: number): boolean {
  if (key.length !== len) return false;
  for (let k = 0; k < len; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
