/**
 * The signature block keeps a long jabatan readable: broken where the block holds each line, never
 * one word alone on a line ("Kepala Badan Kesatuan Bangsa dan / Politik"), whatever the words.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { renderControls } from "../../../src/core/report";
import { SIGN_WIDTH, balancedLines } from "../../../src/core/report/signature";
import { textWidth } from "../../../src/core/report/textWidth";
import { analysis, indikator } from "./fixtures";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The printed lines of each paragraph of the block (w:br splits a paragraph into lines). */
function blockLines(xml: string): string[] {
  const doc = new DOMParser().parseFromString(`<w:body xmlns:w="${W}">${xml}</w:body>`, "text/xml");
  const out: string[] = [];
  for (const p of Array.from(doc.getElementsByTagNameNS(W, "p")) as unknown as Element[]) {
    let t = "";
    for (const n of Array.from(p.getElementsByTagNameNS(W, "*")) as unknown as Element[]) {
      if (n.localName === "t") t += n.textContent ?? "";
      if (n.localName === "br") t += "\n";
    }
    out.push(...t.split("\n"));
  }
  return out;
}

describe("signature block", () => {
  test.each([
    "Kepala Badan Kesatuan Bangsa dan Politik",
    "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana",
    "Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
    "Sekretaris Daerah",
  ])("%s: every line fits the block, no line of one word", (jabatan) => {
    const a = analysis([indikator()]);
    a.identitas.jabatanKepala = jabatan;
    const lines = blockLines(renderControls(a, { tanggal: new Date(2026, 0, 15) })["lakip:tanda-tangan"]);
    const words = jabatan.split(" ").length;
    const jab = lines.slice(
      1,
      lines.findIndex((l) => l.startsWith("Kabupaten")),
    );
    expect(jab.join(" ")).toBe(jabatan);
    for (const l of jab) {
      expect(textWidth(l, 24)).toBeLessThanOrEqual(SIGN_WIDTH);
      if (words > 1) expect(l.split(" ").length).toBeGreaterThan(1);
    }
  });

  test("'Kepala Badan Kesatuan Bangsa dan Politik' is shared out over two even lines", () => {
    expect(balancedLines("Kepala Badan Kesatuan Bangsa dan Politik")).toBe("Kepala Badan Kesatuan\nBangsa dan Politik");
    expect(balancedLines("Sekretaris Daerah")).toBe("Sekretaris Daerah");
    // a jabatan that names its region breaks before it
    expect(balancedLines("Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Kotawaringin Barat,")).toBe(
      "Kepala Badan Kesatuan\nBangsa dan Politik\nKabupaten Kotawaringin Barat,",
    );
    expect(balancedLines("Kepala Dinas Kesehatan Kota Palangka Raya,")).toBe(
      "Kepala Dinas Kesehatan\nKota Palangka Raya,",
    );
    expect(balancedLines("Kepala Dinas Kota Bogor,")).toBe("Kepala Dinas Kota Bogor,");
    expect(balancedLines("  Kabupaten   Kotawaringin Barat, ")).toBe("Kabupaten Kotawaringin Barat,");
  });
});
