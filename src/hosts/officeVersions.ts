/**
 * Facts about Office versions, the one source for the version table (docs/requirement-sets.md,
 * `npm run docs:versions`) and for the panes' plain-language "which Office is needed" texts.
 *
 * Sources (Microsoft, read 2026-11-30 from OfficeDev/office-js-docs-reference and -pr):
 * - "Excel JavaScript API requirement sets", docs/requirement-sets/excel/excel-api-requirement-sets.md
 *   https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * - "Word JavaScript API requirement sets", docs/requirement-sets/word/word-api-requirement-sets.md
 *   https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets
 * - "Browsers and webview controls used by Office Add-ins", docs/concepts/browsers-used-by-office-web-add-ins.md
 *   (the version before 2026 that still has the per-version tables for Windows)
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 *
 * The requirement-set tables give, per set, the first Microsoft 365 (and retail perpetual) version
 * on Windows, the volume-licensed perpetual Office that has it, and the first Mac version.
 */

export type ApiSet = "ExcelApi" | "WordApi";

export interface SetAvailability {
  set: ApiSet;
  version: string;
  /** First Microsoft 365 / retail perpetual version on Windows, e.g. "1701" (build in `build`). */
  windows: string;
  build: string;
  /** The volume-licensed perpetual Office that has it ("Office 2016" ... "Office 2024"), or null. */
  volume: "Office 2016" | "Office 2019" | "Office 2021" | "Office 2024" | null;
  /** First Office for Mac version. */
  mac: string;
}

/** Microsoft's tables, row by row (Office on the web supports every set listed). */
export const SET_AVAILABILITY: readonly SetAvailability[] = [
  { set: "ExcelApi", version: "1.1", windows: "1509", build: "4266.1001", volume: "Office 2016", mac: "15.20" },
  { set: "ExcelApi", version: "1.2", windows: "1601", build: "6741.2088", volume: "Office 2019", mac: "15.22" },
  { set: "ExcelApi", version: "1.3", windows: "1608", build: "7369.2055", volume: "Office 2019", mac: "15.27" },
  { set: "ExcelApi", version: "1.4", windows: "1701", build: "7870.2024", volume: "Office 2019", mac: "15.36" },
  { set: "ExcelApi", version: "1.5", windows: "1703", build: "8067.2070", volume: "Office 2019", mac: "15.36" },
  { set: "ExcelApi", version: "1.6", windows: "1704", build: "8201.2001", volume: "Office 2019", mac: "15.36" },
  { set: "ExcelApi", version: "1.7", windows: "1801", build: "9001.2171", volume: "Office 2019", mac: "16.9" },
  { set: "ExcelApi", version: "1.8", windows: "1808", build: "10730.20102", volume: "Office 2021", mac: "16.17" },
  { set: "ExcelApi", version: "1.9", windows: "1903", build: "11425.20204", volume: "Office 2021", mac: "16.24" },
  { set: "ExcelApi", version: "1.10", windows: "1907", build: "11929.20306", volume: "Office 2021", mac: "16.30" },
  { set: "ExcelApi", version: "1.11", windows: "2002", build: "12527.20470", volume: "Office 2021", mac: "16.33" },
  { set: "ExcelApi", version: "1.12", windows: "2008", build: "13127.20408", volume: "Office 2021", mac: "16.40" },
  { set: "ExcelApi", version: "1.13", windows: "2102", build: "13801.20738", volume: "Office 2021", mac: "16.50" },
  { set: "ExcelApi", version: "1.14", windows: "2108", build: "14326.20508", volume: "Office 2021", mac: "16.52" },
  { set: "ExcelApi", version: "1.15", windows: "2202", build: "14931.20132", volume: "Office 2024", mac: "16.58" },
  { set: "ExcelApi", version: "1.16", windows: "2208", build: "15601.20148", volume: "Office 2024", mac: "16.64" },
  { set: "ExcelApi", version: "1.17", windows: "2302", build: "16130.20332", volume: "Office 2024", mac: "16.70" },
  { set: "WordApi", version: "1.1", windows: "1509", build: "4266.1001", volume: "Office 2016", mac: "15.19" },
  { set: "WordApi", version: "1.2", windows: "1601", build: "6568.1000", volume: "Office 2019", mac: "15.19" },
  { set: "WordApi", version: "1.3", windows: "1612", build: "7668.1000", volume: "Office 2019", mac: "15.32" },
  { set: "WordApi", version: "1.4", windows: "2208", build: "15601.20148", volume: "Office 2024", mac: "16.64" },
  { set: "WordApi", version: "1.5", windows: "2302", build: "16130.20332", volume: "Office 2024", mac: "16.70" },
  { set: "WordApi", version: "1.6", windows: "2308", build: "16731.20234", volume: "Office 2024", mac: "16.76" },
  { set: "WordApi", version: "1.7", windows: "2311", build: "17029.20068", volume: "Office 2024", mac: "16.79" },
  { set: "WordApi", version: "1.8", windows: "2405", build: "17628.20110", volume: "Office 2024", mac: "16.85" },
  { set: "WordApi", version: "1.9", windows: "2411", build: "18227.20152", volume: null, mac: "16.91" },
];

