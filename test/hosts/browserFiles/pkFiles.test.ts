/** LAKIP.html's Perjanjian Kinerja .zip: the same files as `lakip pk`, none from a workbook with galat. */
import JSZip from "jszip";
import { pkZip } from "../../../src/hosts/browserFiles/pkFiles";
import { HEADER, IDENTITAS, sheet, unitSheet, workbook } from "../../core/gridBuilder";

const NOW = new Date(2025, 0, 3);

test("a zip with the Kepala's PK and one per unit", async () => {
  const grid = workbook(
    IDENTITAS,
    unitSheet("Sekretariat", [[1, "Meningkatnya akuntabilitas", "Nilai SAKIP", "nilai", "Naik", 70, null]]),
    unitSheet("Bidang Politik", [[1, "Meningkatnya partisipasi", "Jumlah kegiatan", "kegiatan", "Naik", 6, null]]),
  );
  const r = await pkZip(grid, NOW);
  expect(r.refused).toBeNull();
  expect(r.zipName).toBe("Perjanjian Kinerja 2025.zip");
  const zip = await JSZip.loadAsync(r.zip);
  expect(Object.keys(zip.files).sort()).toEqual(["PK-Bidang Politik.docx", "PK-Kepala.docx", "PK-Sekretariat.docx"]);
  const xml = await zip.file("PK-Bidang Politik.docx")!.async("uint8array").then(JSZip.loadAsync);
  expect(await xml.file("word/document.xml")!.async("string")).toContain("Kepala Bidang Politik");
});

test("a workbook with galat: no zip, the errors", async () => {
  const grid = workbook(IDENTITAS, sheet("Sekretariat", [HEADER, [1, "S", "I", "nilai", "Naik", "tujuh", null]]));
  const r = await pkZip(grid, NOW);
  expect(r.refused?.map((f) => f.code)).toEqual(["NOT_A_NUMBER"]);
  expect(r.zip).toHaveLength(0);
});
