/** The Perjanjian Kinerja plan, its controls and its filling (spec 5.2). */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { annexWidths, balancedLines, planPk, PK_TAGS, renderPk, pkRenderOptions } from "../../../src/core/pk";
import { textWidth, widthForWords } from "../../../src/core/report/textWidth";
import { buildPkDocuments, fillPkDocument, pkTemplateZip } from "../../../src/hosts/files/pkDocx";
import { HEADER, sheet, workbook } from "../gridBuilder";

const CHECK = path.join(__dirname, "..", "..", "..", "..", "shared", "tools", "check-ooxml");
const NOW = new Date(2026, 0, 6);

const IDENTITAS = sheet("Identitas", [
  ["Instansi", "Badan Kesatuan Bangsa dan Politik"],
  ["Pemerintah Daerah", "Kabupaten Kotawaringin Barat"],
  ["Tahun", 2026],
  ["Nama Kepala", "Drs. Hendra Saputra, M.Si"],
  ["NIP Kepala", "19710512 199703 1 004"],
  ["Tempat", "Pangkalan Bun"],
  ["Jabatan Kepala Daerah", "Bupati Kotawaringin Barat"],
]);
const TW = ["Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Rencana Aksi TW I", "Rencana Aksi TW II"];
const SEK = sheet("Sekretariat", [
  [...HEADER, ...TW],
  [
    1,
    "Meningkatnya akuntabilitas",
    "Nilai SAKIP",
    "nilai",
    "Naik",
    70,
    null,
    null,
    null,
    null,
    70,
    "Reviu Renja",
    "Penyusunan LKjIP",
  ],
  [2, null, "Persentase realisasi anggaran", "%", "Naik", 95, null, 20, 45, 70, 95],
]);
const KW = sheet("Bidang Kewaspadaan", [
  HEADER,
  [1, "Terwujudnya kondisi daerah yang kondusif", "Jumlah konflik sosial", "kasus", "Turun", 0, null],
]);
const ANGGARAN = sheet("Anggaran", [
  ["Program/Kegiatan", "Sasaran Strategis", "Pagu", "Realisasi"],
  ["Program Penunjang Urusan Pemerintahan Daerah", "Meningkatnya akuntabilitas", 3000000, null],
  ["Kegiatan Administrasi Keuangan", "Meningkatnya akuntabilitas", 1000000, null],
  ["Program Kewaspadaan Nasional", "Terwujudnya kondisi daerah yang kondusif", 500000, null],
]);
const PEJABAT = sheet("Pejabat", [
  ["Unit", "Jabatan", "Nama", "NIP", "Pangkat/Golongan"],
  ["Sekretariat", "Sekretaris", "Dra. Siti Aminah", "19750203 200003 2 004", "Pembina (IV/a)"],
]);
const GRID = workbook(IDENTITAS, SEK, KW, ANGGARAN, PEJABAT);

