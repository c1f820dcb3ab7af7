/**
 * A 2026 format as the Kasubag has it in January: `lakip format --from examples/kesbangpol-2025.xlsx`,
 * then the targets typed (here: the 2025 targets), the pagu from the DPA, the Identitas labels of
 * the PK and sheet Pejabat filled except for one unit (whose head is to be written by hand).
 * Realisasi stays blank.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

export const ROOT = path.join(__dirname, "..", "..");
export const EXAMPLE = path.join(ROOT, "examples", "kesbangpol-2025.xlsx");

export const PAGU = [3300000000, 425000000, 900000000, 300000000, 250000000, 650000000];

export const PEJABAT: Record<string, [string, string, string]> = {
  Sekretariat: ["Dra. Siti Aminah, M.AP", "19750203 200003 2 004", "Pembina (IV/a)"],
  "Bidang Ideologi dan Wasbang": ["Rahmat Hidayat, S.Sos", "19800515 200501 1 002", "Penata Tingkat I (III/d)"],
  "Bidang Politik Dalam Negeri": ["Yuliana Sari, S.IP", "19820707 200604 2 011", "Penata Tingkat I (III/d)"],
  "Bidang Ketahanan Ekososbud": ["Agus Priyanto, S.E", "19790101 200312 1 006", "Pembina (IV/a)"],
};

const quiet = { out: () => undefined, err: () => undefined };

/** Writes the filled 2026 format to `file`; returns how many cells were typed to fill it. */
export async function writeFormat2026(file: string, options: { rencanaAksi?: boolean } = {}): Promise<number> {
  const raw = file.replace(/\.xlsx$/, "-kosong.xlsx");
  const code = await main(["format", "--from", EXAMPLE, "--out", raw, "--force"], quiet);
  if (code !== 0) throw new Error(`format --from: ${code}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(raw);
  let typed = 0;
  const headerOf = (ws: ExcelJS.Worksheet, first: string) => {
    for (let r = 1; r <= 10; r++) {
      const cols = new Map<string, number>();
      ws.getRow(r).eachCell((c, n) => cols.set(String(c.value ?? "").trim(), n));
      if (cols.has(first)) return { row: r, cols };
    }
    return undefined;
  };
  for (const ws of wb.worksheets) {
    if (["Petunjuk", "Identitas", "Pengaturan", "Anggaran", "Pejabat"].includes(ws.name)) continue;
    const h = headerOf(ws, "Indikator Kinerja");
    if (!h) continue;
    const target = h.cols.get("Target")!;
    const before = h.cols.get("Target 2025")!;
    let extra = 0;
    if (options.rencanaAksi) {
      extra = ws.columnCount;
      ["Target TW I", "Target TW II", "Target TW III", "Target TW IV"].forEach((t, k) => {
        ws.getCell(h.row, extra + 1 + k).value = t;
      });
      ["Rencana Aksi TW I", "Rencana Aksi TW II", "Rencana Aksi TW III", "Rencana Aksi TW IV"].forEach((t, k) => {
        ws.getCell(h.row, extra + 5 + k).value = t;
      });
    }
    for (let r = h.row + 1; r <= ws.rowCount; r++) {
      const v = ws.getCell(r, before).value;
      if (v === null || v === undefined || ws.getCell(r, h.cols.get("Indikator Kinerja")!).value === null) continue;
      ws.getCell(r, target).value = v as ExcelJS.CellValue;
      typed++;
      if (options.rencanaAksi) {
        for (let k = 0; k < 4; k++) {
          ws.getCell(r, extra + 1 + k).value = typeof v === "number" ? Math.round(((k + 1) / 4) * v * 100) / 100 : v;
          ws.getCell(r, extra + 5 + k).value = `Rapat koordinasi dan pelaksanaan kegiatan triwulan ${k + 1}`;
        }
      }
    }
  }
  const ang = wb.getWorksheet("Anggaran")!;
  const ah = headerOf(ang, "Program/Kegiatan")!;
  let p = 0;
  for (let r = ah.row + 1; r <= ang.rowCount && p < PAGU.length; r++) {
    if (!ang.getCell(r, ah.cols.get("Program/Kegiatan")!).value) continue;
    ang.getCell(r, ah.cols.get("Pagu")!).value = PAGU[p++];
    typed++;
  }
  const id = wb.getWorksheet("Identitas")!;
  const set = (label: string, value: string) => {
    for (let r = 1; r <= id.rowCount; r++)
      if (String(id.getCell(r, 1).value ?? "") === label) {
        id.getCell(r, 2).value = value;
        typed++;
        return;
      }
    throw new Error(label);
  };
  set("Alamat", "Jl. Sutan Syahrir No. 62, Pangkalan Bun 74112");
  set("Jabatan Kepala Daerah", "Bupati Kotawaringin Barat");
  set("Nama Kepala Daerah", "Hj. Nurhidayah, S.H., M.H.");
  const pj = wb.getWorksheet("Pejabat")!;
  for (let r = 4; r <= pj.rowCount; r++) {
    const unit = String(pj.getCell(r, 1).value ?? "");
    const row = PEJABAT[unit];
    if (!row) continue;
    row.forEach((v, k) => (pj.getCell(r, 3 + k).value = v));
    typed += 3;
  }
  await wb.xlsx.writeFile(file);
  return typed;
}
