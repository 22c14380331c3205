/**
 * Normalised text with a map back to the caller's string.
 *
 * Every UTF-16 unit `i` of the normalised `text` came from the original range
 * `[starts[i], ends[i])`. Steps that change length (NFC composition) map a whole
 * cluster to its whole source; length-preserving folds (case, width, script) share the map.
 */
export interface MappedText {
  /** The caller's string, untouched. */
  readonly original: string;
  /** The normalised text the pipeline works on. */
  readonly text: string;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** True while every unit maps to its own index (no step changed the length): mapping is then free. */
  readonly identity?: boolean;
}

/** The identity map: normalised text is the original. */
export function identityMap(original: string): MappedText {
  const n = original.length;
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { original, text: original, starts, ends, identity: true };
}

/** Maps a span of the normalised text back to a span of the original string. */
export function toOriginalSpan(m: MappedText, start: number, end: number): [number, number] {
  // A flag, not `m.text === m.original`: comparing two long strings per span made mapping quadratic.
  if (m.identity) return [start, end];
  if (end <= start) {
    const at = start < m.starts.length ? m.starts[start]! : m.original.length;
    return [at, at];
  }
  return [m.starts[start]!, m.ends[end - 1]!];
}

/**
 * Replaces the normalised text by a same-length fold of it (case, width, Traditional→Simplified…).
 * The map is shared, so offsets are unchanged.
 */
export function withSameLengthText(m: MappedText, folded: string): MappedText {
  if (folded.length !== m.text.length) {
    throw new Error(`internal: a same-length fold changed the length (${m.text.length} → ${folded.length})`);
  }
  return { original: m.original, text: folded, starts: m.starts, ends: m.ends, identity: m.identity === true };
}

/** Builds a new normalised text chunk by chunk, each chunk mapped to a range of the *current* normalised text. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  constructor(private readonly base: MappedText) {}

  /** Appends `out`, which replaces `base.text.slice(from, to)`. */
  push(out: string, from: number, to: number): void {
    if (out.length === 0) return;
    this.parts.push(out);
    const s = this.base.starts[from]!;
    const e = this.base.ends[to - 1]!;
    if (out.length === to - from) {
      // Same length: keep the finer per-unit map.
      for (let i = from; i < to; i++) {
        this.starts.push(this.base.starts[i]!);
        this.ends.push(this.base.ends[i]!);
      }
    } else {
      for (let i = 0; i < out.length; i++) {
        this.starts.push(s);
        this.ends.push(e);
      }
    }
  }

  /** Inserts `out` (e.g. a space between glued words) mapped to the empty range before base unit `at`. */
  insert(out: string, at: number): void {
    const pos = at < this.base.starts.length ? this.base.starts[at]! : this.base.original.length;
    this.parts.push(out);
    for (let i = 0; i < out.length; i++) {
      this.starts.push(pos);
      this.ends.push(pos);
    }
  }

  build(): MappedText {
    return {
      original: this.base.original,
      text: this.parts.join(''),
      starts: Uint32Array.from(this.starts),
      ends: Uint32Array.from(this.ends),
    };
  }
}
