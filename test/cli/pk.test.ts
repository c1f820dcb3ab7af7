/**
 * `lakip pk` through runPk (in-process, fixed date): from a 2026 format (targets filled, realisasi
 * empty) the Kepala's PK and one per unit, the right parties and every target, check-ooxml clean;
 * a workbook with galat makes none; what is missing is listed, never invented.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { runPk } from "../../src/cli/commands/pk";
import { PEJABAT, ROOT, writeFormat2026 } from "./pkFixture";

const NOW = new Date(2026, 0, 5, 9, 0);
const CHECK = path.join(ROOT, "..", "shared", "tools", "check-ooxml");

let dir: string;
let format: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "lakip-pk-"));
  format = path.join(dir, "format-2026.xlsx");
  await writeFormat2026(format);
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pk(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runPk(args, { out: (s) => void (out += s), err: (s) => void (err += s) }, { now: () => NOW });
  return { code, out, err };
}

async function text(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&");
}

test("writes the Kepala's PK and one per unit, with the parties, every target and the pagu", async () => {
  const out = path.join(dir, "pk");
  const r = await pk(format, "--out", out);
  expect(r.code).toBe(0);
  const files = readdirSync(out).sort();
  expect(files).toEqual(
    [
      "PK-Kepala.docx",
      "PK-Sekretariat.docx",
      "PK-Bidang Ideologi dan Wasbang.docx",
      "PK-Bidang Politik Dalam Negeri.docx",
      "PK-Bidang Ketahanan Ekososbud.docx",
      "PK-Bidang Kewaspadaan Nasional.docx",
    ].sort(),
  );
  const kepala = await text(path.join(out, "PK-Kepala.docx"));
  expect(kepala).toContain("PEMERINTAH KABUPATEN KOTAWARINGIN BARAT");
  expect(kepala).toContain("Jl. Sutan Syahrir No. 62, Pangkalan Bun 74112");
  expect(kepala).toContain("PERJANJIAN KINERJA TAHUN 2026");
  expect(kepala).toMatch(/Nama\t: Drs\. Hendra Saputra, M\.Si\nJabatan\t: Kepala Badan Kesatuan Bangsa dan Politik/);
  expect(kepala).toMatch(/Nama\t: Hj\. Nurhidayah, S\.H\., M\.H\.\nJabatan\t: Bupati Kotawaringin Barat/);
  expect(kepala).toContain("Pangkalan Bun, 5 Januari 2026");
  expect(kepala).toContain("berjanji akan mewujudkan target kinerja");
  // every one of the 18 indicators with its target; the six programs and their total
  for (const t of ["Nilai evaluasi SAKIP perangkat daerah", "Jumlah konflik sosial (↓)", "80 - 90", "2 - 3"])
    expect(kepala).toContain(t);
  expect(kepala).toContain("3.300.000.000");
  expect(kepala).toContain("5.825.000.000"); // the total
  const sek = await text(path.join(out, "PK-Sekretariat.docx"));
  expect(sek).toMatch(/Nama\t: Dra\. Siti Aminah, M\.AP\nJabatan\t: Sekretaris\n/);
  expect(sek).toMatch(/Nama\t: Drs\. Hendra Saputra, M\.Si\nJabatan\t: Kepala Badan Kesatuan Bangsa/);
  expect(sek).toContain("NIP. " + PEJABAT.Sekretariat[1]);
  expect(sek).toContain("Persentase realisasi anggaran");
  expect(sek).not.toContain("Jumlah konflik sosial");
  expect(sek).toContain("3.300.000.000");
  expect(sek).not.toContain("5.825.000.000");
  // no Pejabat row filled for Bidang Kewaspadaan Nasional: its jabatan derived, the name a dotted line, listed
  const kw = await text(path.join(out, "PK-Bidang Kewaspadaan Nasional.docx"));
  expect(kw).toMatch(/Nama\t: …+\nJabatan\t: Kepala Bidang Kewaspadaan Nasional\n/);
  expect(r.err).toContain("Pejabat Bidang Kewaspadaan Nasional (sheet Pejabat)");
  // the SOP record
  const zip = await JSZip.loadAsync(readFileSync(path.join(out, "PK-Sekretariat.docx")));
  expect(await zip.file("docProps/custom.xml")!.async("string")).toContain(
    "<vt:lpwstr>2026 | Sekretariat | 2026-01-05</vt:lpwstr>",
  );
  for (const f of files) {
    if (process.env.LAKIP_PK_KEEP)
      require("fs").copyFileSync(path.join(out, f), path.join(process.env.LAKIP_PK_KEEP, f));
    const c = spawnSync(CHECK, [path.join(out, f)], { encoding: "utf8" });
    expect({ f, code: c.status, out: c.stdout + c.stderr }).toMatchObject({ f, code: 0 });
  }
}, 60000);

test("a workbook with galat (not a blank Realisasi) makes no PK: exit 1, nothing written", async () => {
  const bad = path.join(dir, "bad.xlsx");
  await writeFormat2026(bad);
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(bad);
  wb.getWorksheet("Sekretariat")!.getCell("E4").value = "Ke atas";
  await wb.xlsx.writeFile(bad);
  const out = path.join(dir, "pk-bad");
  const r = await pk(bad, "--out", out);
  expect(r.code).toBe(1);
  expect(r.err).toContain("INVALID_POLARITY (Sekretariat!E4)");
  expect(r.err).not.toContain("Realisasi di sel");
  expect(existsSync(out)).toBe(false);
}, 60000);

test("refuses to overwrite without --force; the same workbook gives the same documents", async () => {
  const out = path.join(dir, "pk-again");
  expect((await pk(format, "--out", out)).code).toBe(0);
  const first = readFileSync(path.join(out, "PK-Kepala.docx"));
  await expect(pk(format, "--out", out)).rejects.toThrow(/sudah ada .* tidak ditimpa: PK-Kepala\.docx/);
  expect((await pk(format, "--out", out, "--force")).code).toBe(0);
  expect(readFileSync(path.join(out, "PK-Kepala.docx")).equals(first)).toBe(true);
}, 60000);

test("the Rencana Aksi annex when the format holds Target TW and Rencana Aksi TW columns; F4; --tanggal", async () => {
  const ra = path.join(dir, "format-ra.xlsx");
  await writeFormat2026(ra, { rencanaAksi: true });
  const out = path.join(dir, "pk-ra");
  const r = await pk(ra, "--out", out, "--paper", "F4", "--tanggal", "2 Januari 2026");
  expect(r.code).toBe(0);
  expect(r.out).toContain("rencana aksi per triwulan");
  const sek = await text(path.join(out, "PK-Sekretariat.docx"));
  expect(sek).toContain("RENCANA AKSI PERJANJIAN KINERJA TAHUN 2026");
  expect(sek).toContain("Rapat koordinasi dan pelaksanaan kegiatan triwulan 3");
  expect(sek).toContain("Pangkalan Bun, 2 Januari 2026");
  for (const f of readdirSync(out)) {
    if (process.env.LAKIP_PK_KEEP)
      require("fs").copyFileSync(path.join(out, f), path.join(process.env.LAKIP_PK_KEEP, `ra-${f}`));
    const c = spawnSync(CHECK, [path.join(out, f)], { encoding: "utf8" });
    expect({ f, code: c.status }).toMatchObject({ f, code: 0 });
  }
}, 60000);

test("--pdf writes a PDF beside each document; bad arguments are unusable input", async () => {
  const out = path.join(dir, "pk-pdf");
  const made: string[] = [];
  let o = "";
  const code = await runPk(
    [format, "--out", out, "--pdf"],
    { out: (s) => void (o += s), err: () => undefined },
    { now: () => NOW, toPdf: async (_docx, pdf) => void made.push(path.basename(pdf)) },
  );
  expect(code).toBe(0);
  expect(made).toHaveLength(6);
  expect(made).toContain("PK-Kepala.pdf");
  expect(o).toContain("PDF: PK-Sekretariat.pdf");
  await expect(pk(format)).rejects.toThrow(/memerlukan --out FOLDER/);
  await expect(pk(format, "--out", out, "--paper", "Letter")).rejects.toThrow(/pilih A4 atau F4/);
  await expect(pk(format, "--out", out, "--tanggal", "besok")).rejects.toThrow(/tidak dapat dibaca sebagai tanggal/);
  await expect(pk(format, "--out", format)).rejects.toThrow(/adalah berkas/);
});

test("an agency's own template without some controls: filled where it can, the rest warned", async () => {
  const zip = new JSZip();
  const { pkTemplateZip } = await import("../../src/hosts/files/pkDocx");
  const base = pkTemplateZip("A4");
  for (const name of Object.keys(base.files)) zip.file(name, await base.file(name)!.async("string"));
  const xml = await zip.file("word/document.xml")!.async("string");
  zip.file(
    "word/document.xml",
    xml.replace(
      /<w:sdt><w:sdtPr><w:alias w:val="Rencana Aksi[\s\S]*?<\/w:sdt>/,
      "<w:p><w:r><w:t>Teks instansi</w:t></w:r></w:p>",
    ),
  );
  const template = path.join(dir, "pk-template.docx");
  require("fs").writeFileSync(template, await zip.generateAsync({ type: "nodebuffer" }));
  const ra = path.join(dir, "format-ra2.xlsx");
  await writeFormat2026(ra, { rencanaAksi: true });
  const out = path.join(dir, "pk-own");
  const r = await pk(ra, "--out", out, "--template", template);
  expect(r.code).toBe(0);
  expect(r.err).toContain("template tidak memiliki kontrol untuk: Rencana Aksi per Triwulan");
  const t = await text(path.join(out, "PK-Kepala.docx"));
  expect(t).toContain("Teks instansi");
  expect(t).toContain("LAMPIRAN PERJANJIAN KINERJA TAHUN 2026");
}, 60000);
