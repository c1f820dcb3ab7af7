/**
 * The API-set check (issue 8): every Office.js member the adapters in src/hosts/excel and
 * src/hosts/word use, with its requirement set from @types/office-js (the generated table
 * src/hosts/generated/apiSets.ts), must sit behind a requirement-registry gate of that set at
 * that version or higher. A new ungated call fails the suite, naming file, line, member and set.
 *
 * How a piece of code is gated (the nearest enclosing gates count; the highest version wins):
 * - a comment `@requires <feature>` (JSDoc of a function, or a line comment before a statement),
 *   the feature being one of the registries: EXCEL_FEATURE_REQUIREMENTS (src/hosts/excel/requirements.ts),
 *   WORD_FEATURE_REQUIREMENTS (src/hosts/word/requirements.ts) or SOP_REQUIREMENTS (src/hosts/word/sopOffice.ts,
 *   named `sop.<key>`);
 * - the batch given to `gated("<feature>", ...)` (createOfficeExcelHost refuses it at run time when the set is missing);
 * - a run-time check: the true branch of `if (CHECK)` or `CHECK ? a : b`, and the statements after
 *   `if (!CHECK) return/throw ...`, where CHECK is `has("<feature>")`, `isSupported(statuses, "<feature>")`,
 *   `has(SOP_REQUIREMENTS.<key>.set, SOP_REQUIREMENTS.<key>.version)`, `req(SOP_REQUIREMENTS.<key>)`,
 *   `isSetSupported("<Set>", "<version>")` of a set and version a registry names, or a const/arrow
 *   function whose value is one of those.
 * A function marked `@requires F` may only be called from code gated at F's version or higher:
 * that ties the comments to the run-time gates in createOfficeExcelHost.
 *
 * Checked: property reads (get note), assignments (set note), calls (and parameters with a note
 * of their own, e.g. getUsedRange(valuesOnly)), and the names given to `load("...")`.
 */
import { readFileSync, readdirSync } from "fs";
import { join, relative } from "path";
import * as ts from "typescript";
import { GENERATED_PATH, buildApiSetTable, generate } from "../../scripts/api-sets";
import { API_SETS } from "../../src/hosts/generated/apiSets";
import { EXCEL_FEATURE_REQUIREMENTS } from "../../src/hosts/excel/requirements";
import { WORD_FEATURE_REQUIREMENTS } from "../../src/hosts/word/requirements";
import { SOP_REQUIREMENTS } from "../../src/hosts/word/sopOffice";
import { compareVersions } from "../../src/hosts/memory/officeFakeRules";

const ROOT = join(__dirname, "../..");
const ADAPTER_DIRS = ["src/hosts/excel", "src/hosts/word"];

/** Feature name -> { set, version } from the registries. */
function registry(): Map<string, { set: string; version: string }> {
  const out = new Map<string, { set: string; version: string }>();
  for (const r of EXCEL_FEATURE_REQUIREMENTS) out.set(r.feature, { set: r.set, version: r.version });
  for (const r of WORD_FEATURE_REQUIREMENTS) out.set(r.feature, { set: r.set, version: r.version });
  for (const [k, r] of Object.entries(SOP_REQUIREMENTS)) out.set(`sop.${k}`, { set: r.set, version: r.version });
  return out;
}

interface Violation {
  where: string;
  what: string;
}

function adapterFiles(): string[] {
  return ADAPTER_DIRS.flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => join(ROOT, d, f)),
  );
}

function program(files: string[]): ts.Program {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram(files, { ...parsed.options, noEmit: true });
}

const REQUIRES = /@requires\s+([\w.]+(?:\s*,\s*[\w.]+)*)/g;

/** The Office class key ("Excel.Worksheet") of a declaration in @types/office-js, or null. */
function officeClassOf(decl: ts.Declaration): string | null {
  if (!decl.getSourceFile().fileName.includes("@types/office-js")) return null;
  const cls = decl.parent;
  if (!cls || !ts.isClassDeclaration(cls) || !cls.name) return null;
  const block = cls.parent;
  if (!block || !ts.isModuleBlock(block)) return null;
  const ns = block.parent;
  if (!ts.isModuleDeclaration(ns) || !ts.isIdentifier(ns.name)) return null;
  return `${ns.name.text}.${cls.name.text}`;
}

