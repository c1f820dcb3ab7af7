/**
 * The house's walls as lint rules (docs/architecture.md shows the same table as a picture):
 *
 * - `house/walls`: which room of src/ may import which. A file's room is its folder under the last
 *   `src/` of its path (src/core, src/hosts/<adapter>, src/panes, src/page, src/cli, src/harness);
 *   an import's room is that of the file it names. Files outside src/ (tests, scripts) are free.
 * - `house/no-cycle`: no circle of imports among the project's own files (type imports included:
 *   a circle of types is still two files that cannot be understood one without the other).
 *
 * The walls are data (ROOMS below) so that the table in docs/architecture.md and this file can be
 * compared line by line.
 */
"use strict";

const fs = require("fs");
const path = require("path");

/** Host folders every host may use: the OOXML file kit and the Office requirement-set data. */
const SHARED_HOSTS = ["hosts/files", "hosts/generated", "hosts/officeVersions"];

/**
 * Per room: the rooms of src/ it may import (its own room always) and, for core, the only packages.
 * `packages: null` means any package.
 */
const ROOMS = {
  core: { rooms: [], packages: ["zod"] },
  "hosts/files": { rooms: ["core", ...SHARED_HOSTS], packages: null },
  "hosts/generated": { rooms: [], packages: null },
  "hosts/officeVersions": { rooms: [], packages: null },
  "hosts/excel": { rooms: ["core", ...SHARED_HOSTS], packages: null },
  "hosts/word": { rooms: ["core", ...SHARED_HOSTS], packages: null },
  "hosts/browserFiles": { rooms: ["core", ...SHARED_HOSTS], packages: null },
  // The in-memory hosts are the fakes of the two Office adapters: they wrap them and implement
  // their ports, so they (and only they) may look into hosts/excel and hosts/word.
  "hosts/memory": { rooms: ["core", ...SHARED_HOSTS, "hosts/excel", "hosts/word"], packages: null },
  panes: { rooms: ["core", ...SHARED_HOSTS, "hosts/excel", "hosts/word", "hosts/browserFiles"], packages: null },
  page: { rooms: ["core", ...SHARED_HOSTS, "hosts/browserFiles", "panes"], packages: null },
  cli: { rooms: ["core", ...SHARED_HOSTS], packages: null },
  harness: {
    rooms: ["core", ...SHARED_HOSTS, "hosts/excel", "hosts/word", "hosts/browserFiles", "hosts/memory", "panes"],
    packages: null,
  },
  preflight: { rooms: [], packages: null },
};

/** The room of a file path, or null when the file is not under a src/ folder. */
function roomOf(file) {
  const parts = path.resolve(file).split(path.sep);
  const at = parts.lastIndexOf("src");
  if (at < 0 || at + 1 >= parts.length) return null;
  const top = parts[at + 1].replace(/\.(tsx?|jsx?)$/, "");
  if (top !== "hosts") return top;
  const second = parts[at + 2];
  return second ? `hosts/${second.replace(/\.(tsx?|jsx?)$/, "")}` : "hosts";
}

/** The package a bare specifier names (`@scope/name` or `name`), with `node:` dropped. */
function packageOf(spec) {
  const bare = spec.replace(/^node:/, "");
  const parts = bare.split("/");
  return bare.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** Each literal module specifier in a file: imports, re-exports, import() and require(). */
function eachSpecifier(context, report) {
  const check = (node, source) => {
    if (source && source.type === "Literal" && typeof source.value === "string") report(node, source.value);
  };
  return {
    ImportDeclaration: (node) => check(node, node.source),
    ExportNamedDeclaration: (node) => check(node, node.source),
    ExportAllDeclaration: (node) => check(node, node.source),
    ImportExpression: (node) => check(node, node.source),
    TSImportEqualsDeclaration: (node) =>
      node.moduleReference && node.moduleReference.expression && check(node, node.moduleReference.expression),
    CallExpression: (node) => {
      if (node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments.length === 1)
        check(node, node.arguments[0]);
    },
  };
}

const walls = {
  meta: {
    type: "problem",
    docs: { description: "Which room of src/ may import which (docs/architecture.md)" },
    schema: [],
    messages: {
      room: "{{from}} may not import {{to}} ('{{spec}}'): see the walls in docs/architecture.md.",
      pkg: "{{from}} may import only {{allowed}} among packages, not '{{spec}}' (docs/architecture.md).",
    },
  },
  create(context) {
    const file = context.filename;
    const from = roomOf(file);
    const rule = from && ROOMS[from];
    if (!rule) return {};
    return eachSpecifier(context, (node, spec) => {
      if (spec.startsWith(".")) {
        const to = roomOf(path.resolve(path.dirname(file), spec));
        if (!to || to === from) return;
        if (!rule.rooms.includes(to)) context.report({ node, messageId: "room", data: { from, to, spec } });
      } else if (rule.packages) {
        if (!rule.packages.includes(packageOf(spec)))
          context.report({ node, messageId: "pkg", data: { from, spec, allowed: rule.packages.join(", ") } });
      }
    });
  },
};

// ---- import circles --------------------------------------------------------------------------

const EXTENSIONS = [".ts", ".tsx", ".js", ".jsx", "/index.ts", "/index.tsx", "/index.js"];

/** The file a relative specifier names, or null (a package, or a file that is not there). */
function resolveFile(fromFile, spec) {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(fromFile), spec);
  if (/\.(tsx?|jsx?)$/.test(base) && fs.existsSync(base)) return base;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** The relative specifiers of a file's static imports and re-exports (comments stripped first). */
function specifiersIn(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  const specs = [];
  const statement = /^\s*(?:import\s*["']([^"']+)["']|(?:import|export)\b[^;"'`]*?\bfrom\s*["']([^"']+)["'])/gm;
  for (const m of code.matchAll(statement)) specs.push(m[1] ?? m[2]);
  return specs;
}

/** Per lint run: each file's resolved imports, read once. */
const edgesCache = new Map();
function edgesOf(file) {
  let edges = edgesCache.get(file);
  if (!edges) {
    let text = "";
    try {
      text = fs.readFileSync(file, "utf8");
    } catch {
      text = "";
    }
    edges = [
      ...new Set(
        specifiersIn(text)
          .map((s) => resolveFile(file, s))
          .filter(Boolean),
      ),
    ];
    edgesCache.set(file, edges);
  }
  return edges;
}

/** A shortest path of imports from `start` back to `target`, or null. */
function pathBack(start, target) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift();
    for (const next of edgesOf(file)) {
      if (next === target) {
        const trail = [file];
        for (let p = previous.get(file); p; p = previous.get(p)) trail.unshift(p);
        return trail;
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

const noCycle = {
  meta: {
    type: "problem",
    docs: { description: "No circle of imports among the project's files" },
    schema: [],
    messages: { cycle: "Import circle: {{trail}}. Move what both need into a third file." },
  },
  create(context) {
    const file = path.resolve(context.filename);
    const cwd = context.cwd || process.cwd();
    return eachSpecifier(context, (node, spec) => {
      if (node.type === "ImportExpression" || node.type === "CallExpression") return;
      const target = resolveFile(file, spec);
      if (!target) return;
      const trail = pathBack(target, file);
      if (!trail) return;
      const names = [file, ...trail, file].map((f) => path.relative(cwd, f));
      context.report({ node, messageId: "cycle", data: { trail: names.join(" → ") } });
    });
  },
};

module.exports = {
  ROOMS,
  SHARED_HOSTS,
  roomOf,
  plugin: { meta: { name: "house" }, rules: { walls, "no-cycle": noCycle } },
};
