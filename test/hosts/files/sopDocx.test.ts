import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import {
  appendAction,
  recordExcelCommand,
  reportTrackerProperties,
  decodeStepProperty,
  type HistoryEvent,
} from "../../../src/core/sop";
import {
  createPackageTrackerStore,
  readPackageProperties,
  readTrackerFromPackage,
  writeReportTracker,
  writeTrackerToPackage,
} from "../../../src/hosts/files/sopDocx";
import { CHECK_OOXML as CHECK } from "../../support/tools";

function minimalDocx(): JSZip {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>LAKIP</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip;
}

const who = { name: 'Rina <Kasubag> & "Co"', role: "Kasubag Program" };

function checkOoxml(zip: JSZip, name: string): Promise<string> {
  return zip.generateAsync({ type: "nodebuffer" }).then((buf) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sop-")), name);
    fs.writeFileSync(file, buf);
    return execFileSync(CHECK, [file], { encoding: "utf8" });
  });
}

describe("the tracker in a .docx package", () => {
  test("history and properties round trip through the zip, and the package validates", async () => {
    let h: HistoryEvent[] = [];
    for (const [i, a] of [
      { type: "start", step: 1, actor: who },
      { type: "finish", step: 1, actor: who },
      { type: "note", step: 2, actor: who, note: 'catatan <penting> & "kutip"' },
    ].entries()) {
      const r = appendAction(h, a as never, new Date(2026, 10, 24, 10, 15 + i));
      if ("error" in r) throw new Error(r.error);
      h = r.history;
    }
    const zip = minimalDocx();
    const written = await writeTrackerToPackage(zip, h);
    expect(written.properties["LAKIP Langkah 1"]).toBe(
      'Selesai | 2026-11-24T10:15 | 2026-11-24T10:16 | Rina <Kasubag> & "Co", Kasubag Program | -',
    );
    const reopened = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array" }));
    const back = await readTrackerFromPackage(reopened);
    expect(back.history).toEqual(h);
    expect(back.skipped).toBe(0);
    const props = await readPackageProperties(reopened);
    expect(Object.keys(props).filter((k) => k.startsWith("LAKIP Langkah"))).toHaveLength(8);
    const rels = await reopened.file("word/_rels/document.xml.rels")!.async("string");
    expect(rels).toContain('Target="../customXml/item1.xml"');
    await expect(checkOoxml(reopened, "lakip.docx")).resolves.toBeDefined();
  });

  test("two copies changed at different times: writing one copy's history into the other keeps both", async () => {
    const base = minimalDocx();
    const r0 = appendAction([], { type: "finish", step: 1, actor: who }, new Date(2026, 10, 24, 9));
    if ("error" in r0) throw new Error(r0.error);
    await writeTrackerToPackage(base, r0.history);
    const bytes = await base.generateAsync({ type: "uint8array" });
    const a = await JSZip.loadAsync(bytes);
    const b = await JSZip.loadAsync(bytes);
    const storeA = createPackageTrackerStore(a);
    const storeB = createPackageTrackerStore(b);
    const ra = appendAction(
      (await storeA.load()).history,
      { type: "start", step: 2, actor: who },
      new Date(2026, 10, 25, 9),
    );
    const rb = appendAction(
      (await storeB.load()).history,
      { type: "note", step: 7, actor: who, note: "rapat Jumat" },
      new Date(2026, 10, 26, 9),
    );
    if ("error" in ra || "error" in rb) throw new Error("unexpected");
    await storeA.save(ra.history);
    await storeB.save(rb.history);
    // copy B's history brought into copy A (what "save" does with what it finds)
    const merged = await storeA.save((await storeB.load()).history);
    expect(merged.history).toHaveLength(3);
    expect(merged.state.steps[1].status).toBe("Berjalan");
    expect(merged.state.steps[6].note).toBe("rapat Jumat");
  });

  test("lakip report: workbook steps 2-5 carried over, step 6 Selesai, one history part after two runs", async () => {
    let wbProps: Record<string, string> = {};
    const kasubag = { name: "Rina", role: "Kasubag Program" };
    wbProps = { ...wbProps, ...recordExcelCommand(wbProps, "buatFormat", kasubag, new Date(2026, 10, 2, 9)) };
    wbProps = { ...wbProps, ...recordExcelCommand(wbProps, "kirimFormat", kasubag, new Date(2026, 10, 2, 10)) };
    wbProps = {
      ...wbProps,
      ...recordExcelCommand(wbProps, "himpun", { name: "Andi", role: "Staf" }, new Date(2026, 10, 3, 9)),
    };
    wbProps = {
      ...wbProps,
      ...recordExcelCommand(wbProps, "validasiBersih", { name: "Andi", role: "Staf" }, new Date(2026, 10, 3, 11)),
    };
    wbProps = { ...wbProps, ...recordExcelCommand(wbProps, "rekap", kasubag, new Date(2026, 10, 5, 15)) };
    expect(wbProps["LAKIP Langkah 4"]).toBe("Selesai | 2026-11-03T09:00 | 2026-11-03T11:00 | Andi, Staf | -");

    // the workbook itself holds them and validates
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Identitas").getCell("A1").value = "Instansi";
    const xlsx = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const { setCustomProperties } = await import("../../../src/hosts/files/customProperties");
    await setCustomProperties(xlsx, wbProps);
    await expect(checkOoxml(xlsx, "format.xlsx")).resolves.toBeDefined();

    const docx = minimalDocx();
    const now = new Date(2026, 10, 9, 8);
    const snap = await writeReportTracker(docx, await readPackageProperties(xlsx), now);
    expect(snap.state.steps.map((s) => s.status)).toEqual([
      "Belum",
      "Selesai",
      "Selesai",
      "Selesai",
      "Selesai",
      "Selesai",
      "Belum",
      "Belum",
    ]);
    expect(snap.state.steps[1].override).toMatch(/Tercatat Selesai di buku kerja Excel/);
    expect(snap.state.steps[5].override).toBeNull();
    expect(snap.properties).toEqual(reportTrackerProperties(wbProps, now));
    expect(decodeStepProperty(snap.properties["LAKIP Langkah 4"])).toMatchObject({
      who: { name: "Andi", role: "Staf" },
    });
    // a second run (the template already holding a tracker) adds nothing and keeps one part
    const again = await writeReportTracker(docx, await readPackageProperties(xlsx), new Date(2026, 10, 10, 8));
    expect(again.history).toEqual(snap.history);
    expect(Object.keys(docx.files).filter((p) => /^customXml\/item\d+\.xml$/.test(p))).toHaveLength(1);
    await expect(checkOoxml(docx, "laporan.docx")).resolves.toBeDefined();
  });

  test("a document that has only the properties (no history) keeps them on the next save", async () => {
    const zip = minimalDocx();
    const { setCustomProperties } = await import("../../../src/hosts/files/customProperties");
    await setCustomProperties(zip, {
      "LAKIP Langkah 6": "Selesai | 2026-11-09T08:00 | 2026-11-09T08:00 | lakip report, perintah baris | -",
      Penulis: "Rina",
    });
    const store = createPackageTrackerStore(zip);
    const loaded = await store.load();
    expect(loaded.state.steps[5].status).toBe("Selesai");
    const r = appendAction(loaded.history, { type: "start", step: 7, actor: who }, new Date(2026, 10, 10, 8));
    if ("error" in r) throw new Error(r.error);
    const saved = await store.save(r.history);
    expect(saved.properties["LAKIP Langkah 6"]).toMatch(/^Selesai \| 2026-11-09T08:00/);
    expect((await readPackageProperties(zip)).Penulis).toBe("Rina");
  });
});
