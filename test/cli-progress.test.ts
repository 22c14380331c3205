import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from '../src/cli/progress.js';

function fakeTerminal(): { stream: NodeJS.WriteStream; written: () => string } {
  let out = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  return { stream, written: () => out };
}

describe('Progress', () => {
  it('draws documents, MB, MB/s and an ETA with a bar when the total is known, and erases itself', () => {
    const { stream, written } = fakeTerminal();
    const progress = new Progress(stream, 4_000_000);
    progress.advance(1_000_000);
    const line = written();
    expect(line).toMatch(/^\r\x1b\[2K\[#{6}-{18}\]  25%  1 docs  1\.0 MB  [\d.]+ MB\/s  ETA \d+:\d\d$/);
    progress.finish();
    expect(written().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('draws counts without a bar or ETA for input of unknown size, at most every 100 ms', () => {
    const { stream, written } = fakeTerminal();
    const progress = new Progress(stream, undefined);
    progress.advance(10);
    progress.advance(10); // within 100 ms of the first: not redrawn
    expect(written()).toMatch(/^\r\x1b\[2K1 docs  0\.0 MB  [\d.]+ MB\/s$/);
  });

  it('stays off when stderr is not a terminal', () => {
    const isTTY = process.stderr.isTTY;
    try {
      (process.stderr as { isTTY?: boolean }).isTTY = false;
      expect(Progress.forStderr(100)).toBeUndefined();
      (process.stderr as { isTTY?: boolean }).isTTY = true;
      expect(Progress.forStderr(100)).toBeInstanceOf(Progress);
    } finally {
      (process.stderr as { isTTY?: boolean }).isTTY = isTTY;
    }
  });
});
