/**
 * Webpack build of the task panes and the browser harness.
 *
 *   npm run build          production: dist/ (pages, assets, manifest.xml with LAKIP_PROD_URL; office-js/ only
 *                          with LAKIP_OFFICE_JS=local)
 *   npm run build:dev      development build into dist/ (manifest.xml unchanged)
 *   npm run dev-server     https://localhost:3000/ with the office-addin-dev-certs certificate
 *   npm run build:harness  build/harness: the panes against in-memory hosts (tests and demos)
 *   npm run harness        the harness at http://127.0.0.1:3100/ (plain HTTP, no certificate)
 *
 * Office.js: a production build loads it from Microsoft's CDN (the supported source for deployed
 * add-ins); LAKIP_OFFICE_JS=local uses the copy in office-js/ (the whole @microsoft/office-js/dist
 * folder) for closed intranets. Development, the dev server and the harness always use the copy.
 * A production build needs LAKIP_PROD_URL (the https:// address dist/ is served from).
 *
 * Every pane page first loads lakip-syntax.js and preflight.js (src/preflight, ES5): in a webview
 * that cannot run the panes (Internet Explorer 11, Edge Legacy) they show what to do instead of
 * "Memuat…". The bundles target ES_LEVEL (scripts/check-syntax.js), checked by the test suite.
 */
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { BundleSizePlugin } = require("./scripts/bundle-size");
const { ProductCheckPlugin } = require("./scripts/product-check");
const { resolveProdUrl, toProductionManifest } = require("./scripts/manifest-url");
const { pageConfig, PAGE_FILE } = require("./scripts/webpack-page");
const { ES_LEVEL, SYNTAX_PROBE, PREFLIGHT } = require("./scripts/check-syntax");

const ROOT = __dirname;
const OFFICE_JS_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** Microsoft's CDN address of Office.js (API version 1), the source Microsoft supports for deployed add-ins. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";
/** The bar for the Excel pane: its initial JavaScript (before ExcelJS loads lazily), gzip. */
const EXCEL_INITIAL_JS_BUDGET = 400 * 1024;

