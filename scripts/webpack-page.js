/**
 * Webpack config of LAKIP.html: the whole job (Format, Himpun, Validasi, Rekap, Laporan) in one
 * self-contained HTML file that works opened from disk (file://) with no server and no network.
 *
 * - one chunk: no code splitting, no runtime chunk, every `import()` folded into the bundle
 *   (LimitChunkCountPlugin maxChunks 1), so nothing is ever fetched;
 * - InlinePagePlugin writes LAKIP.html with the bundle inside a <script> (with "</script" and
 *   "<!--" escaped so the HTML parser cannot end the script early), the favicon as a data: URL,
 *   and removes the separate .js file; it prints the file's size.
 *
 * Used by webpack.config.js: `npm run build` (dist/LAKIP.html, minified) and
 * `webpack --env page` (this config alone; `--env pageOut=DIR` for another folder, as the tests do).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const { gzipSize } = require("./bundle-size");
const { ProductCheckPlugin } = require("./product-check");

const ROOT = path.join(__dirname, "..");
const PAGE_FILE = "LAKIP.html";
const BUNDLE = "lakip-page.js";

/** Makes JavaScript safe inside an inline <script>: no "</script", "<script" or "<!--" reaches the HTML parser. */
function escapeInlineScript(js) {
  // \x3C is "<" in a string, a template literal and a regular expression alike (also with the u flag).
  return js.replace(/<(?=\/script|script|!--)/gi, "\\x3C");
}

function pageHtml(js, iconDataUrl) {
  return `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; worker-src blob:; connect-src data: blob:; form-action 'none'; base-uri 'none'" />
    <title>LAKIP – penyusunan laporan kinerja di peramban</title>
    <link rel="icon" type="image/png" href="${iconDataUrl}" />
    <style>body { margin: 0; font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Arial, sans-serif; }</style>
  </head>
  <body>
    <div id="root"><p style="padding: 16px">Memuat LAKIP…</p></div>
    <noscript><p style="padding: 16px">Halaman LAKIP memerlukan JavaScript. Aktifkan JavaScript di peramban, lalu buka berkas ini lagi.</p></noscript>
    <script>${escapeInlineScript(js)}</script>
  </body>
</html>
`;
}

class InlinePagePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InlinePagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minification (OPTIMIZE_SIZE), before the size report.
        { name: "InlinePagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const scripts = Object.keys(compilation.assets).filter((f) => f.endsWith(".js"));
          if (scripts.length !== 1 || scripts[0] !== BUNDLE) {
            compilation.errors.push(
              new compiler.webpack.WebpackError(
                `LAKIP.html harus berasal dari satu berkas JavaScript, ditemukan: ${scripts.join(", ") || "tidak ada"}.`,
              ),
            );
            return;
          }
          const js = compilation.getAsset(BUNDLE).source.source().toString();
          const icon = fs.readFileSync(path.join(ROOT, "assets", "icon-32.png")).toString("base64");
          const html = pageHtml(js, `data:image/png;base64,${icon}`);
          compilation.emitAsset(PAGE_FILE, new sources.RawSource(html));
          compilation.deleteAsset(BUNDLE);
          for (const f of Object.keys(compilation.assets)) if (f.endsWith(".LICENSE.txt")) compilation.deleteAsset(f);
        },
      );
      compilation.hooks.processAssets.tap(
        { name: "InlinePagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const asset = compilation.getAsset(PAGE_FILE);
          if (!asset) return;
          const buf = asset.source.buffer();
          const mb = (n) => `${(n / (1024 * 1024)).toFixed(2).replace(".", ",")} MB`;
          const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
          console.log(`\n${PAGE_FILE}: ${mb(buf.length)} (gzip ${kb(gzipSize(buf))}), satu berkas tanpa jaringan\n`);
        },
      );
    });
  }
}

/**
 * @param {{ mode: string, outDir?: string, resolve: object, rules: object[] }} options
 *   resolve/rules: the main config's (ts-loader, the scheduler alias), so the page builds the same code.
 */
function pageConfig({ mode, outDir, resolve, rules }) {
  const production = mode === "production";
  return {
    name: "page",
    mode,
    context: ROOT,
    entry: { page: path.join(ROOT, "src/page/index.tsx") },
    devtool: false,
    target: "web",
    output: {
      path: outDir ? path.resolve(ROOT, outDir) : path.join(ROOT, "dist"),
      filename: BUNDLE,
      // Nothing is loaded by URL; "" keeps webpack from probing document.currentScript.
      publicPath: "",
      clean: false,
    },
    resolve,
    module: { rules },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      minimize: production,
    },
    performance: { hints: false },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new webpack.DefinePlugin({ "process.env.NODE_ENV": JSON.stringify(mode) }),
      new InlinePagePlugin(),
      new ProductCheckPlugin({ label: "LAKIP.html" }),
    ],
    stats: "errors-warnings",
  };
}

module.exports = { pageConfig, escapeInlineScript, PAGE_FILE };
