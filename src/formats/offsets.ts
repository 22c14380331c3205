/**
 * Converting between UTF-16 code-unit offsets (JavaScript string indices, what lintas reports)
 * and Unicode code-point offsets (what Python-based tools such as brat count as "characters").
 * The two differ only after an astral character (an emoji, a CJK Extension B ideograph like 𠮷).
 */
export class CodePointOffsets {
  /** UTF-16 offset → code-point offset; only built when the text has astral characters. */
  private readonly toCp: Int32Array | undefined;
  private readonly toUnit: Int32Array | undefined;

  constructor(readonly text: string) {
    if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return;
    const toCp = new Int32Array(text.length + 1);
    const toUnit: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; ) {
      const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      toUnit.push(i);
      toCp[i] = cp;
      // An offset inside a surrogate pair has no code-point equivalent; map it to the pair's start.
      if (width === 2) toCp[i + 1] = cp;
      i += width;
      cp++;
    }
    toCp[text.length] = cp;
    toUnit.push(text.length);
    this.toCp = toCp;
    this.toUnit = Int32Array.from(toUnit);
  }

  /** Code-point offset of a UTF-16 offset. */
  codePoint(unit: number): number {
    return this.toCp ? this.toCp[unit]! : unit;
  }

  /** UTF-16 offset of a code-point offset. */
  unit(codePoint: number): number {
    if (!this.toUnit) return codePoint;
    const u = this.toUnit[codePoint];
    if (u === undefined) throw new RangeError(`code-point offset ${codePoint} is past the end of the text`);
    return u;
  }
}
