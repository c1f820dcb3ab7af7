/**
 * The product check of the builds (scripts/product-check.js): a bundle that carries a module of the
 * in-memory hosts, the harness or @xmldom/xmldom fails, naming the module; a clean bundle passes.
 * Compiles a tiny project with webpack (no loaders) in a temporary folder.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

const { ProductCheckPlugin } = require("../../scripts/product-check") as {
  ProductCheckPlugin: new (options: { label: string; temporarilyAllowed?: string[] }) => webpack.WebpackPluginInstance;
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lakip-product-check-"));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write("src/core/sum.js", "export const sum = (a, b) => a + b;\n");
  write("src/hosts/memory/demo.js", 'export const demo = ["Dinas Contoh"];\n');
  write("node_modules/@xmldom/xmldom/index.js", "export class DOMParser {}\n");
  write("src/panes/clean.js", 'import { sum } from "../core/sum";\nconsole.log(sum(1, 2));\n');
  write(
    "src/panes/dirty.js",
    'import { sum } from "../core/sum";\nimport { demo } from "../hosts/memory/demo";\n' +
      'import { DOMParser } from "@xmldom/xmldom";\nconsole.log(sum(1, 2), demo, DOMParser);\n',
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function build(entry: string, temporarilyAllowed: string[] = []): Promise<{ errors: string[]; log: string }> {
  const printed: string[] = [];
  const spy = jest.spyOn(console, "log").mockImplementation((line: string) => void printed.push(line));
  try {
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(
        {
          mode: "development",
          devtool: false,
          context: dir,
          entry: path.join(dir, entry),
          output: { path: path.join(dir, "out"), filename: "[name].js" },
          resolve: { modules: [path.join(dir, "node_modules")] },
          plugins: [new ProductCheckPlugin({ label: "uji", temporarilyAllowed })],
        },
        (err, result) => (err || !result ? reject(err) : resolve(result)),
      ),
    );
    return {
      errors: stats.toJson({ all: false, errors: true }).errors!.map((e) => e.message),
      log: printed.join("\n"),
    };
  } finally {
    spy.mockRestore();
  }
}

test("a clean bundle passes and the build says what it checked", async () => {
  const { errors, log } = await build("src/panes/clean.js");
  expect(errors).toEqual([]);
  expect(log).toMatch(
    /Pemeriksaan isi build uji: 1 chunk, 2 modul, tanpa src\/hosts\/memory, src\/harness, test\/, @xmldom\/xmldom\./,
  );
});

test("demo data of the in-memory hosts and xmldom fail the build, each named", async () => {
  const { errors, log } = await build("src/panes/dirty.js");
  expect(errors).toHaveLength(2);
  expect(errors.join("\n")).toContain("src/hosts/memory/demo.js (src/hosts/memory)");
  expect(errors.join("\n")).toContain("node_modules/@xmldom/xmldom/index.js (@xmldom/xmldom)");
  expect(log).toMatch(/2 modul terlarang/);
});

test("a temporary allowance is printed, and only what it names passes", async () => {
  const { errors, log } = await build("src/panes/dirty.js", ["@xmldom/xmldom"]);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain("src/hosts/memory/demo.js");
  expect(log).toMatch(/sementara diizinkan: @xmldom\/xmldom/);
});
