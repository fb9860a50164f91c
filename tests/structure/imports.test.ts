// The code's shape: no import cycles, stages' plugins apart, the engine free of test code, browser code apart.
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { findCycles, importGraph, importsOf, sourceFiles } from "../helpers/import-graph.ts";
import { projectRoot } from "../helpers/site-folder.ts";

const roots = ["eleventy.config.ts", "src", "_includes", "_data", "content", "scripts", "tests", "types"];
const graph = importGraph(sourceFiles(roots.map((root) => path.join(projectRoot, root))));
const relative = (file: string): string => path.relative(projectRoot, file);
const inFolder = (file: string, folder: string): boolean => relative(file).startsWith(`${folder}/`);

test("the import reader sees static, re-exported, side-effect and dynamic imports, not comments", () => {
  const source = `import a from "./a.ts";\nexport { b } from '../b.ts';\nimport "./c.ts";\nconst d = await import("./d.ts");\n// import "./e.ts";\nimport fs from "node:fs";`;
  assert.equal(importsOf("/x/y/file.ts", source), ["/x/y/a.ts", "/x/b.ts", "/x/y/c.ts", "/x/y/d.ts"]);
});

test("a cycle is found, however long, and a diamond is not one", () => {
  assert.equal(
    findCycles(
      new Map([
        ["a", ["b"]],
        ["b", ["c"]],
        ["c", ["a"]],
      ]),
    ),
    [["a", "b", "c", "a"]],
  );
  assert.equal(
    findCycles(
      new Map([
        ["a", ["b", "c"]],
        ["b", ["d"]],
        ["c", ["d"]],
        ["d", []],
      ]),
    ),
    [],
  );
});

test("no module imports itself through others: the project has no import cycle", () => {
  const cycles = findCycles(graph).map((cycle) => cycle.map(relative).join(" → "));
  assert.equal(cycles, [], cycles.join("\n"));
});

test("stage plugins do not import each other: what two stages share lives in a stage module", () => {
  const isPlugin = (file: string): boolean => /^src\/[^/]+\/plugin\.ts$/.test(relative(file));
  const crossings = [...graph].flatMap(([file, imports]) =>
    isPlugin(file) ? imports.filter(isPlugin).map((target) => `${relative(file)} → ${relative(target)}`) : [],
  );
  assert.equal(crossings, []);
});

test("the engine (src/) imports nothing from tests/ or scripts/: test and bench code lives there alone", () => {
  const leaks = [...graph].flatMap(([file, imports]) =>
    inFolder(file, "src")
      ? imports
          .filter((target) => inFolder(target, "tests") || inFolder(target, "scripts"))
          .map((target) => `${relative(file)} → ${relative(target)}`)
      : [],
  );
  assert.equal(leaks, []);
});

test("browser code imports only browser code and the pure modules it shares with the build", () => {
  const allowed = (target: string): boolean =>
    inFolder(target, "src/search/client") ||
    inFolder(target, "src/search/shared") ||
    ["src/content/dates.ts", "src/i18n/ui-strings.ts"].includes(relative(target));
  const client = [...graph].filter(([file]) => inFolder(file, "src/search/client") || inFolder(file, "src/search/shared"));
  const outside = client.flatMap(([file, imports]) =>
    imports.filter((target) => !allowed(target)).map((target) => `${relative(file)} → ${relative(target)}`),
  );
  assert.equal(outside, []);
});

test.run();
