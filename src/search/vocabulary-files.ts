// The word list's parts as published files: named by a hash of their words, so parts alike (in one language or two)
// are one file, and a file's name changes only with its words.
import { createHash } from "node:crypto";
import { vocabularyParts } from "./shared/vocabulary.ts";

export interface VocabularyFiles {
  /** File name → words: no two published files have the same bytes. */
  files: Map<string, string[]>;
  /** Part name → file name; a part with no words is absent (the search page never asks for it). */
  parts: Record<string, string>;
}

export function vocabularyFiles(vocabulary: readonly string[]): VocabularyFiles {
  const files = new Map<string, string[]>();
  const parts: Record<string, string> = {};
  for (const [name, words] of vocabularyParts(vocabulary)) {
    if (words.length === 0) continue;
    const file = `${createHash("sha256").update(JSON.stringify(words)).digest("hex").slice(0, 12)}.json`;
    files.set(file, words);
    parts[name] = file;
  }
  return { files, parts };
}
