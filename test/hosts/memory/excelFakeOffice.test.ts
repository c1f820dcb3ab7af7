/**
 * The Excel fake behaves like Excel where Microsoft documents how (each page is named in
 * src/hosts/memory/excelFakeOffice.ts and officeFakeRules.ts): PropertyNotLoaded, isNullObject
 * loaded by every sync, ItemNotFound, the 5 MB payload limit on the web, the requirement-set level.
 */
import { FakeWorkbook } from "../../../src/hosts/memory/excelFakeOffice";
import { WEB_PAYLOAD_LIMIT } from "../../../src/hosts/memory/officeFakeRules";

const big = (rows: number, text: string) => ({
  sheets: [{ name: "Data", rows: Array.from({ length: rows }, () => [{ t: "s" as const, v: text }]) }],
});

describe("Excel fake", () => {
  test("PropertyNotLoaded before load and sync; isNullObject is readable after any sync (application-specific API model)", async () => {
    const book = FakeWorkbook.fromGrid({ sheets: [{ name: "A", rows: [] }] });
    await book.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const missing = sheets.getItemOrNullObject("Tidak Ada");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => sheets.items[0].visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("ItemNotFound for a missing sheet and for a sheet deleted since, at context.sync() (not at the call)", async () => {
    const book = FakeWorkbook.fromGrid({
      sheets: [
        { name: "A", rows: [] },
        { name: "B", rows: [] },
      ],
    });
    await book.run(async (context) => {
      expect(() => context.workbook.worksheets.getItem("Z")).not.toThrow();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      const b = context.workbook.worksheets.getItem("B");
      b.delete();
      expect(() => b.getRange("A1")).not.toThrow();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("on the web, a response or a request over 5 MB fails with its documented code; on the desktop it does not", async () => {
    const text = "x".repeat(1000);
    const web = FakeWorkbook.fromGrid(big(6000, text), { web: true });
    await expect(
      web.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:A6000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await expect(
      web.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("B1:B6000").values = Array.from({ length: 6000 }, () => [
          text,
        ]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(web.largestResponse).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    const desktop = FakeWorkbook.fromGrid(big(6000, text));
    await desktop.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("A1:A6000").load("values");
      await context.sync();
      expect(r.values).toHaveLength(6000);
    });
  });

  test("a requirement-set level refuses members above it (reads, writes, loads) with ApiNotFound, at sync", async () => {
    const book = FakeWorkbook.fromGrid({ sheets: [{ name: "A", rows: [] }] }, { apiLevel: { ExcelApi: "1.1" } });
    // Office reports a member the Excel lacks at context.sync(), not at the call ("Error handling
    // with the application-specific JavaScript APIs").
    const refusedAtSync = async (use: (context: Excel.RequestContext) => void) =>
      book.run(async (context) => {
        expect(() => use(context)).not.toThrow();
        await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
      });
    await refusedAtSync((context) => context.workbook.worksheets.getItem("A").getUsedRangeOrNullObject());
    await refusedAtSync((context) => context.workbook.settings);
    await refusedAtSync((context) => {
      context.workbook.worksheets.getItem("A").tabColor = "#FF0000";
    });
    await refusedAtSync((context) =>
      context.workbook.worksheets.getItem("A").getRange("A1").format.fill.load("pattern"),
    );
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("A");
      // ExcelApi 1.1 members work.
      const used = ws.getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("A!A1");
    });
  });
});
