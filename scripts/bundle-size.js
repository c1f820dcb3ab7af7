/**
 * A webpack plugin that prints, for each entry point, the gzip size of its initial JavaScript
 * (the entry chunk plus the shared chunks the page loads before it runs; lazy chunks such as
 * ExcelJS are listed apart) and fails the build when a budgeted page is over its budget.
 */
"use strict";

const zlib = require("zlib");

const KB = 1024;

function gzipSize(source) {
  const buffer = Buffer.isBuffer(source) ? source : Buffer.from(source);
  return zlib.gzipSync(buffer, { level: 9 }).length;
}

function formatKb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

class BundleSizePlugin {
  /**
   * @param {{ budgets?: Record<string, number>, entries?: string[] }} options
   *   budgets: entry name -> maximum gzip bytes of its initial JavaScript.
   *   entries: entry names to report (default: all).
   */
  constructor(options = {}) {
    this.budgets = options.budgets || {};
    this.entries = options.entries;
  }

  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minification and hashing: the sizes of the files that get written.
        { name: "BundleSizePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => this.report(compiler, compilation),
      );
    });
  }

  report(compiler, compilation) {
    const sizeOf = (file) => {
      const asset = compilation.getAsset(file);
      return asset ? gzipSize(asset.source.buffer()) : 0;
    };
    const lines = ["", "Initial JavaScript per page (gzip):"];
    const initialFiles = new Set();
    for (const [name, entrypoint] of compilation.entrypoints) {
      if (this.entries && !this.entries.includes(name)) continue;
      const files = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
      files.forEach((file) => initialFiles.add(file));
      const total = files.reduce((sum, file) => sum + sizeOf(file), 0);
      const budget = this.budgets[name];
      let verdict = "";
      if (budget !== undefined) {
        verdict = total <= budget ? `  OK (batas ${formatKb(budget)})` : `  MELEBIHI batas ${formatKb(budget)}`;
        if (total > budget) {
          compilation.errors.push(
            new compiler.webpack.WebpackError(
              `Halaman "${name}": JavaScript awal ${formatKb(total)} gzip melebihi batas ${formatKb(budget)}.`,
            ),
          );
        }
      }
      lines.push(`  ${name.padEnd(10)} ${formatKb(total).padStart(10)}  (${files.join(", ")})${verdict}`);
    }
    const lazy = [];
    for (const chunk of compilation.chunks) {
      if (chunk.canBeInitial()) continue;
      for (const file of chunk.files) {
        if (file.endsWith(".js") && !initialFiles.has(file)) lazy.push([file, sizeOf(file)]);
      }
    }
    if (lazy.length > 0) {
      lines.push("Lazy chunks (gzip, loaded on demand):");
      lazy.sort((a, b) => b[1] - a[1]);
      for (const [file, size] of lazy) lines.push(`  ${formatKb(size).padStart(10)}  ${file}`);
    }
    console.log(lines.join("\n") + "\n");
  }
}

module.exports = { BundleSizePlugin, gzipSize };
