/**
 * A bounded memo keyed by a span of a text (text[start, end)) rather than by a string: the hot
 * loops ask about every syllable of a document, and slicing each one only to look it up costs an
 * allocation plus a fresh hash per syllable. Here the hash is taken over the code units in place
 * and a hit is confirmed by comparing code units; a key string is sliced only on a miss.
 * Open addressing with linear probing; when full, the table starts over (news text reuses a few
 * thousand spellings, so the memo refills quickly).
 *
 * Memory layout matters more than the probe count: inside annotate every stage evicts the others'
 * data from the CPU caches, so each lookup should touch as few cache lines as possible. A slot
 * holds the hash next to the entry number (a probe reads one line, not a second array), and the
 * slot array grows with the entries instead of being sized for the maximum up front (a sparse
 * 512 KB table puts each of a few thousand spellings on its own cache line).
 */
export class SpanTable<V> {
  /** Per slot: [hash, entry index + 1]; entry 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  private readonly maxEntries: number;

  constructor(maxEntries: number) {
    this.maxEntries = maxEntries;
    this.slots = new Int32Array(2 * INITIAL_SLOTS);
    this.mask = INITIAL_SLOTS - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The value stored for text[start, end), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const hash = hashSpan(text, start, end);
    const slots = this.slots;
    const len = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[2 * slot + 1]! - 1;
      if (entry < 0) return undefined;
      if (slots[2 * slot] === hash && sameSpan(this.keys[entry]!, len, text, start)) return this.values[entry];
    }
  }

  /** Stores `value` for text[start, end), which must not be stored yet (call after a get miss). */
  add(text: string, start: number, end: number, value: V): void {
    if (this.keys.length >= this.maxEntries) this.clear();
    // Load factor at most 1/2: probes stay short.
    if (2 * (this.keys.length + 1) > this.mask + 1) this.grow();
    const hash = hashSpan(text, start, end);
    this.keys.push(text.slice(start, end));
    this.values.push(value);
    this.place(hash, this.keys.length);
  }

  clear(): void {
    this.slots = new Int32Array(2 * INITIAL_SLOTS);
    this.mask = INITIAL_SLOTS - 1;
    this.keys.length = 0;
    this.values.length = 0;
  }

  private place(hash: number, entryPlusOne: number): void {
    const slots = this.slots;
    let slot = hash & this.mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = entryPlusOne;
  }

  private grow(): void {
    const old = this.slots;
    const size = 2 * (this.mask + 1);
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) this.place(old[s]!, old[s + 1]!);
  }
}

const INITIAL_SLOTS = 1024;

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