function isWrite(node: ts.Node): boolean {
  const p = node.parent;
  return (
    ts.isBinaryExpression(p) &&
    p.left === node &&
    p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

/** The strings a `load(...)` argument can be: literals, or a const initialised with literals. */
function loadStrings(arg: ts.Expression, checker: ts.TypeChecker): string[] | null {
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return [arg.text];
  if (ts.isArrayLiteralExpression(arg)) {
    const parts = arg.elements.map((e) => loadStrings(e as ts.Expression, checker));
    return parts.every((p) => p) ? (parts.flat() as string[]) : null;
  }
  if (ts.isConditionalExpression(arg)) {
    const a = loadStrings(arg.whenTrue, checker);
    const b = loadStrings(arg.whenFalse, checker);
    return a && b ? [...a, ...b] : null;
  }
  if (ts.isIdentifier(arg)) {
    const decl = checker.getSymbolAtLocation(arg)?.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer) return loadStrings(decl.initializer, checker);
  }
  return null;
}

interface Gate {
  set: string;
  version: string;
  feature: string;
}

const FIXTURE = join(ROOT, "test/hosts/fixtures/ungatedAdapter.ts");

function scan(files: string[]): { uses: number; violations: Violation[]; gatedCalls: number } {
  const prog = program(files);
  const checker = prog.getTypeChecker();
  const features = registry();
  const violations: Violation[] = [];
  let uses = 0;
  let gatedCalls = 0;

  /** The registry features a run-time check expression establishes when true. */
  const checkOf = (expr: ts.Expression, depth = 0): string[] => {
    if (depth > 3) return [];
    while (ts.isParenthesizedExpression(expr)) expr = expr.expression;
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
      return [...checkOf(expr.left, depth), ...checkOf(expr.right, depth)];
    const initializerOf = (id: ts.Expression): ts.Expression | undefined => {
      const decl = checker.getSymbolAtLocation(id)?.valueDeclaration;
      return decl && ts.isVariableDeclaration(decl) ? decl.initializer : undefined;
    };
    const resolve = (id: ts.Expression): string[] => {
      const init = initializerOf(id);
      if (!init) return [];
      if (ts.isArrowFunction(init) && !ts.isBlock(init.body)) return checkOf(init.body, depth + 1);
      // `const x = CHECK ? value : null`: x is truthy only when CHECK held.
      if (ts.isConditionalExpression(init) && init.whenFalse.kind === ts.SyntaxKind.NullKeyword)
        return checkOf(init.condition, depth + 1);
      return checkOf(init, depth + 1);
    };
    if (ts.isIdentifier(expr)) return resolve(expr);
    // `caps.x` where `caps = capabilities()` and capabilities() builds `{ x: CHECK, ... }`.
    if (ts.isPropertyAccessExpression(expr)) {
      let target: ts.Expression | undefined = ts.isIdentifier(expr.expression)
        ? initializerOf(expr.expression)
        : expr.expression;
      if (target && ts.isCallExpression(target)) target = initializerOf(target.expression);
      if (!target || !ts.isArrowFunction(target)) return [];
      const name = expr.name.text;
      let found: ts.Expression | undefined;
      const find = (n: ts.Node): void => {
        if (ts.isPropertyAssignment(n) && n.name.getText() === name) found = n.initializer;
        else ts.forEachChild(n, find);
      };
      find(target.body);
      return found ? checkOf(found, depth + 1) : [];
    }
    if (!ts.isCallExpression(expr)) return [];
    const out: string[] = [];
    const args = expr.arguments;
    const sop = args.map((a) => /^SOP_REQUIREMENTS\.(\w+)/.exec(a.getText())).find((m) => m)?.[1];
    const literal = args.filter((a): a is ts.StringLiteral => ts.isStringLiteral(a)).map((a) => a.text);
    const callee = expr.expression.getText();
    if (sop && /^(has|req|isSetSupported)$/.test(callee)) out.push(`sop.${sop}`);
    else if (/^(has|isSupported)$/.test(callee) && literal.length === 1 && features.has(literal[0]))
      out.push(literal[0]);
    else if (/(^|\.)(has|isSetSupported)$/.test(callee) && literal.length === 2) {
      const match = [...features].find(([, f]) => f.set === literal[0] && f.version === literal[1]);
      if (match) out.push(match[0]);
    } else if (args.length === 0) out.push(...resolve(expr.expression));
    return out;
  };

  /** A statement `if (!CHECK) return|throw ...` (no else): CHECK's features hold after it. */
  const guardOf = (st: ts.Statement): string[] => {
    if (!ts.isIfStatement(st) || st.elseStatement) return [];
    const cond = st.expression;
    if (!ts.isPrefixUnaryExpression(cond) || cond.operator !== ts.SyntaxKind.ExclamationToken) return [];
    const then = st.thenStatement;
    const last = ts.isBlock(then) ? then.statements[then.statements.length - 1] : then;
    if (!last || !(ts.isReturnStatement(last) || ts.isThrowStatement(last))) return [];
    return checkOf(cond.operand);
  };

  const gatesOf = (node: ts.Node, source: ts.SourceFile): Gate[] => {
    const gates: Gate[] = [];
    const text = source.text;
    const add = (feature: string, where: ts.Node) => {
      const f = features.get(feature);
      if (!f) {
        violations.push({ where: at(source, where), what: `unknown feature "${feature}" in a gate` });
        return;
      }
      gates.push({ ...f, feature });
    };
    for (let n: ts.Node | undefined = node; n && !ts.isSourceFile(n); n = n.parent) {
      for (const c of ts.getLeadingCommentRanges(text, n.pos) ?? []) {
        for (const m of text.slice(c.pos, c.end).matchAll(REQUIRES)) for (const f of m[1].split(/\s*,\s*/)) add(f, n);
      }
      const p: ts.Node | undefined = n.parent;
      if (p && ts.isCallExpression(p) && p.arguments.includes(n as ts.Expression)) {
        const callee = p.expression;
        const first = p.arguments[0];
        if (ts.isIdentifier(callee) && callee.text === "gated" && first && ts.isStringLiteral(first))
          add(first.text, p);
      }
      if (p && ts.isIfStatement(p) && p.thenStatement === n) for (const f of checkOf(p.expression)) add(f, p);
      // `x?.member`: runs only when x is not null (see `const x = CHECK ? value : null`).
      if ((ts.isPropertyAccessExpression(n) || ts.isCallExpression(n)) && n.questionDotToken)
        for (const f of checkOf(n.expression)) add(f, n);
      if (p && ts.isConditionalExpression(p) && p.whenTrue === n) for (const f of checkOf(p.condition)) add(f, p);
      if (p && (ts.isBlock(p) || ts.isSourceFile(p)) && ts.isStatement(n as ts.Statement)) {
        const siblings = (p as ts.Block).statements;
        for (const st of siblings.slice(0, siblings.indexOf(n as ts.Statement)))
          for (const f of guardOf(st)) add(f, st);
      }
    }
    return gates;
  };

  const at = (source: ts.SourceFile, node: ts.Node) =>
    `${relative(ROOT, source.fileName)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;

  const covered = (note: string, write: boolean, gates: Gate[]) => {
    const parts = note.split("|");
    const [set, version] = (write && parts[1] ? parts[1] : parts[0]).split(" ");
    return gates.some((g) => g.set === set && compareVersions(g.version, version) >= 0);
  };

  const check = (source: ts.SourceFile, node: ts.Node, member: string, note: string, write: boolean) => {
    uses++;
    const gates = gatesOf(node, source);
    if (!covered(note, write, gates))
      violations.push({
        where: at(source, node),
        what: `${member}${write ? " (set)" : ""} needs ${write && note.includes("|") ? note.split("|")[1] : note.split("|")[0]}; gates here: ${
          gates.map((g) => `${g.feature}=${g.set} ${g.version}`).join(", ") || "none"
        }`,
      });
  };

  /** Functions marked @requires: their callers must be gated at least as high. */
  const requiredOf = (decl: ts.Node, source: ts.SourceFile): Gate[] => {
    const out: Gate[] = [];
    const text = source.text;
    const holder = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
    for (const c of ts.getLeadingCommentRanges(text, holder.pos) ?? [])
      for (const m of text.slice(c.pos, c.end).matchAll(REQUIRES))
        for (const f of m[1].split(/\s*,\s*/)) {
          const g = features.get(f);
          if (g) out.push({ ...g, feature: f });
        }
    return out;
  };

  for (const source of prog.getSourceFiles()) {
    if (!files.includes(source.fileName.replace(/\//g, "/")) && !files.some((f) => f === source.fileName)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const decl = symbol?.declarations?.find((d) => officeClassOf(d));
        const cls = decl ? officeClassOf(decl) : null;
        if (cls) {
          const member = `${cls}.${node.name.text}`;
          const note = API_SETS[member];
          if (note) check(source, node, member, note, isWrite(node));
          const call = node.parent;
          if (ts.isCallExpression(call) && call.expression === node) {
            const sig = checker.getResolvedSignature(call);
            call.arguments.forEach((arg, i) => {
              const param = sig?.parameters[i]?.name;
              const pnote = param ? API_SETS[`${member}(${param})`] : undefined;
              if (pnote) check(source, arg, `${member}(${param})`, pnote, false);
            });
            if (node.name.text === "load" && call.arguments[0]) {
              const names = loadStrings(call.arguments[0], checker);
              if (!names)
                violations.push({
                  where: at(source, call),
                  what: `${member}: the argument of load() must be a string literal (or a const of literals) to be checked`,
                });
              for (const raw of (names ?? []).flatMap((x) => x.split(","))) {
                const name = raw.trim();
                if (!name) continue;
                const owner = name.startsWith("items/") ? cls.replace(/Collection$/, "") : cls;
                const prop = name.replace(/^items\//, "").split("/")[0];
                const lnote = API_SETS[`${owner}.${prop}`];
                if (lnote) check(source, node, `${owner}.${prop} (load)`, lnote, false);
              }
            }
          }
        }
      }
      // Calls of our own functions marked @requires: the caller must be gated at least as high.
      if (ts.isCallExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.expression);
        const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const decl = target?.valueDeclaration;
        if (decl && files.includes(decl.getSourceFile().fileName)) {
          const needs = requiredOf(decl, decl.getSourceFile());
          if (needs.length > 0) {
            gatedCalls++;
            const gates = gatesOf(node, source);
            for (const need of needs)
              if (!gates.some((g) => g.set === need.set && compareVersions(g.version, need.version) >= 0))
                violations.push({
                  where: at(source, node),
                  what: `calls ${node.expression.getText(source)} (@requires ${need.feature}=${need.set} ${need.version}); gates here: ${
                    gates.map((g) => `${g.feature}=${g.set} ${g.version}`).join(", ") || "none"
                  }`,
                });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uses, violations, gatedCalls };
}

describe("requirement sets of the Office.js members", () => {
  test("the generated table is up to date with @types/office-js (run `npm run api-sets` after an update)", () => {
    expect(generate(ROOT) === readFileSync(join(ROOT, GENERATED_PATH), "utf8")).toBe(true);
  });

  test("the table reads the notes as documented", () => {
    const dts = `declare namespace Excel {
      /** A sheet.
       * @remarks
       * [Api set: ExcelApi 1.1]
       */
      class Worksheet {
        /** @remarks [Api set: ExcelApi 1.7] */
        tabColor: string;
        /** @remarks [Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.] */
        visibility: string;
        /** Used range. @remarks [Api set: ExcelApi 1.1]
         * @param valuesOnly Optional. [Api set: ExcelApi 1.2]
         */
        getUsedRange(valuesOnly?: boolean): Range;
        load(): Worksheet;
      }
    }`;
    expect(buildApiSetTable(dts)).toEqual({
      "Excel.Worksheet": "ExcelApi 1.1",
      "Excel.Worksheet.getUsedRange": "ExcelApi 1.1",
      "Excel.Worksheet.getUsedRange(valuesOnly)": "ExcelApi 1.2",
      "Excel.Worksheet.load": "ExcelApi 1.1",
      "Excel.Worksheet.tabColor": "ExcelApi 1.7",
      "Excel.Worksheet.visibility": "ExcelApi 1.1|ExcelApi 1.2",
    });
    expect(API_SETS["Excel.Worksheet.tabColor"]).toBe("ExcelApi 1.7");
    expect(API_SETS["Excel.Worksheet.getUsedRangeOrNullObject"]).toBe("ExcelApi 1.4");
  });

  let result: ReturnType<typeof scan>;
  beforeAll(() => {
    result = scan([...adapterFiles(), FIXTURE]);
  }, 120_000);
  const inFixture = (v: Violation) => v.where.startsWith("test/hosts/fixtures/");

  test("every Office.js member the Excel and Word adapters use is behind a gate of its set", () => {
    expect(result.uses).toBeGreaterThan(100);
    expect(result.gatedCalls).toBeGreaterThan(5);
    expect(result.violations.filter((v) => !inFixture(v)).map((v) => `${v.where}: ${v.what}`)).toEqual([]);
  });

  test("an ungated call fails the check (a deliberately wrong adapter)", () => {
    const found = result.violations.filter(inFixture).map((v) => `${v.where.replace(/^.*:/, "line ")}: ${v.what}`);
    expect(found.sort()).toEqual([
      "line 13: Excel.Workbook.worksheets needs ExcelApi 1.1; gates here: none",
      "line 13: Excel.WorksheetCollection.getItem needs ExcelApi 1.1; gates here: none",
      "line 14: Excel.Worksheet.getUsedRangeOrNullObject needs ExcelApi 1.4; gates here: none",
      "line 15: Excel.Worksheet.getUsedRange needs ExcelApi 1.1; gates here: none",
      "line 15: Excel.Worksheet.getUsedRange(valuesOnly) needs ExcelApi 1.2; gates here: none",
      "line 24: calls paintTab (@requires himpun=ExcelApi 1.2); gates here: none",
      "line 8: Excel.Worksheet.tabColor (set) needs ExcelApi 1.7; gates here: himpun=ExcelApi 1.2",
    ]);
  });
});
