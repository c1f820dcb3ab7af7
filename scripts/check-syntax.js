#!/usr/bin/env node
/**
 * The syntax check of the built pages: every JavaScript file a page loads must parse at the
 * ECMAScript level the webviews we support understand (ES_LEVEL), and the preflight (and every
 * inline script) at ES5, because it runs in Internet Explorer 11 too. Decision and table:
 * docs/decisions.md, "Wave 2: Office versions, webviews and deployment".
 *
 *   node scripts/check-syntax.js [DIR ...]     (default: dist and build/harness, when present)
 *
 * Used by test/bundle/syntaxLevel.test.ts. Parses with acorn (webpack's own parser).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const acorn = require("acorn");

/** WebView2 (Chromium), Safari 16.4+/WKWebView on supported macOS, Office on the web's browsers. */
const ES_LEVEL = 2022;
/** The two files every pane page loads first (webpack.config.js copies them from src/preflight). */
const SYNTAX_PROBE = "lakip-syntax.js";
const PREFLIGHT = "preflight.js";
/** Pages that show a pane or route to one: they must load the probe and the preflight first. */
const PANE_PAGES = ["excel.html", "word.html", "taskpane.html", "index.html"];
/** The page over files (issue 13): not an Office page; see checkBuiltScripts. */
const SINGLE_FILE_PAGE = "LAKIP.html";

/** Parses `source` at `ecmaVersion`; null when it parses, otherwise the parser's message. */
function parseError(source, ecmaVersion) {
  try {
    acorn.parse(source, { ecmaVersion, sourceType: "script", allowHashBang: true });
    return null;
  } catch (e) {
    return e.message;
  }
}

/** The scripts of an HTML page, in order: { src } for external files, { inline } for inline code. */
function pageScripts(html) {
  const scripts = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    // A production build's HTML is minified: attribute values may be unquoted.
    const src = /\bsrc\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s"'>]+))/i.exec(m[1]);
    if (src) scripts.push({ src: src[1] ?? src[2] ?? src[3] });
    else if (m[2].trim() !== "") scripts.push({ inline: m[2] });
  }
  return scripts;
}

/** Office.js itself is Microsoft's (CDN or the copy in office-js/): not ours to check. */
function isOfficeJs(src) {
  return /^https?:\/\//i.test(src) || src.replace(/^\.\//, "").startsWith("office-js/");
}

/**
 * Checks one built folder. Returns a list of problems ({ file, problem }), empty when all is well.
 * @param {string} dir e.g. dist or build/harness
 * @param {number} level the ECMAScript level of the bundles
 */
function checkBuiltScripts(dir, level = ES_LEVEL) {
  const problems = [];
  const checked = new Map();
  const check = (file, ecmaVersion) => {
    const key = `${file}@${ecmaVersion}`;
    if (checked.has(key)) return;
    checked.set(key, true);
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) {
      problems.push({ file, problem: "dimuat halaman, tetapi tidak ada di hasil build" });
      return;
    }
    const error = parseError(fs.readFileSync(full, "utf8"), ecmaVersion);
    if (error)
      problems.push({ file, problem: `tidak terbaca sebagai ES${ecmaVersion === 5 ? 5 : ecmaVersion}: ${error}` });
  };
  const es5Files = new Set([PREFLIGHT]);
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith(".html"));
  for (const page of pages) {
    const scripts = pageScripts(fs.readFileSync(path.join(dir, page), "utf8"));
    if (PANE_PAGES.includes(page)) {
      const first = scripts.slice(0, 2).map((s) => s.src);
      if (first[0] !== SYNTAX_PROBE || first[1] !== PREFLIGHT) {
        problems.push({ file: page, problem: `tidak memuat ${SYNTAX_PROBE} dan ${PREFLIGHT} sebagai skrip pertama` });
      }
    }
    // LAKIP.html (the page over files) is opened in a current browser, never in an Office webview:
    // its one inline bundle is held to the bundles' level; every other page's inline code to ES5.
    const inlineLevel = page === SINGLE_FILE_PAGE ? level : 5;
    scripts.forEach((s, i) => {
      if (s.inline !== undefined) {
        const error = parseError(s.inline, inlineLevel);
        if (error)
          problems.push({
            file: `${page} (skrip ke-${i + 1})`,
            problem: `tidak terbaca sebagai ES${inlineLevel}: ${error}`,
          });
      } else if (!isOfficeJs(s.src)) {
        const file = s.src.replace(/^\.\//, "");
        check(file, es5Files.has(file) ? 5 : level);
      }
    });
  }
  // Lazy chunks (import()) are loaded by the bundles, not named in the pages: every .js of the folder.
  for (const file of fs.readdirSync(dir)) {
    if (file.endsWith(".js") && !es5Files.has(file)) check(file, level);
  }
  return problems;
}

module.exports = {
  SINGLE_FILE_PAGE,
  ES_LEVEL,
  SYNTAX_PROBE,
  PREFLIGHT,
  PANE_PAGES,
  checkBuiltScripts,
  parseError,
  pageScripts,
};

if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  const args = process.argv.slice(2);
  const dirs = args.length ? args : ["dist", "build/harness"].map((d) => path.join(root, d)).filter(fs.existsSync);
  let failed = false;
  for (const dir of dirs) {
    const problems = checkBuiltScripts(dir);
    for (const p of problems) console.error(`${dir}/${p.file}: ${p.problem}`);
    if (problems.length) failed = true;
    else console.log(`${dir}: semua skrip terbaca pada ES${ES_LEVEL} (pra-pemeriksaan pada ES5)`);
  }
  process.exit(failed ? 1 : 0);
}