function escapeHtml(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The HTML shell of a page. The bundle's <script defer> tags are injected into <head> after
 * office.js, so Office is defined when the bundle runs.
 */
function pageHtml({ title, body, officeJs = OFFICE_JS_LOCAL, preflight = true, extraHead = "" }) {
  return `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=Edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" type="image/png" href="assets/icon-32.png" />
    ${preflight ? `<script src="${SYNTAX_PROBE}"></script><script src="${PREFLIGHT}"></script>` : ""}
    ${officeJs ? `<script src="${escapeHtml(officeJs)}"></script>` : ""}
    ${extraHead}
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

const PANE_BODY = '<div id="root"><p style="font-family: Segoe UI, sans-serif; padding: 16px">Memuat…</p></div>';

/** Opened by Office versions without add-in commands (DefaultSettings/SourceLocation). */
const taskpaneRouterHtml = (officeJs) =>
  pageHtml({
    title: "LAKIP",
    officeJs,
    body: `<p id="pesan" style="font-family: Segoe UI, sans-serif; padding: 16px">Memuat…</p>
    <script>
      var preflight = window.__LAKIP_PREFLIGHT__;
      if (typeof Office !== "undefined" && !(preflight && !preflight.supported)) Office.onReady(function (info) {
        if (info.host === Office.HostType.Excel) {
          window.location.replace("excel.html");
        } else if (info.host === Office.HostType.Word) {
          window.location.replace("word.html");
        } else {
          document.getElementById("pesan").textContent =
            "LAKIP hanya berjalan di Microsoft Excel dan Microsoft Word.";
        }
      });
    </script>`,
  });

/** The FunctionFile of the ribbon buttons. The buttons only open task panes, so it only initialises Office.js. */
const commandsHtml = (officeJs) =>
  pageHtml({
    title: "LAKIP",
    officeJs,
    preflight: false,
    body: `<script>
      Office.onReady(function () {});
    </script>`,
  });

/** SupportUrl and GetStarted "learn more" page. */
const BANTUAN_HTML = pageHtml({
  title: "Bantuan LAKIP",
  officeJs: false,
  preflight: false,
  extraHead: `<style>
      body { font-family: Segoe UI, Arial, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1b1b1b; }
      h1 { color: #1f3a6e; }
    </style>`,
  body: `<h1>LAKIP untuk Excel dan Word</h1>
    <p>Add-in ini membantu instansi pemerintah menyusun Laporan Kinerja Instansi Pemerintah (LAKIP).</p>
    <h2>Di Excel</h2>
    <p>Pada tab <strong>Beranda</strong>, klik <strong>Buka LAKIP</strong> di grup <strong>LAKIP Excel</strong>.
      Panel LAKIP membuat format pengumpulan data kinerja, memeriksa isian, dan menghitung capaian indikator,
      predikat, serapan anggaran, dan efisiensi.</p>
    <h2>Di Word</h2>
    <p>Pada tab <strong>Beranda</strong>, klik <strong>Buka LAKIP</strong> di grup <strong>LAKIP Word</strong>.
      Panel LAKIP menyusun dan memperbarui laporan LAKIP dari buku kerja pengumpulan data.</p>
    <h2>Office yang dapat menjalankan panel</h2>
    <p>Microsoft 365 (Windows versi 2011 atau lebih baru, Mac, iPad), Office 2021 dan Office 2024, serta Excel dan
      Word di web. Office 2016 dan Office 2019 lisensi volume menampilkan add-in dengan Internet Explorer 11, tempat
      panel tidak dapat berjalan: panel lalu menjelaskan jalan lain, misalnya memasang Microsoft Edge WebView2
      Runtime (untuk Office eceran dan Microsoft 365), membuka berkas di Office di web, atau memakai perintah
      <code>lakip</code>.</p>
    <h2>Bantuan lebih lanjut</h2>
    <p>Hubungi pengelola TI di instansi Anda yang memasang add-in ini.</p>`,
});

function harnessIndexHtml() {
  return pageHtml({
    title: "LAKIP – harness",
    officeJs: false,
    body: `<h1>LAKIP – harness peramban</h1>
    <p>Panel-panel LAKIP dengan host dalam memori (tanpa Office), untuk pengujian dan demo.</p>
    <ul>
      <li><a id="harness-excel" href="excel.html">Panel Excel</a></li>
      <li><a id="harness-word" href="word.html">Panel Word</a></li>
    </ul>`,
  });
}

/** The preflight scripts, copied as written (ES5 / the probe's exact syntax: no minifier touches them). */
function preflightCopy() {
  return [SYNTAX_PROBE, PREFLIGHT].map((file) => ({
    from: path.join(ROOT, "src", "preflight", file),
    to: file,
    info: { minimized: true },
  }));
}

/**
 * Where the pages load Office.js from: Microsoft's CDN for a production build (default), or the
 * bundled copy with LAKIP_OFFICE_JS=local; development, the dev server and the harness always use
 * the copy.
 */
function officeJsSource({ production, harness }) {
  const choice = (process.env.LAKIP_OFFICE_JS || "").trim().toLowerCase();
  if (choice !== "" && choice !== "cdn" && choice !== "local") {
    throw new Error(
      `LAKIP_OFFICE_JS harus "cdn" atau "local", bukan "${process.env.LAKIP_OFFICE_JS}" ` +
        `(LAKIP_OFFICE_JS must be "cdn" or "local").`,
    );
  }
  if (!production || harness) return OFFICE_JS_LOCAL;
  return choice === "local" ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
}

/** The deployment URL of a production build; stops the build when LAKIP_PROD_URL is not set. */
function requireProdUrl() {
  const value = process.env.LAKIP_PROD_URL;
  if (!value || value.trim() === "") {
    throw new Error(
      "LAKIP_PROD_URL belum diatur: build produksi memerlukan alamat https:// tempat folder dist/ akan dilayani, " +
        "misalnya LAKIP_PROD_URL=https://kinerja.pemda.go.id/lakip/ npm run build " +
        "(a production build needs LAKIP_PROD_URL, the https:// address dist/ will be served from).",
    );
  }
  return resolveProdUrl(value);
}

function officeJsCopy() {
  // Already minified by Microsoft: `minimized` keeps Terser away from its 80+ MB of scripts.
  return { from: OFFICE_JS_DIST, to: "office-js", info: { minimized: true } };
}

/**
 * @fluentui/react-context-selector imports `scheduler`, a peer dependency that npm does not install
 * with legacy-peer-deps (see .npmrc). Resolve it where react-dom gets its own copy, so the panes
 * use the very scheduler React DOM runs on.
 */
function schedulerDir() {
  const reactDom = require.resolve("react-dom/package.json", { paths: [ROOT] });
  return path.dirname(require.resolve("scheduler/package.json", { paths: [path.dirname(reactDom)] }));
}

async function panesConfig(env, argv) {
  const mode = argv.mode || "production";
  const production = mode === "production";
  const harness = Boolean(env.harness);
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJs = officeJsSource({ production, harness });
  const bundleOfficeJs = officeJs === OFFICE_JS_LOCAL;
  // `--env page` builds LAKIP.html alone: no manifest, so no deployment URL is needed
  const prodUrl = production && !harness && !env.page ? requireProdUrl() : null;

  const entry = harness
    ? {
        excel: path.join(ROOT, "src/harness/excel.tsx"),
        word: path.join(ROOT, "src/harness/word.tsx"),
      }
    : {
        excel: path.join(ROOT, "src/panes/excel/index.tsx"),
        word: path.join(ROOT, "src/panes/word/index.tsx"),
      };

  const htmlPages = [
    new HtmlWebpackPlugin({
      filename: "excel.html",
      chunks: ["excel"],
      templateContent: pageHtml({
        title: harness ? "LAKIP Excel – harness" : "LAKIP Excel",
        officeJs,
        body: PANE_BODY,
      }),
    }),
    new HtmlWebpackPlugin({
      filename: "word.html",
      chunks: ["word"],
      templateContent: pageHtml({ title: harness ? "LAKIP Word – harness" : "LAKIP Word", officeJs, body: PANE_BODY }),
    }),
  ];
  if (harness) {
    htmlPages.push(new HtmlWebpackPlugin({ filename: "index.html", chunks: [], templateContent: harnessIndexHtml() }));
  } else {
    htmlPages.push(
      new HtmlWebpackPlugin({ filename: "taskpane.html", chunks: [], templateContent: taskpaneRouterHtml(officeJs) }),
      new HtmlWebpackPlugin({ filename: "commands.html", chunks: [], templateContent: commandsHtml(officeJs) }),
      new HtmlWebpackPlugin({ filename: "bantuan.html", chunks: [], templateContent: BANTUAN_HTML }),
    );
  }

  const copyPatterns = harness
    ? [
        officeJsCopy(),
        ...preflightCopy(),
        // The pages fetch these by relative URL: examples/<name>.xlsx, assets/<name>.docx.
        { context: path.join(ROOT, "examples"), from: "*.xlsx", to: "examples/", noErrorOnMissing: true },
        { context: path.join(ROOT, "assets"), from: "*.docx", to: "assets/", noErrorOnMissing: true },
        { context: path.join(ROOT, "assets"), from: "*.png", to: "assets/", noErrorOnMissing: true },
      ]
    : [
        ...(bundleOfficeJs ? [officeJsCopy()] : []),
        ...preflightCopy(),
        { from: path.join(ROOT, "assets"), to: "assets" },
        {
          from: path.join(ROOT, "manifest.xml"),
          to: "manifest.xml",
          transform: production ? (content) => toProductionManifest(content.toString("utf8"), prodUrl) : undefined,
        },
      ];

  const plugins = [...htmlPages, new CopyWebpackPlugin({ patterns: copyPatterns })];
  if (!harness) plugins.push(new ProductCheckPlugin({ label: "panel" }));
  if (production && !harness) {
    plugins.push(new BundleSizePlugin({ entries: ["excel", "word"], budgets: { excel: EXCEL_INITIAL_JS_BUDGET } }));
  }

  let devServer;
  if (serving) {
    devServer = harness
      ? { host: "127.0.0.1", port: 3100, server: "http", hot: false, client: { overlay: false } }
      : {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: {
            type: "https",
            // Creates and trusts the localhost certificate on first use (office-addin-dev-certs).
            options: await require("office-addin-dev-certs").getHttpsServerOptions(),
          },
        };
  }

  return {
    mode,
    context: ROOT,
    entry,
    devtool: production ? false : "cheap-module-source-map",
    // The bundles' own runtime code at the level the supported webviews parse (scripts/check-syntax.js).
    target: ["web", `es${ES_LEVEL}`],
    output: {
      path: harness ? path.join(ROOT, "build", "harness") : path.join(ROOT, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      // LAKIP.html is written into dist/ by the page config of the same build.
      clean: harness ? true : { keep: (file) => file === PAGE_FILE },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx", ".json"],
      alias: { scheduler: schedulerDir() },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.join(ROOT, "tsconfig.json"),
              // Type checking is `npm run typecheck`; the bundle only needs the JavaScript.
              transpileOnly: true,
              compilerOptions: {
                // ES modules, so that `import("exceljs")` becomes a lazily loaded chunk.
                module: "esnext",
                noEmit: false,
                sourceMap: !production,
              },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: { chunks: "all" },
    },
    performance: { hints: false },
    plugins,
    devServer,
    stats: "errors-warnings",
  };
}

/**
 * `npm run build` / `build:dev`: the panes and LAKIP.html; `--env harness`: the harness only;
 * `--env page`: LAKIP.html only (`--env pageOut=build/page` writes it there, for the tests).
 */
module.exports = async (env = {}, argv = {}) => {
  const panes = await panesConfig(env, argv);
  const page = pageConfig({
    mode: panes.mode,
    outDir: env.pageOut,
    resolve: panes.resolve,
    rules: panes.module.rules,
  });
  if (env.page) return page;
  if (env.harness || env.WEBPACK_SERVE) return panes;
  return [panes, page];
};
