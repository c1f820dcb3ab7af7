/*
 * LAKIP preflight: the first script of every pane page. ES5 only (it must run in Internet
 * Explorer 11), no library, plain DOM. It decides whether this webview can run the panes and,
 * when it cannot, replaces "Memuat…" with what this Office is and what to do, in Bahasa Indonesia.
 *
 * Decision (docs/decisions.md, "Wave 2: Office versions, webviews and deployment"): the panes run
 * in WebView2 (Microsoft Edge, Chromium), Safari/WKWebView on the Macs Office supports, and the
 * browser of Office on the web. Internet Explorer 11 ("Trident") and Microsoft Edge Legacy
 * ("EdgeHTML") are refused with this message: React 18 and Fluent UI v9 do not support them.
 * Microsoft recommends exactly this for them ("Support older Microsoft webviews and Office
 * versions", docs/develop/support-ie-11.md: detect with navigator.userAgent, show a message).
 *
 * Besides the user agent it tests what the bundles need: the syntax level (the syntax probe,
 * lakip-syntax.js, loaded just before this file, sets window.__LAKIP_SYNTAX__ only when the
 * engine parses ES2022: no eval, no new Function) and the built-ins the panes and their
 * libraries call. The result is window.__LAKIP_PREFLIGHT__ = { supported, engine, missing };
 * the pane entries do not render when supported is false.
 */
