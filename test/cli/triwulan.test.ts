/**
 * The quarterly round on real files through the real command (`node bin/lakip.js`, spec 5.1, 6):
 * a master whose third quarter is still empty -> unit files for TW III -> the units fill them ->
 * himpun -> validate --tw 3 -> triwulan --tw 3; the report passes check-ooxml, refills
 * byte-identically and keeps the agency's text; a quarter without realisasi is MISSING_QUARTER.
 */
import { spawnSync, execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "lakip.js");
const EXAMPLE = path.join(ROOT, "examples", "kesbangpol-2025.xlsx");
const CHECK = path.join(ROOT, "..", "shared", "tools", "check-ooxml");
let dir: string;

function lakip(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const at = (...p: string[]) => path.join(dir, ...p);

function headerCols(ws: ExcelJS.Worksheet): { row: number; col: Map<string, number> } {
  for (let r = 1; r <= 10; r++) {
    const col = new Map<string, number>();
    ws.getRow(r).eachCell((c, n) => col.set(String(c.value ?? "").trim(), n));
    if (col.has("Indikator Kinerja") || col.has("Program/Kegiatan")) return { row: r, col };
  }
  throw new Error(`no header in ${ws.name}`);
}

/** Clears (or copies from `from`) the given columns of every data row of every sheet with a header. */
async function edit(file: string, out: string, clear: string[], from?: ExcelJS.Workbook): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const ws of wb.worksheets) {
    let h;
    try {
      h = headerCols(ws);
    } catch {
      continue;
    }
    const src = from?.getWorksheet(ws.name);
    for (let r = h.row + 1; r <= ws.rowCount; r++)
      for (const name of clear) {
        const c = h.col.get(name);
        if (c === undefined) continue;
        const cell = ws.getCell(r, c);
        if (cell.protection?.locked === false || !from) cell.value = src ? (src.getCell(r, c).value ?? null) : null;
      }
  }
  await wb.xlsx.writeFile(out);
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, "build", "node", "src", "cli", "main.js")))
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"], {
      cwd: ROOT,
      stdio: "ignore",
    });
  dir = mkdtempSync(path.join(os.tmpdir(), "lakip-tw-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the report of TW II from the example: check-ooxml, refill byte-identical, the agency's text kept", async () => {
  const r = lakip("triwulan", EXAMPLE, "--tw", "2", "--out", at("tw2.docx"));
  expect(r.stderr).not.toMatch(/GALAT/);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Laporan Capaian Kinerja Triwulan II Tahun 2025 ditulis/);
  expect(r.stderr).toMatch(/lakip:teks-tw-tindak-lanjut/);
  const check = spawnSync(CHECK, [at("tw2.docx")], { encoding: "utf8" });
  expect(check.status).toBe(0);
  const xml = await (await JSZip.loadAsync(readFileSync(at("tw2.docx")))).file("word/document.xml")!.async("string");
  for (const tag of [
    "tw-identitas",
    "tw-tabel-capaian",
    "tw-narasi",
    "tw-tabel-anggaran",
    "tw-grafik",
    "teks-tw-tindak-lanjut",
  ])
    expect(xml).toContain(`<w:tag w:val="lakip:${tag}"/>`);
  expect(xml).toContain("TRIWULAN II TAHUN 2025");
  expect(xml).toContain("Capaian Kinerja s.d. Triwulan II");

  // Refill: the same bytes.
  const again = lakip("triwulan", EXAMPLE, "--tw", "2", "--template", at("tw2.docx"), "--out", at("tw2b.docx"));
  expect(again.code).toBe(0);
  expect(readFileSync(at("tw2b.docx")).equals(readFileSync(at("tw2.docx")))).toBe(true);

  // The agency writes its conclusions and a paragraph of its own; a refill keeps both.
  const zip = await JSZip.loadAsync(readFileSync(at("tw2.docx")));
  const own = xml
    .replace(
      /(<w:tag w:val="lakip:teks-tw-tindak-lanjut"\/>[\s\S]*?)<w:showingPlcHdr\/>([\s\S]*?<w:sdtContent>)[\s\S]*?(<\/w:sdtContent>)/,
      "$1$2<w:p><w:r><w:t>Tindak lanjut: rapat evaluasi triwulan dengan seluruh bidang.</w:t></w:r></w:p>$3",
    )
    .replace("<w:body>", "<w:body><w:p><w:r><w:t>Catatan sendiri Kasubag Program.</w:t></w:r></w:p>");
  zip.file("word/document.xml", own);
  writeFileSync(at("own.docx"), await zip.generateAsync({ type: "nodebuffer" }));
  const refill = lakip("triwulan", EXAMPLE, "--tw", "3", "--template", at("own.docx"), "--out", at("own3.docx"));
  expect(refill.code).toBe(0);
  expect(refill.stderr).not.toMatch(/lakip:teks-tw-tindak-lanjut/);
  const xml3 = await (await JSZip.loadAsync(readFileSync(at("own3.docx")))).file("word/document.xml")!.async("string");
  expect(xml3).toContain("Tindak lanjut: rapat evaluasi triwulan dengan seluruh bidang.");
  expect(xml3).toContain("Catatan sendiri Kasubag Program.");
  expect(xml3).toContain("TRIWULAN III TAHUN 2025");
});

