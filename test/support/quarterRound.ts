/**
 * A quarter's round on the bundled example, for the tests of LAKIP.html's Triwulan view and its
 * files host: the master as it stands before quarter III comes in (two units have not reported
 * TW III; nobody has reported TW IV), and a unit's quarter-III file filled the way the unit would,
 * with the example's own figures (so the gathered workbook equals the example for TW I-III).
 */
import ExcelJS from "exceljs";

export const TW3_UNITS = ["Sekretariat", "Bidang Ideologi dan Wasbang"] as const;

function headerCols(ws: ExcelJS.Worksheet): { row: number; col: Map<string, number> } {
  for (let r = 1; r <= 10; r++) {
    const col = new Map<string, number>();
    ws.getRow(r).eachCell((c, i) => col.set(String(c.value ?? "").trim(), i));
    if (col.has("Indikator Kinerja")) return { row: r, col };
  }
  throw new Error(`no header row in ${ws.name}`);
}

function dataRows(ws: ExcelJS.Worksheet, header: number, indikator: number): number[] {
  const rows: number[] = [];
  for (let r = header + 1; r <= ws.rowCount; r++) if (ws.getCell(r, indikator).value) rows.push(r);
  return rows;
}

const load = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
};
const save = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

/** The example's Realisasi TW III (and Kendala TW III) per unit sheet and row. */
export async function exampleTw3(example: Uint8Array): Promise<Map<string, Map<number, ExcelJS.CellValue>>> {
  const wb = await load(example);
  const out = new Map<string, Map<number, ExcelJS.CellValue>>();
  for (const unit of TW3_UNITS) {
    const ws = wb.getWorksheet(unit)!;
    const { row, col } = headerCols(ws);
    const values = new Map<number, ExcelJS.CellValue>();
    for (const r of dataRows(ws, row, col.get("Indikator Kinerja")!))
      values.set(r, ws.getCell(r, col.get("Realisasi TW III")!).value);
    out.set(unit, values);
  }
  return out;
}

/** The example before quarter III of TW3_UNITS came in: their TW III and everybody's TW IV blank. */
export async function masterBeforeTw3(example: Uint8Array): Promise<Uint8Array> {
  const wb = await load(example);
  for (const ws of wb.worksheets) {
    if (["Petunjuk", "Identitas", "Anggaran", "Pengaturan"].includes(ws.name)) continue;
    const { row, col } = headerCols(ws);
    const clear = ["Realisasi TW IV", "Kendala TW IV"];
    if ((TW3_UNITS as readonly string[]).includes(ws.name)) clear.push("Realisasi TW III", "Kendala TW III");
    for (const r of dataRows(ws, row, col.get("Indikator Kinerja")!))
      for (const h of clear) if (col.has(h)) ws.getCell(r, col.get(h)!).value = null;
  }
  return save(wb);
}

/** A unit's quarter-III file filled by the unit: Realisasi TW III from `values`, a Kendala text. */
export async function fillUnitTw3(
  unitFile: Uint8Array,
  unit: string,
  values: Map<number, ExcelJS.CellValue>,
): Promise<Uint8Array> {
  const wb = await load(unitFile);
  const ws = wb.getWorksheet(unit)!;
  const { row, col } = headerCols(ws);
  for (const r of dataRows(ws, row, col.get("Indikator Kinerja")!)) {
    ws.getCell(r, col.get("Realisasi TW III")!).value = values.get(r) ?? null;
    ws.getCell(r, col.get("Kendala TW III")!).value = "Jadwal rapat koordinasi bergeser ke bulan berikutnya.";
  }
  return save(wb);
}
