/** Sheet Pejabat (spec 2.5) and the Identitas labels of the Perjanjian Kinerja (spec 2.1). */
import { analyzeWorkbook } from "../../../src/core";
import { buildFormatLayout } from "../../../src/core/layout/formatLayout";
import { jabatanOfUnit } from "../../../src/core/pk/jabatan";
import { IDENTITAS, sheet, unitSheet, workbook } from "../gridBuilder";

const ROW = [1, "Meningkatnya partisipasi", "Jumlah kegiatan", "kegiatan", "Naik", 10, 12];
const UNITS = [unitSheet("Sekretariat", [ROW]), unitSheet("Bidang Kewaspadaan", [ROW])];
const HEAD = ["Unit", "Jabatan", "Nama", "NIP", "Pangkat/Golongan"];

describe("Identitas: Alamat, Jabatan and Nama Kepala Daerah", () => {
  test("read as the spec's fields; absent: null", () => {
    const withThem = sheet("Identitas", [
      ...IDENTITAS.rows.map((r) => [...(r ?? [])]),
      [
        { t: "s", v: "Alamat" },
        { t: "s", v: "Jl. Sutan Syahrir  No. 1,\nPangkalan Bun" },
      ],
      [
        { t: "s", v: "jabatan kepala DAERAH" },
        { t: "s", v: "Bupati Kotawaringin Barat" },
      ],
      [
        { t: "s", v: "Nama Kepala Daerah" },
        { t: "s", v: "Hj. Nurhidayah, S.H., M.H." },
      ],
    ]);
    const a = analyzeWorkbook(workbook(withThem, ...UNITS));
    expect(a.identitas).toMatchObject({
      alamat: "Jl. Sutan Syahrir No. 1, Pangkalan Bun",
      jabatanKepalaDaerah: "Bupati Kotawaringin Barat",
      namaKepalaDaerah: "Hj. Nurhidayah, S.H., M.H.",
    });
    const b = analyzeWorkbook(workbook(IDENTITAS, ...UNITS));
    expect(b.identitas).toMatchObject({ alamat: null, jabatanKepalaDaerah: null, namaKepalaDaerah: null });
    expect(b.pejabat).toEqual([]);
  });
});

describe("sheet Pejabat", () => {
  test("rows read per unit, matched like sheet names; a NIP with spaces is accepted", () => {
    const a = analyzeWorkbook(
      workbook(
        IDENTITAS,
        ...UNITS,
        sheet("pejabat", [
          ["Pejabat Penanda Tangan Perjanjian Kinerja"],
          [],
          HEAD,
          ["Sekretariat", "Sekretaris", "Dra. Siti Aminah", "19750203 200003 2 004", "Pembina (IV/a)"],
          ["bidang  kewaspadaan", null, "Budi Santoso, S.Sos", null, null],
        ]),
      ),
    );
    expect(a.findings).toEqual([]);
    expect(a.units).toEqual(["Sekretariat", "Bidang Kewaspadaan"]);
    expect(a.pejabat).toEqual([
      {
        unit: "Sekretariat",
        jabatan: "Sekretaris",
        nama: "Dra. Siti Aminah",
        nip: "19750203 200003 2 004",
        pangkat: "Pembina (IV/a)",
        sheet: "pejabat",
        row: 4,
      },
      {
        unit: "Bidang Kewaspadaan",
        jabatan: null,
        nama: "Budi Santoso, S.Sos",
        nip: null,
        pangkat: null,
        sheet: "pejabat",
        row: 5,
      },
    ]);
  });

  test("a NIP that is not 18 digits and a unit not in the workbook: warnings at the cell, in Bahasa Indonesia", () => {
    const a = analyzeWorkbook(
      workbook(
        IDENTITAS,
        ...UNITS,
        sheet("Pejabat", [
          HEAD,
          ["Sekretariat", "Sekretaris", "Dra. Siti Aminah", "1975 0203", null],
          ["Bidang Politik", "Kepala Bidang Politik", "Andi", "197502032000031005", null],
          ["Sekretariat", "Sekretaris", "Orang Lain", null, null],
        ]),
      ),
    );
    expect(a.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ["MISSING_IDENTITY", "warning", "Pejabat", "D2"],
      ["MISSING_IDENTITY", "warning", "Pejabat", "A3"],
      ["MISSING_IDENTITY", "warning", "Pejabat", "A4"],
    ]);
    expect(a.findings[0].message).toBe(
      'NIP "1975 0203" di sel D2 harus 18 digit angka (spasi boleh); periksa kembali NIP pejabatnya.',
    );
    expect(a.findings[1].message).toBe(
      'Unit "Bidang Politik" di sel A3 tidak ada di buku kerja ini; tulis nama unit persis seperti nama sheet-nya (Sekretariat, Bidang Kewaspadaan).',
    );
    expect(a.findings[2].message).toContain("sudah tercantum di baris sebelumnya");
    expect(a.pejabat!.map((p) => p.unit)).toEqual(["Sekretariat"]);
  });

  test("Pejabat is a reserved name: never read as a unit", () => {
    const a = analyzeWorkbook(workbook(IDENTITAS, ...UNITS, unitSheet("Pejabat", [ROW])));
    expect(a.units).toEqual(["Sekretariat", "Bidang Kewaspadaan"]);
    expect(a.findings.some((f) => f.sheet === "Pejabat" && f.severity === "error")).toBe(true);
  });
});

describe("the format's Pejabat sheet", () => {
  test("one row per unit with the jabatan derived from the full unit name; Nama, NIP, Pangkat empty", () => {
    const layout = buildFormatLayout(["Sekretariat", "Bidang Kewaspadaan Nasional dan Penanganan Konflik"], {
      tahun: 2026,
    });
    const pejabat = layout.sheets.find((s) => s.name === "Pejabat")!;
    expect(pejabat.kind).toBe("pejabat");
    const at = (r: number) =>
      pejabat.cells
        .filter((c) => c.row === r)
        .sort((x, y) => x.col - y.col)
        .map((c) => c.value);
    expect(at(2)).toEqual(HEAD);
    expect(at(3)).toEqual(["Sekretariat", "Sekretaris", "", "", ""]);
    const sheetName = layout.sheets[3].name;
    expect(at(4)).toEqual([sheetName, "Kepala Bidang Kewaspadaan Nasional dan Penanganan Konflik", "", "", ""]);
    expect(at(5)).toEqual([]);
  });

  test("jabatanOfUnit", () => {
    expect(jabatanOfUnit("Sekretariat")).toBe("Sekretaris");
    expect(jabatanOfUnit("Bidang Kewaspadaan")).toBe("Kepala Bidang Kewaspadaan");
    expect(jabatanOfUnit("Subbagian Program")).toBe("Kepala Subbagian Program");
    expect(jabatanOfUnit("UPT  Pelayanan")).toBe("Kepala UPT Pelayanan");
  });
});
