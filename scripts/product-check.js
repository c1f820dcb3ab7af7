/**
 * A webpack plugin that checks what a product build (the panes of dist/, LAKIP.html) carries: no
 * module of the in-memory hosts (src/hosts/memory: the Office fakes and their demo data), of the
 * harness (src/harness) or of the tests, and no @xmldom/xmldom (a devDependency the fakes use). It
 * looks at every module of every emitted chunk, prints what it checked, and fails the build naming
 * each module that does not belong.
 */
"use strict";

const path = require("path");

/** What a product bundle must not contain: a name and a test on the module's path from the project root. */
const FORBIDDEN = [
  { name: "src/hosts/memory", test: /^src\/hosts\/memory\// },
  { name: "src/harness", test: /^src\/harness\// },
  { name: "test/", test: /^test\// },
  { name: "@xmldom/xmldom", test: /(^|\/)node_modules\/@xmldom\// },
];

/** The file paths of a module, looking into the modules webpack concatenated into one. */
function resourcesOf(module) {
  if (Array.isArray(module.modules)) return module.modules.flatMap(resourcesOf);
  return module.resource ? [module.resource.split("?")[0]] : [];
}

class ProductCheckPlugin {
  /**
   * @param {{ label: string, temporarilyAllowed?: string[] }} options
   *   label: the build's name in the printed line.
   *   temporarilyAllowed: names from FORBIDDEN still tolerated, each with its reason in the caller.
   */
  constructor(options) {
    this.label = options.label;
    this.allowed = new Set(options.temporarilyAllowed || []);
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ProductCheckPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ProductCheckPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const { offenders, chunks, modules } = this.check(compilation, compiler.context);
          for (const [file, name] of offenders) {
            compilation.errors.push(
              new WebpackError(`Build ${this.label}: ${file} (${name}) tidak boleh ada di build produk.`),
            );
          }
          const rule = FORBIDDEN.filter((f) => !this.allowed.has(f.name))
            .map((f) => f.name)
            .join(", ");
          const tolerated = this.allowed.size ? `; sementara diizinkan: ${[...this.allowed].join(", ")}` : "";
          console.log(
            `Pemeriksaan isi build ${this.label}: ${chunks} chunk, ${modules} modul, ` +
              (offenders.length ? `${offenders.length} modul terlarang` : `tanpa ${rule}`) +
              `${tolerated}.`,
          );
        },
      );
    });
  }

  /** Every module of every chunk, against FORBIDDEN. */
  check(compilation, context) {
    const offenders = new Map();
    const seen = new Set();
    let chunks = 0;
    for (const chunk of compilation.chunks) {
      chunks++;
      for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
        for (const file of resourcesOf(module)) {
          if (seen.has(file)) continue;
          seen.add(file);
          const relative = path.relative(context, file).split(path.sep).join("/");
          const hit = FORBIDDEN.find((f) => !this.allowed.has(f.name) && f.test.test(relative));
          if (hit) offenders.set(relative, hit.name);
        }
      }
    }
    return { offenders: [...offenders], chunks, modules: seen.size };
  }
}

module.exports = { ProductCheckPlugin, FORBIDDEN };
