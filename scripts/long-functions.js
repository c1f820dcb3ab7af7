#!/usr/bin/env node
/**
 * Functions over a length, counted with the TypeScript compiler API (issue 22: "functions of a
 * screen or less"). Every function-like node (declarations, methods, arrow functions, function
 * expressions, constructors, accessors) of the .ts/.tsx files under the given folders, measured
 * from its first token to its last line; a function inside another is counted on its own too.
 *
 *   node scripts/long-functions.js [--over 80] [--files 10] [folders...]   (default: src)
 *
 * Prints how many functions are over the length (and over 200), the longest of them, and the
 * largest files by lines. Writes nothing; exits 0.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const args = process.argv.slice(2);
let over = 80;
let topFiles = 10;
const roots = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--over") over = Number(args[++i]);
  else if (args[i] === "--files") topFiles = Number(args[++i]);
  else roots.push(args[i]);
}
if (roots.length === 0) roots.push("src");

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && e.name !== "generated") yield* walk(p);
    } else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) yield p;
  }
}

function nameOf(node, sf) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name) return node.name.getText(sf);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(sf);
  if (ts.isConstructorDeclaration(node)) return "constructor";
  return "(anonymous)";
}

const functions = [];
const files = [];
for (const root of roots) {
  for (const file of walk(root)) {
    const text = fs.readFileSync(file, "utf8");
    files.push({ file, lines: text.split("\n").length - (text.endsWith("\n") ? 1 : 0) });
    const sf = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const visit = (node) => {
      if (ts.isFunctionLike(node) && node.body) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        functions.push({ file, line: start + 1, name: nameOf(node, sf), lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
}

const long = functions.filter((f) => f.lines > over).sort((a, b) => b.lines - a.lines);
const out = [];
out.push(
  `${long.length} functions over ${over} lines (${long.filter((f) => f.lines > 200).length} over 200), of ${functions.length} in ${files.length} files under ${roots.join(", ")}`,
);
for (const f of long) out.push(`  ${String(f.lines).padStart(4)}  ${f.file}:${f.line} ${f.name}`);
out.push(`largest files:`);
for (const f of files.sort((a, b) => b.lines - a.lines).slice(0, topFiles))
  out.push(`  ${String(f.lines).padStart(4)}  ${f.file}`);
process.stdout.write(out.join("\n") + "\n");
