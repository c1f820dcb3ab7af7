/**
 * The preflight in an ES5-only world: run src/preflight/preflight.js in a fresh VM context from
 * which every built-in newer than ES5 is removed (as in Internet Explorer 11), with a minimal DOM.
 * It must not throw, must find what is missing, and must write its message into #root. (Its
 * syntax is checked at ES5 by syntaxLevel.test.ts; this checks it calls no newer built-in.)
 */
import { readFileSync } from "fs";
import { join } from "path";
import * as vm from "vm";

const SOURCE = readFileSync(join(__dirname, "../../src/preflight/preflight.js"), "utf8");

interface FakeNode {
  tag: string;
  text: string;
  attrs: Record<string, string>;
  children: FakeNode[];
  innerHTML: string;
  appendChild(n: FakeNode): FakeNode;
  setAttribute(k: string, v: string): void;
}

function node(tag: string, text = ""): FakeNode {
  const n: FakeNode = {
    tag,
    text,
    attrs: {},
    children: [],
    set innerHTML(_v: string) {
      n.children = [];
      n.text = "";
    },
    get innerHTML() {
      return "";
    },
    appendChild(c) {
      n.children.push(c);
      return c;
    },
    setAttribute(k, v) {
      n.attrs[k] = v;
    },
  };
  return n;
}

function textOf(n: FakeNode): string {
  return n.text + n.children.map(textOf).join(" ");
}

/** A context like Internet Explorer 11's: ES5 built-ins only. */
function es5Context(userAgent: string, root: FakeNode) {
  const context = vm.createContext({});
  vm.runInContext(
    `
    ["Promise", "Map", "Set", "WeakMap", "WeakSet", "Symbol", "Proxy", "Reflect", "Intl"].forEach(function (n) { delete this[n]; }, this);
    delete Object.fromEntries; delete Object.assign; delete Object.entries; delete Object.values;
    ["at", "includes", "find", "findIndex", "fill", "flat", "flatMap", "keys", "values", "entries"].forEach(function (n) { delete Array.prototype[n]; });
    delete Array.from; delete Array.of;
    ["startsWith", "endsWith", "includes", "repeat", "padStart", "padEnd", "trimStart", "trimEnd", "replaceAll", "at"].forEach(function (n) { delete String.prototype[n]; });
    `,
    context,
  );
  const body = node("body");
  Object.assign(context, {
    window: context,
    navigator: { userAgent },
    document: {
      readyState: "complete",
      documentMode: userAgent.includes("Trident") ? 11 : undefined,
      body: { ...body, insertBefore: (c: FakeNode) => body.children.push(c), firstChild: null },
      getElementById: (id: string) => (id === "root" ? root : null),
      createElement: (tag: string) => node(tag),
      createTextNode: (text: string) => node("#text", text),
      addEventListener: () => undefined,
    },
  });
  return context;
}

describe("the preflight in an ES5-only engine", () => {
  test("Internet Explorer 11: no exception, the missing built-ins named, the message written", () => {
    const root = node("div", "Memuat…");
    const context = es5Context("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; ms-office) like Gecko", root);
    expect(() => vm.runInContext(SOURCE, context)).not.toThrow();
    const result = vm.runInContext("JSON.stringify(window.__LAKIP_PREFLIGHT__)", context) as string;
    const parsed = JSON.parse(result) as { supported: boolean; engine: string; missing: string[] };
    expect(parsed.supported).toBe(false);
    expect(parsed.engine).toBe("trident");
    expect(parsed.missing).toEqual(
      expect.arrayContaining(["ECMAScript 2022", "Promise", "Map/Set/WeakMap", "Proxy/Reflect", "Intl id-ID"]),
    );
    const text = textOf(root);
    expect(text).toContain("Panel LAKIP tidak dapat berjalan di Office ini");
    expect(text).toContain("Internet Explorer 11");
    expect(text).not.toContain("Memuat");
  });

  test("an old engine that is neither: the generic message with the details for IT", () => {
    const root = node("div", "Memuat…");
    const context = es5Context("Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 (KHTML, like Gecko)", root);
    vm.runInContext(SOURCE, context);
    const text = textOf(root);
    expect(text).toContain("terlalu lama");
    expect(text).toContain("Rincian untuk pengelola TI: tidak tersedia ECMAScript 2022, Promise");
  });

  test("Edge Legacy: the Win32WebView2 registry value for Microsoft 365 before 16.0.14326 (2108) is named", () => {
    const root = node("div", "Memuat…");
    const ua =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
    vm.runInContext(SOURCE, es5Context(ua, root));
    const text = textOf(root);
    expect(text).toContain("16.0.14326");
    expect(text).toContain("HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16.0\\WEF\\Win32WebView2");
  });

  test("an old Safari on the Mac: the message names Safari 16.4 (what the ES2022 bundles need)", () => {
    const root = node("div", "Memuat…");
    const context = es5Context("Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 (KHTML, like Gecko)", root);
    vm.runInContext(SOURCE, context);
    expect(textOf(root)).toContain("Safari 16.4");
  });
});