test("a quarter's round: unit files for TW III -> himpun -> validate --tw 3 -> triwulan --tw 3; MISSING_QUARTER writes nothing", async () => {
  // The master in the year's course: TW III and IV not reported yet, the year's Realisasi still blank.
  await edit(EXAMPLE, at("induk.xlsx"), [
    "Realisasi",
    "Realisasi TW III",
    "Realisasi TW IV",
    "Kendala TW III",
    "Kendala TW IV",
  ]);
  const missing = lakip("triwulan", at("induk.xlsx"), "--tw", "3", "--out", at("belum.docx"));
  expect(missing.code).toBe(1);
  expect(missing.stderr).toMatch(
    /MISSING_QUARTER \(Sekretariat!\w+4\): Realisasi TW III indikator "Nilai evaluasi SAKIP/,
  );
  expect(existsSync(at("belum.docx"))).toBe(false);
  expect(lakip("validate", at("induk.xlsx"), "--tw", "2").code).toBe(0);

  const units = lakip("format", "--per-unit", at("induk.xlsx"), "--triwulan", "3", "--out", at("unit"));
  expect(units.stderr).toBe("");
  expect(units.code).toBe(0);
  const files = readdirSync(at("unit")).sort();
  expect(files).toHaveLength(5);
  expect(files.every((f) => /^Format 2025 TW III - /.test(f))).toBe(true);

  // Each unit types its TW III (the example's figures) into the open cells only.
  const original = new ExcelJS.Workbook();
  await original.xlsx.readFile(EXAMPLE);
  const filled: string[] = [];
  for (const f of files) {
    const out = at("unit", `isi-${f}`);
    await edit(at("unit", f), out, ["Realisasi TW III", "Kendala TW III", "Realisasi TW II"], original);
    // ExcelJS drops custom properties: the file's quarter is given to himpun instead (--triwulan 3)
    filled.push(out);
  }
  const himpun = lakip("himpun", at("induk.xlsx"), ...filled, "--triwulan", "3", "--out", at("tw3.xlsx"));
  expect(himpun.stdout).toMatch(/Triwulan III dihimpun/);
  expect(himpun.code).toBe(0);
  expect(lakip("validate", at("tw3.xlsx"), "--tw", "3").code).toBe(0);
  const report = lakip("triwulan", at("tw3.xlsx"), "--tw", "3", "--out", at("laporan-tw3.docx"));
  expect(report.code).toBe(0);

  // Quarters 1-2 untouched, quarter 3 as the example's, the year's Realisasi still blank.
  const computed = JSON.parse(lakip("compute", EXAMPLE, "--json").stdout);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(at("tw3.xlsx"));
  const ws = back.getWorksheet("Sekretariat")!;
  const h = headerCols(ws);
  const row = h.row + 1;
  const want = computed.indikator.find(
    (i: { sheet: string; row: number }) => i.sheet === "Sekretariat" && i.row === row,
  );
  expect(ws.getCell(row, h.col.get("Realisasi TW III")!).value).toBe(want.triwulan[2].realisasi);
  expect(ws.getCell(row, h.col.get("Realisasi TW II")!).value).toBe(want.triwulan[1].realisasi);
  expect(ws.getCell(row, h.col.get("Realisasi TW IV")!).value ?? null).toBeNull();
  expect(ws.getCell(row, h.col.get("Realisasi")!).value ?? null).toBeNull();
});