describe("planPk", () => {
  const plan = planPk(GRID);
  test("blank Realisasi (indicators and Anggaran) are not findings for a PK", () => {
    expect(plan.findings).toEqual([]);
    expect(plan.analysis.indikator).toHaveLength(3);
  });
  test("the parties: Kepala with the Kepala Daerah; each unit head with the Kepala; nothing invented", () => {
    const [kepala, sek, kw] = plan.documents;
    expect(kepala.unit).toBeNull();
    expect(kepala.pertama).toMatchObject({
      jabatan: "Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Kotawaringin Barat",
      nama: "Drs. Hendra Saputra, M.Si",
    });
    expect(kepala.kedua).toEqual({ jabatan: "Bupati Kotawaringin Barat", nama: null, nip: null, pangkat: null });
    expect(sek.pertama).toEqual({
      jabatan: "Sekretaris",
      nama: "Dra. Siti Aminah",
      nip: "19750203 200003 2 004",
      pangkat: "Pembina (IV/a)",
    });
    expect(sek.kedua).toBe(kepala.pertama);
    expect(kw.pertama).toEqual({ jabatan: "Kepala Bidang Kewaspadaan", nama: null, nip: null, pangkat: null });
    expect(plan.missing).toEqual([
      "Nama Kepala Daerah (sheet Identitas): garis nama pihak kedua PK Kepala ditulis tangan.",
      "Pejabat Bidang Kewaspadaan (sheet Pejabat): nama Kepala Bidang Kewaspadaan belum diisi; garis nama di PK Bidang Kewaspadaan ditulis tangan.",
    ]);
  });
  test("programs: a kegiatan under its program is not listed again; a unit gets its sasaran's programs", () => {
    const [kepala, sek, kw] = plan.documents;
    expect(kepala.program.map((p) => p.pagu)).toEqual([3000000, 500000]);
    expect(sek.program.map((p) => p.pagu)).toEqual([3000000]);
    expect(kw.program.map((p) => p.pagu)).toEqual([500000]);
  });
  test("Rencana Aksi read from the TW columns where the sheet has them", () => {
    const [kepala, sek, kw] = plan.documents;
    expect(kepala.hasRencanaAksi).toBe(true);
    expect(sek.sasaran[0].indikator[0].rencanaAksi).toEqual({
      target: ["", "", "", "70"],
      aksi: ["Reviu Renja", "Penyusunan LKjIP", "", ""],
    });
    expect(sek.sasaran[0].indikator[1].rencanaAksi?.target).toEqual(["20", "45", "70", "95"]);
    expect(kw.hasRencanaAksi).toBe(false);
    expect(renderPk(kw, pkRenderOptions(plan, NOW))["lakip:pk-rencana-aksi"]).toBe("<w:p/>");
  });
  test("any other error finding stays: the PK is not made", async () => {
    const bad = workbook(IDENTITAS, sheet("Sekretariat", [HEADER, [1, "S", "I", "%", "Naik", "banyak", null]]));
    const build = await buildPkDocuments(bad, { now: NOW });
    expect(build.plan.findings.map((f) => [f.code, f.cell])).toEqual([["NOT_A_NUMBER", "F2"]]);
    expect(build.files).toEqual([]);
  });
});

describe("layout", () => {
  test("annex columns hold the longest word of each column", () => {
    const plan = planPk(GRID);
    const [no, sasaran, indikator, satuan, target] = annexWidths(plan.documents[0].sasaran);
    expect(no + sasaran + indikator + satuan + target).toBe(9071);
    expect(satuan).toBeGreaterThanOrEqual(widthForWords(["Satuan", "kasus", "nilai"], 20, true));
    expect(indikator).toBeGreaterThanOrEqual(widthForWords(["Persentase", "realisasi", "anggaran"], 20));
  });
  test("a long jabatan never leaves one word alone on its last line", () => {
    const lines = balancedLines("Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Kotawaringin Barat,", 4100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[lines.length - 1].split(" ").length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 24)).toBeLessThanOrEqual(4100);
  });
});

