// A written page's bytes, let go once the file is on disk: Eleventy keeps every page it wrote until the build ends.
import { statSync } from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";

interface HeldPage {
  bytes: Buffer;
  outputPath: string;
}

/**
 * Eleventy returns each page's content in its build results and caches it on the template, so a large site holds
 * all its HTML at once (about a third of the build's memory). A production build reads neither, so once a page's
 * file has its full size on disk, its bytes are detached: the buffer Eleventy still references becomes empty.
 */
export class WrittenPages {
  #held: HeldPage[] = [];

  /** UTF-8 bytes of a page about to be written to `outputPath`: about half the memory of a string with Cyrillic. */
  hold(content: string, outputPath: string): Buffer {
    const bytes = ownBytes(content);
    // Only a buffer that owns its memory: a small one shares Node's pool with other buffers.
    if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length) this.#held.push({ bytes, outputPath });
    this.release();
    return bytes;
  }

  /** Lets go of every held page whose file is written; pages still in flight are kept. Returns how many are held. */
  release(): number {
    this.#held = this.#held.filter(({ bytes, outputPath }) => {
      if (statSync(outputPath, { throwIfNoEntry: false })?.size !== bytes.length) return true;
      structuredClone(bytes.buffer, { transfer: [bytes.buffer] }); // detaches: the memory is freed with the clone
      return false;
    });
    return this.#held.length;
  }
}

/**
 * Eleventy starts every page's layout at once, so every page's full HTML is alive together before the first file is
 * written: the build's peak memory. A page takes a slot before its layout renders and gives it back at the last
 * transform, just before its file is written, so at most `limit` rendered pages wait in memory at any time.
 */
export class PageSlots {
  #free: number;
  #waiting: Array<() => void> = [];
  #held = new Set<string>();

  constructor(limit: number) {
    this.#free = limit;
  }

  /** Resolves once `page` (its output path) holds a slot; a page holds at most one, however many layouts it has. */
  async enter(page: string): Promise<void> {
    if (this.#held.has(page)) return;
    this.#held.add(page);
    if (this.#free > 0) this.#free -= 1;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  /** Gives `page`'s slot to the next page waiting, if it held one. */
  leave(page: string): void {
    if (!this.#held.delete(page)) return;
    const next = this.#waiting.shift();
    if (next) next();
    else this.#free += 1;
  }
}

/**
 * A full garbage collection whenever the heap has grown by `step` bytes since the last: while writing, V8 let the
 * heap of a 10,000-article build grow from 0.9 to 2.2 GB, mostly pages already written, before collecting it once.
 */
export function collectGarbageEvery(step: number): () => void {
  v8.setFlagsFromString("--expose-gc");
  const collect = vm.runInNewContext("gc") as () => void;
  let mark = process.memoryUsage().heapUsed;
  return () => {
    if (process.memoryUsage().heapUsed - mark < step) return;
    collect();
    mark = process.memoryUsage().heapUsed;
  };
}

/** The production build's slots (src/publish/plugin.ts sets them); the dev server renders without. */
export const renderFlow: { slots?: PageSlots } = {};

// Pages from 4 KiB up get memory of their own. Buffer.from pools anything under half of Buffer.poolSize, which Node 24
// raised to 64 KiB: a 17 KB page then shared a block with others and could never be detached and freed.
const ownMemoryFrom = 4096;

/** A page's UTF-8 bytes; from ownMemoryFrom on, in an ArrayBuffer of exactly their length. */
function ownBytes(content: string): Buffer {
  const length = Buffer.byteLength(content);
  if (length < ownMemoryFrom) return Buffer.from(content);
  const bytes = Buffer.allocUnsafeSlow(length);
  bytes.write(content);
  return bytes;
}