/** Compares "1.13" and "1.4" as versions. */
export function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || (a2 ?? 0) - (b2 ?? 0);
}

export function availability(set: ApiSet, version: string): SetAvailability {
  const row = SET_AVAILABILITY.find((r) => r.set === set && r.version === version);
  if (!row) throw new Error(`${set} ${version} is not in SET_AVAILABILITY`);
  return row;
}

/**
 * The first Microsoft 365 version on Windows whose add-ins get WebView2 (16.0.13530.20424 is
 * version 2011); before it, Internet Explorer 11 or Edge Legacy, where the panes do not run.
 */
export const WEBVIEW2_MINIMUM_M365 = "2011";

export type Webview = "WebView2" | "EdgeHTML" | "Trident" | "WKWebView" | "Peramban";

/** Which webviews run the panes (the preflight's decision, docs/decisions.md). */
export const PANES_RUN_IN: readonly Webview[] = ["WebView2", "WKWebView", "Peramban"];

export interface OfficeRelease {
  /** How users know it, in Indonesian. */
  name: string;
  platform: "Windows" | "Mac" | "iPad" | "Web";
  /** The webview its add-ins get; several when it depends on what is installed. */
  webview: Webview[];
  /** What decides the webview, in plain words ("" when nothing does). */
  webviewNote: string;
  /** The highest requirement set it has (null: depends on the version installed; the panes do not run there). */
  excelApi: string | null;
  wordApi: string | null;
  /** True when it keeps updating: the sets shown are those of Microsoft's table, newer ones come too. */
  current?: boolean;
}

/**
 * The Offices an agency may run. Volume-licensed perpetual versions stop at the sets Microsoft's
 * tables give their column; Microsoft 365 rows are the first version of each step that matters here.
 */
