/**
 * Issue 20: `localStorage.setItem` unguarded. Storage may throw on any call (disabled storage,
 * private mode, a full quota: "Storage.setItem", MDN; Office's webviews on a locked-down
 * machine): every getItem/setItem/removeItem in the panes and the page goes through
 * safeStorage or sits inside a try block, so it can never fail a pane.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const SRC = path.resolve(__dirname, "../../../src");
const GUARD = "panes/common/safeStorage.ts";

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sources(file);
    return /\.tsx?$/.test(e.name) ? [file] : [];
  });
}

function insideTry(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    const parent: ts.Node | undefined = n.parent;
    if (parent && ts.isTryStatement(parent) && parent.tryBlock === n) return true;
  }
  return false;
}

test("every storage call of the panes and the page is guarded (safeStorage or a try block)", () => {
  const unguarded: string[] = [];
  const files = [...sources(path.join(SRC, "panes")), ...sources(path.join(SRC, "page"))];
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const relative = path.relative(SRC, file).split(path.sep).join("/");
    if (relative === GUARD) continue;
    const text = fs.readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        /^(getItem|setItem|removeItem)$/.test(node.expression.name.text) &&
        !insideTry(node)
      ) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        unguarded.push(`${relative}:${line + 1}: ${node.getText().slice(0, 60)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  expect(unguarded).toEqual([]);
});
