// Progress of the image pipeline in the terminal: "[images] 24/60", rewritten in place on a TTY, otherwise a line
// every few seconds, so a thousand images never print a thousand lines.

export interface ProgressOptions {
  write: (text: string) => void;
  /** A TTY can rewrite one line; a log file or CI gets occasional full lines. */
  isTTY: boolean;
  now?: () => number;
  /** Least time between two printed lines when not on a TTY. */
  intervalMs?: number;
}

export class ImageProgress {
  private total = 0;
  private settled = 0;
  private lastPrint: number;
  private printedInPlace = false;
  private readonly now: () => number;
  private readonly intervalMs: number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.intervalMs = options.intervalMs ?? (options.isTTY ? 100 : 2000);
    this.lastPrint = this.now();
  }

  /** A new image joined the queue (pages discover images while they are written, so the total grows). */
  queued(): void {
    this.total += 1;
  }

  /** An image is done, encoded or taken from the cache. */
  done(): void {
    this.settled += 1;
    if (this.now() - this.lastPrint >= this.intervalMs) this.print();
  }

  get line(): string {
    return `[images] ${this.settled}/${this.total}`;
  }

  /** Ends the in-place line, so the next output starts on a fresh one. */
  finish(): void {
    if (this.printedInPlace) this.options.write(`\r${this.line}\n`);
    this.printedInPlace = false;
  }

  private print(): void {
    this.lastPrint = this.now();
    if (this.options.isTTY) {
      this.options.write(`\r${this.line}`);
      this.printedInPlace = true;
    } else {
      this.options.write(`${this.line}\n`);
    }
  }
}
