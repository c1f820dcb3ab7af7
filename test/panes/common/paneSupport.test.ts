import { userMessage } from "../../../src/panes/common/paneSupport";
import { COMMON, EXCEL, WORD } from "../../../src/panes/common/texts";
import { SOP_TEXT } from "../../../src/panes/word/sop/texts";
import { ExcelHostError } from "../../../src/hosts/excel/port";
import { WordHostError } from "../../../src/hosts/word/port";
import { UnreadableWorkbookError } from "../../../src/hosts/files/errors";

describe("userMessage: what a pane shows for a failure", () => {
  test("a host error written for the user is shown as it is", () => {
    const m = 'Sheet "Rekap Capaian" dilindungi; buka proteksinya lalu coba lagi.';
    expect(userMessage(new ExcelHostError(m), ExcelHostError)).toBe(m);
  });

  test("the raw Office message after 'gagal di Excel:' never reaches the user", () => {
    const shown = userMessage(
      new ExcelHostError("Membaca buku kerja gagal di Excel: RichApi.Error: The requested resource doesn't exist."),
      ExcelHostError,
    );
    expect(shown).toBe(COMMON.hostFailed("Excel", "Membaca buku kerja"));
    expect(shown).not.toMatch(/RichApi|resource|doesn't/);
    expect(userMessage(new WordHostError("Mengisi gagal di Word: GeneralException"), WordHostError)).toBe(
      COMMON.hostFailed("Word", "Mengisi"),
    );
  });

  test("the workbook reader's refusals (limits, damaged files) are shown as they are, in both panes", () => {
    const m = "Berkas ini terlalu besar: lebih dari 50 MB setelah dibuka. Kecilkan berkasnya lalu coba lagi.";
    expect(userMessage(new UnreadableWorkbookError(m, new RangeError("raw")), ExcelHostError)).toBe(m);
    expect(userMessage(new UnreadableWorkbookError(m), WordHostError)).toBe(m);
  });

  test("anything else gets a plain Indonesian sentence, not its (often English) message", () => {
    for (const e of [new TypeError("Cannot read properties of undefined"), "boom", null]) {
      const shown = userMessage(e, ExcelHostError);
      expect(shown).toBe(COMMON.unexpected);
      expect(shown).not.toMatch(/Cannot|boom|tak terduga/);
    }
  });
});

describe("pane texts", () => {
  test("no zero counts in the summary line", () => {
    expect(WORD.summary.counts(0, 1)).toBe("1 peringatan");
    expect(WORD.summary.counts(2, 0)).toBe("2 galat");
    expect(WORD.summary.counts(2, 3)).toBe("2 galat, 3 peringatan");
  });

  test("no English 'workbook' in any pane text", () => {
    const all = JSON.stringify([COMMON, EXCEL, WORD, SOP_TEXT], (_k, v: unknown) =>
      typeof v === "function" ? String(v) : v,
    );
    expect(all).not.toMatch(/\bworkbook\b/i);
  });
});
