/**
 * True page numbers in the Daftar Isi, Daftar Tabel and Daftar Grafik without --pdf (spec section
 * 5): `lakip report` lays the document out in LibreOffice whenever it is installed. The .docx's own
 * printed numbers (the cached PAGEREF results) are compared with the pages where LibreOffice prints
 * each heading and caption when it renders that .docx as it is (without updating its fields).
 *
 * Needs LibreOffice (soffice, python3-uno) and pdftotext. Under CI=true a missing LibreOffice fails
 * this test; elsewhere the test is skipped with a message on the console.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { runReport } from "../../src/cli/commands/report";

const ROOT = path.join(__dirname, "..", "..");
const OWN_RULES = path.join(ROOT, "examples", "kesbangpol-2025-aturan-sendiri.xlsx");
const NOW = new Date(2026, 10, 24, 10, 15);

const haveLibreOffice =
  spawnSync("/usr/bin/python3", ["-c", "import uno"]).status === 0 &&
  spawnSync("soffice", ["--version"]).status === 0 &&
  spawnSync("pdftotext", ["-v"]).status === 0;

if (!haveLibreOffice && process.env.CI !== "true")
  console.log(
    "reportPages.test.ts dilewati: LibreOffice (soffice, python3-uno) atau pdftotext tidak ada di komputer ini.",
  );

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "lakip-pages-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Index entries of the .docx with the page number it prints for each (text, page). */
async function printedEntries(docx: string): Promise<{ text: string; page: string }[]> {
  const zip = await JSZip.loadAsync(readFileSync(docx));
  const xml = await zip.file("word/document.xml")!.async("string");
  const out: { text: string; page: string }[] = [];
  const re =
    /<w:hyperlink w:anchor="_Toc[^"]*"[^>]*><w:r><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r><w:r><w:tab\/><\/w:r>[\s\S]*?PAGEREF[\s\S]*?<w:t>([^<]*)<\/w:t>/g;
  for (const m of xml.matchAll(re))
    out.push({ text: m[1].replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"), page: m[2] });
  return out;
}

/** The .docx rendered by LibreOffice as it is; per page its text (white space folded) and its printed number. */
function pdfPages(docx: string): { text: string; label: string }[] {
  const profile = mkdtempSync(path.join(dir, "profile-"));
  const r = spawnSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${profile}`, "--convert-to", "pdf", "--outdir", dir, docx],
    { encoding: "utf8", timeout: 240_000 },
  );
  expect(r.status).toBe(0);
  const pdf = path.join(dir, path.basename(docx).replace(/\.docx$/, ".pdf"));
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  return text
    .split("\f")
    .filter((p) => p.trim() !== "")
    .map((p) => {
      const lines = p
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
      const last = lines[lines.length - 1] ?? "";
      return { text: lines.join(" ").replace(/\s+/g, " "), label: /^([0-9]+|[ivxlc]+)$/.test(last) ? last : "" };
    });
}

/**
 * Words of the PDF (pdftotext, reading order) that are not words of the .docx (its text runs and
 * chart values): the pieces of a word broken across lines ("Memuas", "kan"). Index lines (dot
 * leaders), page numbers and number ranges are left out; a break after a hyphen is allowed.
 */
async function brokenWords(docx: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(docx));
  let all = "";
  for (const n of Object.keys(zip.files).filter((f) => /^word\/.*\.xml$/.test(f)))
    all +=
      " " +
      (await zip.file(n)!.async("string"))
        .replace(/<w:br\/>|<w:tab\/>|<\/w:p>|<c:v>/g, " ")
        .replace(/<[^>]+>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&");
  const norm = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").toLowerCase();
  const tokens = all.split(/\s+/);
  const words = new Set(tokens.map(norm));
  // pdftotext may print short tokens of a cell without the space between them ("T 9" as "T9",
  // "T 2 - 3" as "T2-3"): a run of up to four tokens is a word of the document too, not a break
  for (let i = 0; i < tokens.length; i++)
    for (let k = 2; k <= 4 && i + k <= tokens.length; k++) words.add(norm(tokens.slice(i, i + k).join("")));
  // a line may break after a hyphen ("tahun-/tahun"): pdftotext then joins the two halves
  for (const w of [...words]) if (w.includes("-")) words.add(w.replace(/-/g, ""));
  const pdf = docx.replace(/\.docx$/, ".pdf");
  const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout;
  const bad = new Set<string>();
  for (const t of text.split(/\s+/)) {
    if (t.includes("....")) continue;
    const w = norm(t);
    if (w && !words.has(w) && !/^[ivxlc]+$|^[\d.,–-]+$/.test(w)) bad.add(w);
  }
  return [...bad];
}

/** Entries whose printed page differs from the page LibreOffice prints them on, as "text: printed N, on M". */
function offEntries(entries: { text: string; page: string }[], pages: { text: string; label: string }[]): string[] {
  // the indexes' own pages (dot leaders) list every entry: they are not where an entry is; chapter
  // headings print in capitals, looked for first ("BAB II Perencanaan Kinerja, memuat ..." in BAB I
  // is not the heading); each list is in document order
  const body = pages.map((p) => (p.text.includes(".....") ? "" : p.text));
  let from = 0;
  let list = "";
  const off: string[] = [];
  for (const e of entries) {
    const kind = /^(Tabel|Grafik) \d/.exec(e.text)?.[1] ?? "heading";
    if (kind !== list) ((list = kind), (from = 0));
    const key = e.text.replace(/\s+/g, " ").slice(0, 60);
    const upper = body.findIndex((t, k) => k >= from && t.includes(key.toUpperCase()));
    const at = upper >= 0 ? upper : body.findIndex((t, k) => k >= from && t.includes(key));
    if (at < 0) {
      off.push(`${e.text}: printed ${e.page}, not found`);
      continue;
    }
    if (pages[at].label !== e.page) off.push(`${e.text}: printed ${e.page}, on ${pages[at].label}`);
    from = at;
  }
  return off;
}

(haveLibreOffice || process.env.CI === "true" ? test : test.skip).each(["A4", "F4"])(
  "without --pdf, every Daftar Isi/Tabel/Grafik entry of the .docx prints the page it is on, and no word breaks (%s)",
  async (paper) => {
    expect(haveLibreOffice).toBe(true); // under CI=true a missing LibreOffice fails here
    const out = path.join(dir, `laporan-${paper}.docx`);
    let err = "";
    const code = await runReport(
      [OWN_RULES, "--out", out, "--paper", paper],
      { out: () => undefined, err: (s) => void (err += s) },
      { now: () => NOW },
    );
    expect(code).toBe(0);
    expect(err).not.toContain("masih perkiraan");
    const entries = await printedEntries(out);
    expect(entries.length).toBeGreaterThan(30);
    expect(entries.some((e) => e.text.startsWith("Tabel 3.1 "))).toBe(true);
    expect(entries.some((e) => e.text.startsWith("Grafik 3.2 "))).toBe(true);
    const pages = pdfPages(out);
    expect(offEntries(entries, pages)).toEqual([]);
    // and no word is broken across lines anywhere (table cells, signature, charts): every word
    // LibreOffice prints is a word of the document
    expect(await brokenWords(out)).toEqual([]);
  },
  600_000,
);
