// One answer typed in the editor's terminal, read synchronously so the commands stay plain functions.
import { readSync } from "node:fs";

/** Prints the question and returns the line typed, trimmed; "" at the end of input. */
export function askLine(question: string): string {
  process.stdout.write(question);
  const bytes: number[] = [];
  const byte = Buffer.alloc(1);
  while (readSync(0, byte, 0, 1, null) === 1 && byte[0] !== 0x0a) bytes.push(byte[0] ?? 0);
  return Buffer.from(bytes).toString("utf8").trim();
}
