/** BAB III B (spec 2.3 and 5): kegiatan rows are detail of their program; every program under 100% is explained. */
import { analyzeWorkbook } from "../../../src/core";
import { renderControls } from "../../../src/core/report";
import { isKegiatanRow, programGroups } from "../../../src/core/compute/anggaranGroups";
import { IDENTITAS, sheet, unitSheet, workbook } from "../gridBuilder";

const text = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/\u00a0/g, " ");

const UNIT = unitSheet("Sekretariat", [[1, "S1", "Nilai SAKIP", "nilai", "Naik", 70, 71]]);
const ANGGARAN = sheet("Anggaran", [
  ["Program/Kegiatan", "Sasaran", "Pagu", "Realisasi"],
  ["Program Penunjang Urusan", "S1", 1000000, 918200],
  ["Kegiatan Administrasi Keuangan", null, 600000, 598200],
  ["Sub Kegiatan Penyediaan Gaji", null, 400000, 320000],
  ["Program Kewaspadaan Nasional", "S1", 500000, 500000],
]);

describe("Anggaran: programs and kegiatan", () => {
  test("rows beginning with Kegiatan or Sub Kegiatan belong to the program above", () => {
    expect(isKegiatanRow("Kegiatan Administrasi")).toBe(true);
    expect(isKegiatanRow("sub kegiatan X")).toBe(true);
    expect(isKegiatanRow("Program Kegiatan Khusus")).toBe(false);
    const a = analyzeWorkbook(workbook(IDENTITAS, UNIT, ANGGARAN));
    const g = programGroups(a.anggaran);
    expect(g.map((x) => [x.program.program, x.kegiatan.length])).toEqual([
      ["Program Penunjang Urusan", 2],
      ["Program Kewaspadaan Nasional", 0],
    ]);
    // efisiensi counts programs once: (918.200 + 500.000) / 1.500.000
    expect(a.efisiensi[0].serapan).toBeCloseTo((1418200 / 1500000) * 100, 10);
  });

  test("the Jumlah row adds programs only, and every program under 100% is explained with its kegiatan", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, UNIT, ANGGARAN));
    const t = text(renderControls(a, { tanggal: new Date(2026, 0, 15) })["lakip:tabel-anggaran"]);
    expect(t).toContain("Jumlah\n1.500.000\n1.418.200\n94,55");
    expect(t).toContain("tidak dijumlahkan lagi");
    expect(t).toContain(
      "Serapan “Program Penunjang Urusan” sebesar 91,82%: dari pagu Rp 1.000.000 terealisasi Rp 918.200, sehingga tersisa Rp 81.800.",
    );
    expect(t).toContain(
      "melalui dua kegiatan: “Kegiatan Administrasi Keuangan” (serapan 99,70%) dan “Sub Kegiatan Penyediaan Gaji” (serapan 80,00%)",
    );
    expect(t).toContain("Sisa anggaran terbesar berasal dari kegiatan “Sub Kegiatan Penyediaan Gaji” (sisa Rp 80.000)");
    expect(t).not.toContain("Serapan “Program Kewaspadaan Nasional”");
  });

  test("all programs at 100%: said once", () => {
    const full = sheet("Anggaran", [
      ["Program/Kegiatan", "Sasaran", "Pagu", "Realisasi"],
      ["Program A", "S1", 100, 100],
    ]);
    const a = analyzeWorkbook(workbook(IDENTITAS, UNIT, full));
    const t = text(renderControls(a)["lakip:tabel-anggaran"]);
    expect(t).toContain("Seluruh program menyerap anggarannya sepenuhnya");
  });
});