(function () {
  "use strict";

  var w = window;
  var ua = String((w.navigator && w.navigator.userAgent) || "");
  var SYNTAX_LEVEL = 2022;

  function isFunction(value) {
    return typeof value === "function";
  }

  function hasIntlId() {
    try {
      return (
        typeof w.Intl === "object" &&
        isFunction(w.Intl.NumberFormat) &&
        new w.Intl.NumberFormat("id-ID").format(1234.5).length > 0
      );
    } catch (_e) {
      return false;
    }
  }

  /** What the bundles use, named for the IT staff who read the detail line. */
  var needs = [
    ["ECMAScript " + SYNTAX_LEVEL, w.__LAKIP_SYNTAX__ === SYNTAX_LEVEL],
    ["Promise", isFunction(w.Promise)],
    ["Map/Set/WeakMap", isFunction(w.Map) && isFunction(w.Set) && isFunction(w.WeakMap)],
    ["Symbol", isFunction(w.Symbol)],
    ["Proxy/Reflect", isFunction(w.Proxy) && typeof w.Reflect === "object"],
    ["Object.fromEntries", isFunction(Object.fromEntries)],
    ["Array.prototype.at", isFunction(Array.prototype.at)],
    ["fetch", isFunction(w.fetch)],
    ["TextEncoder", isFunction(w.TextEncoder)],
    ["Blob/URL", isFunction(w.Blob) && isFunction(w.URL)],
    ["ResizeObserver", isFunction(w.ResizeObserver)],
    ["Intl id-ID", hasIntlId()],
  ];
  var missing = [];
  for (var i = 0; i < needs.length; i++) {
    if (!needs[i][1]) missing.push(needs[i][0]);
  }

  var engine = "modern";
  if (ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1 || typeof document.documentMode === "number") {
    engine = "trident";
  } else if (/\bEdge\/\d+/.test(ua)) {
    // EdgeHTML says "Edge/18.x"; Chromium Edge and WebView2 say "Edg/".
    engine = "edgehtml";
  } else if (missing.length > 0) {
    engine = "old";
  }
  var supported = engine === "modern";
  w.__LAKIP_PREFLIGHT__ = { supported: supported, engine: engine, missing: missing };
  if (supported) return;

  var WEBVIEW2_URL = "https://developer.microsoft.com/microsoft-edge/webview2/";
  var ALTERNATIVE =
    "Tanpa add-in: perintah lakip di komputer (lakip validate, lakip compute, lakip report) atau halaman LAKIP.html " +
    "yang dibuka di Microsoft Edge atau Google Chrome mengerjakan hal yang sama dari buku kerja data kinerja.";
  var WEB =
    "Buka berkas yang sama di Excel atau Word di web (office.com, di Microsoft Edge atau Google Chrome): " +
    "di sana panel LAKIP berjalan.";

  var texts;
  if (engine === "trident") {
    texts = {
      what:
        "Office ini menampilkan panel add-in dengan Internet Explorer 11. Itu terjadi pada Office 2016 dan " +
        "Office 2019 lisensi volume (lisensi instansi), pada Microsoft 365 versi lama, dan pada Office yang " +
        "belum mendapat Microsoft Edge WebView2. Panel LAKIP memerlukan peramban yang lebih baru.",
      steps: [
        "Microsoft 365 atau Office 2016/2019 eceran: minta pengelola TI memasang Microsoft Edge WebView2 Runtime " +
          "(gratis dari Microsoft: " +
          WEBVIEW2_URL +
          ") dan memperbarui Office (File > Akun > Opsi Pembaruan > Perbarui Sekarang), lalu tutup dan buka lagi Excel atau Word.",
        "Office 2016/2019 lisensi volume selalu memakai Internet Explorer 11 untuk add-in. Gunakan Office 2021, " +
          "Office 2024 atau Microsoft 365, atau cara di bawah.",
        WEB,
        ALTERNATIVE,
      ],
    };
  } else if (engine === "edgehtml") {
    texts = {
      what:
        "Office ini menampilkan panel add-in dengan Microsoft Edge versi lama (EdgeHTML). Itu terjadi pada " +
        "Office 2016/2019 eceran dan Microsoft 365 bila Microsoft Edge WebView2 Runtime belum terpasang. " +
        "Panel LAKIP memerlukan WebView2.",
      steps: [
        "Minta pengelola TI memasang Microsoft Edge WebView2 Runtime (gratis dari Microsoft: " +
          WEBVIEW2_URL +
          "), lalu tutup dan buka lagi Excel atau Word. Office memakai WebView2 begitu terpasang.",
        "Microsoft 365: perbarui juga Office (File > Akun > Opsi Pembaruan > Perbarui Sekarang); versi sebelum " +
          "16.0.13530 belum dapat memakai WebView2.",
        // "Browsers and webview controls used by Office Add-ins" (office-js-docs-pr): Microsoft 365
        // builds before 16.0.14326 (version 2108) use WebView2 only when this registry value is set.
        "Microsoft 365 versi 16.0.13530 sampai sebelum 16.0.14326 (versi 2108) memakai WebView2 hanya bila nilai registri " +
          "HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16.0\\WEF\\Win32WebView2 (DWORD) bernilai 1, walaupun " +
          "WebView2 Runtime sudah terpasang. Minta pengelola TI membuatnya, atau perbarui Office ke versi 2108 atau lebih baru.",
        WEB,
        ALTERNATIVE,
      ],
    };
  } else {
    texts = {
      what:
        "Peramban di dalam Office ini terlalu lama untuk panel LAKIP: beberapa kemampuan yang diperlukan panel " +
        "tidak tersedia.",
      steps: [
        "Windows: perbarui Office dan minta pengelola TI memasang Microsoft Edge WebView2 Runtime (" +
          WEBVIEW2_URL +
          ").",
        // The bundles are ES2022 (docs/decisions.md): on a Mac the pane runs in WKWebView, which is
        // the system's Safari engine, so what counts is Safari 16.4 or later, not the Office version.
        "Mac atau iPad: panel memerlukan mesin Safari 16.4 atau lebih baru (macOS 11 Big Sur ke atas yang sudah " +
          "diperbarui, atau iPadOS 16.4 ke atas). Perbarui macOS/iPadOS (Pengaturan Sistem > Pembaruan Perangkat Lunak) " +
          "dan Office ke versi terbaru.",
        WEB,
        ALTERNATIVE,
      ],
    };
  }

  function el(tag, text, style) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    if (style) node.setAttribute("style", style);
    return node;
  }

  function officeLine(target) {
    // Which Office this is, when Office.js can tell (Office.context.diagnostics: host, version, platform).
    try {
      if (typeof w.Office === "undefined" || !isFunction(w.Office.onReady)) return;
      w.Office.onReady(function () {
        try {
          var d = w.Office.context && w.Office.context.diagnostics;
          if (d && d.version) {
            target.appendChild(
              el(
                "p",
                "Office ini: " + d.host + " versi " + d.version + " (" + d.platform + ").",
                "color: #424242; font-size: 12px"
              )
            );
          }
        } catch (_e) {
          // nothing to add
        }
      });
    } catch (_e) {
      // Office.js absent or unusable: the message stands without the version line
    }
  }

  function show() {
    var box = el(
      "div",
      "",
      "font-family: Segoe UI, Arial, sans-serif; padding: 16px; line-height: 1.45; color: #1b1b1b"
    );
    box.setAttribute("id", "lakip-preflight");
    box.setAttribute("role", "alert");
    box.appendChild(el("h1", "Panel LAKIP tidak dapat berjalan di Office ini", "font-size: 18px; color: #a4262c"));
    box.appendChild(el("p", texts.what));
    box.appendChild(el("p", "Yang dapat dilakukan:"));
    var list = el("ul", "", "padding-left: 20px");
    for (var k = 0; k < texts.steps.length; k++) list.appendChild(el("li", texts.steps[k], "margin-bottom: 6px"));
    box.appendChild(list);
    if (missing.length > 0) {
      box.appendChild(
        el(
          "p",
          "Rincian untuk pengelola TI: tidak tersedia " + missing.join(", ") + ".",
          "color: #424242; font-size: 12px"
        )
      );
    }
    var root = document.getElementById("root") || document.getElementById("pesan");
    if (root) {
      root.innerHTML = "";
      root.appendChild(box);
    } else {
      document.body.insertBefore(box, document.body.firstChild);
    }
    officeLine(box);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
