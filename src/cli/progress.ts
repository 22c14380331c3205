/**
 * A one-line progress display on stderr (documents, MB, MB/s, ETA when the input size is known).
 * Only used when stderr is a terminal, so pipes and log files stay clean.
 */
export class Progress {
  private docs = 0;
  private bytes = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly totalBytes: number | undefined,
  ) {}

  static forStderr(totalBytes: number | undefined): Progress | undefined {
    return process.stderr.isTTY ? new Progress(process.stderr, totalBytes) : undefined;
  }

  advance(bytes: number): void {
    this.docs++;
    this.bytes += bytes;
    const now = Date.now();
    if (now - this.lastDraw >= 100) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  /** Erases the line (before other stderr output, and at the end). */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }

  finish(): void {
    this.clear();
  }

  private draw(now: number): void {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const mb = this.bytes / 1e6;
    const rate = mb / seconds;
    let line = `${this.docs} docs  ${mb.toFixed(1)} MB  ${rate.toFixed(2)} MB/s`;
    if (this.totalBytes) {
      const fraction = Math.min(this.bytes / this.totalBytes, 1);
      const width = 24;
      const filled = Math.round(fraction * width);
      const eta = rate > 0 ? (this.totalBytes / 1e6 - mb) / rate : 0;
      line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${line}  ETA ${clock(eta)}`;
    }
    this.stream.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