export const OFFICE_RELEASES: readonly OfficeRelease[] = [
  {
    name: "Office 2016 lisensi volume (versi 16.0.4266 dan sejenisnya)",
    platform: "Windows",
    webview: ["Trident"],
    webviewNote: "",
    excelApi: "1.1",
    wordApi: "1.1",
  },
  {
    name: "Office 2019 lisensi volume (versi 1808)",
    platform: "Windows",
    webview: ["Trident"],
    webviewNote: "",
    excelApi: "1.7",
    wordApi: "1.3",
  },
  {
    name: "Office 2016/2019 eceran dan Microsoft 365 tanpa WebView2",
    platform: "Windows",
    webview: ["EdgeHTML", "Trident"],
    webviewNote:
      "Edge lama bila ada, selain itu Internet Explorer 11; memasang WebView2 Runtime mengubahnya ke WebView2",
    excelApi: null,
    wordApi: null,
  },
  {
    name: "Microsoft 365 versi 2011 (dengan WebView2)",
    platform: "Windows",
    webview: ["WebView2"],
    webviewNote: "WebView2 Runtime terpasang, otomatis sejak versi 2101",
    excelApi: "1.12",
    wordApi: "1.3",
  },
  {
    name: "Office LTSC 2021 (lisensi volume)",
    platform: "Windows",
    webview: ["WebView2"],
    webviewNote: "",
    excelApi: "1.14",
    wordApi: "1.3",
  },
  {
    name: "Microsoft 365 versi 2208",
    platform: "Windows",
    webview: ["WebView2"],
    webviewNote: "",
    excelApi: "1.16",
    wordApi: "1.4",
  },
  {
    name: "Office LTSC 2024 (lisensi volume)",
    platform: "Windows",
    webview: ["WebView2"],
    webviewNote: "",
    excelApi: "1.17",
    wordApi: "1.8",
  },
  {
    name: "Microsoft 365 versi 2411 atau lebih baru",
    platform: "Windows",
    webview: ["WebView2"],
    webviewNote: "",
    excelApi: "1.17",
    wordApi: "1.9",
    current: true,
  },
  {
    name: "Microsoft 365 / Office 2021 / Office 2024 untuk Mac, versi terbaru",
    platform: "Mac",
    webview: ["WKWebView"],
    webviewNote: "Safari bawaan macOS",
    excelApi: "1.17",
    wordApi: "1.9",
    current: true,
  },
  {
    name: "Excel dan Word untuk iPad",
    platform: "iPad",
    webview: ["WKWebView"],
    webviewNote: "Safari bawaan iPadOS",
    excelApi: "1.17",
    wordApi: "1.9",
    current: true,
  },
  {
    name: "Excel dan Word di web (Microsoft Edge, Chrome, Safari, Firefox)",
    platform: "Web",
    webview: ["Peramban"],
    webviewNote: "peramban yang membuka Office di web",
    excelApi: "1.17",
    wordApi: "1.9",
    current: true,
  },
];

/** True when a release supports `set` `version`. */
export function releaseSupports(release: OfficeRelease, set: ApiSet, version: string): boolean {
  const max = set === "ExcelApi" ? release.excelApi : release.wordApi;
  return max !== null && compareVersions(version, max) <= 0;
}

export function panesRun(release: OfficeRelease): boolean {
  return release.webview.some((w) => PANES_RUN_IN.includes(w));
}

/**
 * Which Office is needed for `set` `version`, in plain Indonesian, for the panes and the docs:
 * the first Microsoft 365 version on Windows (never before WebView2), the volume-licensed Office
 * (2016/2019 run Internet Explorer 11, so the first that runs the panes is Office 2021), the Mac
 * version, and the web.
 */
export function plainMinimum(set: ApiSet, version: string): string {
  const app = set === "ExcelApi" ? "Excel" : "Word";
  const row = availability(set, version);
  const windows = Number(row.windows) < Number(WEBVIEW2_MINIMUM_M365) ? WEBVIEW2_MINIMUM_M365 : row.windows;
  // Office 2016/2019 volume licence run add-ins in Internet Explorer 11: the first that runs the panes is 2021.
  const volume = row.volume === null ? null : row.volume === "Office 2024" ? "Office 2024" : "Office 2021 atau 2024";
  const parts = [`Microsoft 365 versi ${windows} atau lebih baru`];
  if (volume) parts.push(volume);
  // On a Mac the pane runs in WKWebView, the system's Safari engine: the ES2022 bundles need
  // Safari 16.4 whatever the Office version (docs/decisions.md, the ES2022 decision).
  parts.push(`${app} untuk Mac versi ${row.mac} atau lebih baru (dengan Safari 16.4 ke atas)`, `${app} di web`);
  return `${parts.slice(0, -1).join(", ")}, atau ${parts[parts.length - 1]}`;
}
