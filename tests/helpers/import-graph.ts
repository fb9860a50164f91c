// The project's own import graph, read from its TypeScript sources: for the cycle and layering checks in npm test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** file → the project files it imports (relative specifiers only; packages are not part of the graph). */
export type ImportGraph = Map<string, string[]>;

const specifiers = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']+)\1/g;

/** The relative imports of one source text, resolved against its file. */
export function importsOf(file: string, source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...withoutComments.matchAll(specifiers)].map((match) => path.resolve(path.dirname(file), match[2] ?? ""));
}

/** Every .ts and .tsx file under `roots` (files or folders), skipping node_modules and built output. */
export function sourceFiles(roots: string[]): string[] {
  return roots.flatMap((root) => {
    if (!statSync(root).isDirectory()) return /\.tsx?$/.test(root) ? [root] : [];
    return readdirSync(root).flatMap((entry) =>
      ["node_modules", "_site", ".staging", ".cache"].includes(entry) ? [] : sourceFiles([path.join(root, entry)]),
    );
  });
}

export function importGraph(files: string[]): ImportGraph {
  return new Map(files.map((file) => [file, importsOf(file, readFileSync(file, "utf8"))]));
}

/**
 * Each import cycle once, as the files in import order with the first repeated at the end.
 * @example findCycles(new Map([["a", ["b"]], ["b", ["a"]]])) // => [["a", "b", "a"]]
 */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (file: string): void => {
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (onStack.has(next)) cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!done.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    onStack.delete(file);
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) if (!done.has(file)) visit(file);
  return cycles;
}
