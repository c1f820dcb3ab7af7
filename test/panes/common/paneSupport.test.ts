import { UNEXPECTED_MESSAGE, UserError, hostFailedMessage, userMessage } from "../../../src/core/errors";
import { COMMON, EXCEL, WORD } from "../../../src/panes/common/texts";
import { SOP_TEXT, sopErrorText } from "../../../src/panes/word/sop/texts";
import { ExcelHostError } from "../../../src/hosts/excel/port";
import { WordHostError } from "../../../src/hosts/word/port";
import { officeError } from "../../../src/hosts/word/sopOffice";
import { UnreadableWorkbookError } from "../../../src/hosts/files/errors";
import { TrackingRestoreError } from "../../../src/hosts/word/reviewTracking";

describe("userMessage: what the panes, the page and the CLI show for a failure", () => {
  test("a host error written for the user is shown as it is", () => {
    const m = 'Sheet "Rekap Capaian" dilindungi; buka proteksinya lalu coba lagi.';
    expect(userMessage(new ExcelHostError(m))).toBe(m);
  });

  test("the raw Office message after 'gagal di Excel:' never reaches the user", () => {
    const shown = userMessage(
      new ExcelHostError("Membaca buku kerja gagal di Excel: RichApi.Error: The requested resource doesn't exist."),
    );
    expect(shown).toBe(hostFailedMessage("Excel", "Membaca buku kerja"));
    expect(shown).not.toMatch(/RichApi|resource|doesn't/);
    expect(userMessage(new WordHostError("Mengisi gagal di Word: GeneralException"))).toBe(
      hostFailedMessage("Word", "Mengisi"),
    );
  });

  test("an SOP step's Office failure shows the step, not Office's English words", () => {
    const shown = sopErrorText(
      officeError("Menyalakan Lacak Perubahan", new Error("AccessDenied: The action isn't supported")),
    );
    expect(shown).toBe(hostFailedMessage("Word", "Menyalakan Lacak Perubahan"));
    expect(shown).not.toMatch(/AccessDenied|supported/);
  });

  test("the workbook reader's refusals and the adapters' own sentences are shown as they are", () => {
    const m = "Berkas ini terlalu besar: lebih dari 50 MB setelah dibuka. Kecilkan berkasnya lalu coba lagi.";
    expect(userMessage(new UnreadableWorkbookError(m, new RangeError("raw")))).toBe(m);
    const tracking = new TrackingRestoreError("TrackAll", new Error("raw"));
    expect(userMessage(tracking)).toBe(tracking.message);
    expect(tracking).toBeInstanceOf(UserError);
  });

  test("anything else gets one plain Indonesian sentence, never its (often English) message", () => {
    // A plain Error is not written for the user, even when an adapter meant it to be.
    for (const e of [
      new TypeError("Cannot read properties of undefined"),
      new Error("Sheet tidak ada"),
      "boom",
      null,
    ]) {
      const shown = userMessage(e);
      expect(shown).toBe(UNEXPECTED_MESSAGE);
      expect(shown).not.toMatch(/Cannot|boom|Sheet tidak ada/);
      expect(sopErrorText(e)).toBe(UNEXPECTED_MESSAGE);
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