describe("the documents", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "lakip-pk-core-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("A4 and F4, check-ooxml clean, every control filled, LAKIP PK recorded", async () => {
    for (const paper of ["A4", "F4"] as const) {
      const build = await buildPkDocuments(GRID, { now: NOW, paper });
      expect(build.files.map((f) => f.fileName)).toEqual([
        "PK-Kepala.docx",
        "PK-Sekretariat.docx",
        "PK-Bidang Kewaspadaan.docx",
      ]);
      for (const f of build.files) {
        expect(f.report.filled).toEqual(PK_TAGS.map((t) => t.tag));
        const zip = await JSZip.loadAsync(f.bytes);
        const xml = await zip.file("word/document.xml")!.async("string");
        expect(xml).toContain(paper === "A4" ? 'w:w="11906" w:h="16838"' : 'w:w="12189" w:h="18709"');
        expect(xml).not.toContain("w:showingPlcHdr");
        const file = path.join(dir, `${paper}-${f.fileName}`);
        writeFileSync(file, f.bytes);
        const c = spawnSync(CHECK, [file], { encoding: "utf8" });
        expect({ file, status: c.status, out: c.stdout }).toMatchObject({ status: 0 });
      }
      const props = await (await JSZip.loadAsync(build.files[2].bytes)).file("docProps/custom.xml")!.async("string");
      expect(props).toContain('name="LAKIP PK"><vt:lpwstr>2026 | Bidang Kewaspadaan | 2026-01-06</vt:lpwstr>');
    }
  }, 60000);

  test("refilling a filled PK gives the same document; the agency's own text is untouched", async () => {
    const plan = planPk(GRID);
    const doc = plan.documents[1];
    // the agency's template: the built-in one with its own paragraph between two controls
    const zip = pkTemplateZip("A4");
    const xml = await zip.file("word/document.xml")!.async("string");
    const own = "<w:p><w:r><w:t>Catatan instansi: ditandatangani di aula kantor.</w:t></w:r></w:p>";
    zip.file("word/document.xml", xml.replace("</w:sdt><w:sdt>", `</w:sdt>${own}<w:sdt>`));
    const template = await zip.generateAsync({ type: "uint8array" });
    const first = await fillPkDocument(doc, plan, NOW, { template });
    const again = await fillPkDocument(doc, plan, NOW, { template: first.bytes });
    const a = await (await JSZip.loadAsync(first.bytes)).file("word/document.xml")!.async("string");
    const b = await (await JSZip.loadAsync(again.bytes)).file("word/document.xml")!.async("string");
    expect(b).toBe(a);
    expect(a.split(own)).toHaveLength(2);
    const props = await (await JSZip.loadAsync(again.bytes)).file("docProps/custom.xml")!.async("string");
    expect(props.match(/LAKIP PK/g)).toHaveLength(1);
  });

  test("no signing date in the PK's year: the day is left to write by hand", async () => {
    const build = await buildPkDocuments(GRID, { now: new Date(2025, 11, 20) });
    expect(build.tanggal).toBeNull();
    const xml = await (await JSZip.loadAsync(build.files[0].bytes)).file("word/document.xml")!.async("string");
    expect(xml).toContain("Pangkalan Bun, ……… Januari 2026");
    const props = await (await JSZip.loadAsync(build.files[0].bytes)).file("docProps/custom.xml")!.async("string");
    expect(props).toContain("2026 | Kepala | -");
  });
});

describe("the LAKIP side", () => {
  test("lakip:tabel-pk holds exactly the Kepala's PK annex table; BAB II says who signed; the Lampiran lists the PKs", async () => {
    const { readWorkbookFile } = await import("../../../src/hosts/files/readWorkbookFile");
    const { renderControls } = await import("../../../src/core/report");
    const { renderPkAnnexTable } = await import("../../../src/core/pk");
    const grid = await readWorkbookFile(path.join(__dirname, "..", "..", "..", "examples", "kesbangpol-2025.xlsx"));
    const plan = planPk(grid);
    const annex = renderPkAnnexTable(plan.documents[0].sasaran);
    expect(annex).toContain("Nilai evaluasi SAKIP");
    const signed = { ...plan.analysis, customProperties: { "LAKIP PK": "2025 | Kepala | 2025-01-06" } };
    const controls = renderControls(signed, { tanggal: NOW });
    expect(controls["lakip:tabel-pk"]).toContain(annex);
    expect(controls["lakip:tabel-pk"]).toContain(
      "Perjanjian Kinerja Tahun 2025 ditandatangani pada tanggal 6 Januari 2025 oleh Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Kotawaringin Barat selaku pihak pertama dan Kepala Daerah Kabupaten Kotawaringin Barat selaku pihak kedua.",
    );
    // a PK of another year, or none recorded: no day is claimed
    const unsigned = renderControls(plan.analysis, { tanggal: NOW })["lakip:tabel-pk"];
    expect(unsigned).toContain("ditandatangani pada awal tahun 2025 oleh");
    const lampiran = controls["lakip:lampiran-pk"];
    expect(lampiran).toContain("Perjanjian Kinerja Tahun 2025:");
    expect(lampiran).toContain(
      "Sekretaris dengan Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Kotawaringin Barat;",
    );
    expect(lampiran).toContain("Kepala Bidang Kewaspadaan Nasional dengan Kepala Badan");
  });
});
