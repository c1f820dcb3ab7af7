/**
 * The walls of docs/architecture.md are enforced by `npm run lint` (eslint-rules/house.js): each
 * deliberately wrong import in test/lint-fixtures/ must give its wall's error through the project's
 * own ESLint config, and an allowed import none.
 */
import * as path from "path";
import { ESLint } from "eslint";

const root = path.resolve(__dirname, "../..");
const fixtures = path.join(root, "test/lint-fixtures");
// The project's own config, passed in (ESLint would load the file with a dynamic import(), which
// jest's module sandbox does not run).
const projectConfig = require(path.join(root, "eslint.config.js"));
const lintWith = (ignore: boolean) =>
  new ESLint({ cwd: root, ignore, overrideConfigFile: true, baseConfig: projectConfig });

/** The house rules' messages for one fixture, linted with eslint.config.js (ignores off). */
async function houseErrors(file: string): Promise<{ rule: string; message: string }[]> {
  const eslint = lintWith(false);
  const [result] = await eslint.lintFiles([path.join(fixtures, file)]);
  return result.messages
    .filter((m) => m.ruleId?.startsWith("house/"))
    .map((m) => ({ rule: m.ruleId!, message: m.message }));
}

describe("the walls fail the lint on a wrong import", () => {
  test.each([
    ["src/core/importsHost.ts", /core may not import hosts\/files/],
    ["src/core/importsPackage.ts", /core may import only zod among packages, not 'jszip'/],
    ["src/core/importsNode.ts", /core may import only zod among packages, not 'node:fs'/],
    ["src/panes/word/importsMemory.tsx", /panes may not import hosts\/memory/],
    ["src/page/importsMemory.tsx", /page may not import hosts\/memory/],
    ["src/hosts/excel/importsWord.ts", /hosts\/excel may not import hosts\/word/],
    ["src/hosts/word/importsBrowserFiles.ts", /hosts\/word may not import hosts\/browserFiles/],
    ["src/cli/importsPanes.ts", /cli may not import panes/],
  ])("%s", async (file, expected) => {
    const errors = await houseErrors(file);
    expect(errors).toHaveLength(1);
    expect(errors[0].rule).toBe("house/walls");
    expect(errors[0].message).toMatch(expected);
  });

  test("an adapter's imports of core and the shared host folders pass", async () => {
    expect(await houseErrors("src/hosts/excel/importsShared.ts")).toEqual([]);
  });

  test("an import circle is an error in each of its files, naming the circle", async () => {
    for (const file of ["cycle/first.ts", "cycle/second.ts"]) {
      const errors = await houseErrors(file);
      expect(errors.map((e) => e.rule)).toEqual(["house/no-cycle"]);
      expect(errors[0].message).toMatch(/Import circle: test\/lint-fixtures\/cycle\/\w+\.ts → .* → /);
    }
  });

  test("the fixtures stay out of the normal lint run", async () => {
    const eslint = lintWith(true);
    expect(await eslint.isPathIgnored(path.join(fixtures, "src/core/importsHost.ts"))).toBe(true);
  });
});
