/**
 * Page layout of the rendered parts (spec section 5): notes and Sumber lines stay with their table
 * or chart (no page holding only a note), the cover names the Pemerintah Daerah above the instansi
 * and the Alamat, the title property follows Judul Laporan, and trend charts carry a Sumber line,
 * labels clear of the target line and whole-number ticks for counted things.
 */
import { renderReport } from "../../../src/core/report";
import { keepTail, keepTailAfter } from "../../../src/core/report/keep";
import { labelsClearOf, valueAxisFor, chartXml } from "../../../src/core/report/chart";
import { coverGap } from "../../../src/core/report/template/document";
import { PAPER_SIZES } from "../../../src/core/report/template/document";
import { analysis, indikator, sampleAnalysis } from "./fixtures";

const TANGGAL = new Date(2026, 10, 24);

/** The paragraphs after the control's last table, as [text, keepNext]. */
function tail(xml: string): [string, boolean][] {
  const rest = xml.slice(xml.lastIndexOf("</w:tbl>") + 8);
  return (rest.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).map((p) => [
    (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join(""),
    p.includes("<w:keepNext/>"),
  ]);
}

describe("notes stay with their table", () => {
  const a = sampleAnalysis();
  a.indikator[0].polaritas = "Turun";
  const { controls } = renderReport(a, { tanggal: TANGGAL });

  test.each(["lakip:tabel-pk", "lakip:tabel-pengukuran", "lakip:tabel-perbandingan", "lakip:tabel-efisiensi"] as const)(
    "%s: Sumber and every note but the last keep with the next; the table's last row keeps with the Sumber",
    (tag) => {
      const t = tail(controls[tag]);
      expect(t.length).toBeGreaterThan(0);
      expect(t[0][0]).toMatch(/^Sumber: /);
      expect(t.map((x) => x[1])).toEqual([...Array(t.length - 1).fill(true), false]);
      const rows = controls[tag].match(/<w:tr>[\s\S]*?<\/w:tr>/g) as string[];
      expect(rows[rows.length - 1]).toContain("<w:keepNext/>");
    },
  );

  test("Tabel 2.1 with Turun indicators: the polaritas note is chained to the Sumber line", () => {
    const t = tail(controls["lakip:tabel-pk"]);
    // then BAB II's sentence on who signed the PK (issue 19), kept with them
    expect(t.map((x) => x[0].slice(0, 7))).toEqual(["Sumber:", "(↓) Ind", "Perjanj"]);
    expect(t[0][1]).toBe(true);
  });

  test("keepTail puts keepNext in schema order (after pStyle) and leaves content without a table alone", () => {
    const xml =
      '<w:tbl></w:tbl><w:p><w:pPr><w:pStyle w:val="Sumber"/><w:spacing w:after="0"/></w:pPr></w:p><w:p><w:r/></w:p><w:p/>';
    expect(keepTail(xml)).toBe(xml); // a self-closed paragraph is not a flat <w:p>...</w:p>: left alone
    const ok =
      '<w:tbl></w:tbl><w:p><w:pPr><w:pStyle w:val="Sumber"/><w:spacing w:after="0"/></w:pPr></w:p><w:p><w:r/></w:p>';
    expect(keepTail(ok)).toBe(
      '<w:tbl></w:tbl><w:p><w:pPr><w:pStyle w:val="Sumber"/><w:keepNext/><w:spacing w:after="0"/></w:pPr></w:p><w:p><w:r/></w:p>',
    );
    expect(keepTail("<w:p><w:r/></w:p><w:p><w:r/></w:p>")).toBe("<w:p><w:r/></w:p><w:p><w:r/></w:p>");
  });

  test("keepTailAfter(table, rest) gives keepTail(table + rest) as pieces, without reading the table", () => {
    const table =
      '<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>Tabel</w:t></w:r></w:p><w:tbl><w:tr/></w:tbl>';
    const sumber = '<w:p><w:pPr><w:pStyle w:val="Sumber"/></w:pPr><w:r><w:t>Sumber: x</w:t></w:r></w:p>';
    const note = "<w:p><w:r><w:t>Catatan</w:t></w:r></w:p>";
    const chart = "<w:p><w:r><w:drawing>c</w:drawing></w:r></w:p>";
    const rests = [
      "",
      sumber,
      sumber + note,
      sumber + note + note,
      sumber + "<w:tbl><w:tr/></w:tbl>" + note + note, // a second table (the PK's signature) in the rest
      sumber + chart + note + note,
      sumber + "<w:p/>", // not flat paragraphs: left alone
      sumber + "<w:sectPr/>",
      note + "<w:tbl></w:tbl>",
    ];
    for (const rest of rests) {
      expect(keepTailAfter(table, rest).join("")).toBe(keepTail(table + rest));
      // given as pieces, the table's pieces come back as they are, the tail last
      const pieces = keepTailAfter([table.slice(0, 40), table.slice(40)], rest);
      expect(pieces.slice(0, 2)).toEqual([table.slice(0, 40), table.slice(40)]);
      expect(pieces.join("")).toBe(keepTail(table + rest));
    }
  });

  test("Grafik 3.1: chart, caption and Sumber line stay together", () => {
    const g = controls["lakip:grafik-capaian"];
    const paras = g.match(/<w:p>[\s\S]*?<\/w:p>/g) as string[];
    expect(paras.length).toBe(3);
    expect(paras[0]).toContain("<w:drawing>");
    expect(paras[0]).toContain("<w:keepNext/>");
    expect(paras[1]).toContain("<w:keepNext/>");
    expect(paras[2]).toContain("Sumber: ");
    expect(paras[2]).not.toContain("<w:keepNext/>");
  });
});

describe("cover and title", () => {
  test("PEMERINTAH KABUPATEN ... above the instansi, then the Alamat, then the year", () => {
    const a = analysis([indikator()]);
    a.identitas.alamat = "Jl. Sutan Syahrir No. 1, Pangkalan Bun";
    const xml = renderReport(a, { tanggal: TANGGAL }).controls["lakip:identitas"];
    const texts = (xml.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, ""));
    expect(texts).toEqual([
      "PEMERINTAH KABUPATEN KOTAWARINGIN BARAT",
      "Badan Kesatuan Bangsa dan Politik",
      "Jl. Sutan Syahrir No. 1, Pangkalan Bun",
      "TAHUN 2025",
    ]);
    expect(xml).toContain('<w:pStyle w:val="SampulAlamat"/>');
  });

  test("no Alamat: no address line; a Pemerintah Daerah already named 'Pemerintah ...' is not doubled", () => {
    const a = analysis([indikator()]);
    a.identitas.pemerintahDaerah = "Pemerintah Provinsi Kalimantan Tengah";
    const xml = renderReport(a, { tanggal: TANGGAL }).controls["lakip:identitas"];
    expect(xml).toContain("PEMERINTAH PROVINSI KALIMANTAN TENGAH");
    expect(xml).not.toContain("PEMERINTAH PEMERINTAH");
    expect(xml).not.toContain("SampulAlamat");
  });

  test("the title property follows Judul Laporan", () => {
    const a = analysis([indikator()]);
    expect(renderReport(a).title).toBe(
      "Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) Badan Kesatuan Bangsa dan Politik Tahun 2025",
    );
    a.identitas.judulLaporan = "LKjIP";
    expect(renderReport(a).title).toBe(
      "Laporan Kinerja Instansi Pemerintah (LKjIP) Badan Kesatuan Bangsa dan Politik Tahun 2025",
    );
    a.identitas.judulLaporan = "Laporan Kinerja";
    expect(renderReport(a).title).toBe("Laporan Kinerja Badan Kesatuan Bangsa dan Politik Tahun 2025");
  });

  test("the cover's gaps grow with the paper", () => {
    expect(coverGap("F4") - coverGap("A4")).toBe(Math.floor((PAPER_SIZES.F4.h - PAPER_SIZES.A4.h) / 2));
  });
});

describe("trend charts", () => {
  function withHistory(satuan: string, values: number[], targets: number[]) {
    const i = indikator({
      satuan,
      realisasi: values[values.length - 1],
      target: targets[targets.length - 1],
      riwayat: values.slice(0, -1).map((r, k) => ({ tahun: 2022 + k, target: targets[k], realisasi: r, capaian: 100 })),
    });
    return renderReport(analysis([i]), { tanggal: TANGGAL });
  }

  test("a Sumber line under the caption, inside the narrative", () => {
    const r = withHistory("kasus", [9, 7, 6, 3], [8, 7, 6, 5]);
    const n = r.controls["lakip:narasi-sasaran"];
    expect(n).toMatch(
      /Tren Realisasi[^<]*<\/w:t><\/w:r><\/w:p><w:p><w:pPr><w:pStyle w:val="Sumber"\/><\/w:pPr><w:r><w:t>Sumber: Data realisasi kinerja Tahun 2022–2025, diolah\./,
    );
  });

  test("counted things: whole ticks from 0, never 0,5", () => {
    const r = withHistory("kasus", [3, 2, 1, 0], [2, 1, 1, 0]);
    const chart = r.charts.find((c) => c.spec.kind === "line")!;
    expect(chart.spec.majorUnit).toBe(1);
    expect(chart.spec.fromZero).toBe(true);
    expect(chart.xml).toContain('<c:majorUnit val="1"/>');
    expect(chart.xml).toContain('<c:min val="0"/>');
    expect(valueAxisFor([120, 135, 142], "orang")).toEqual({ fromZero: true, majorUnit: 50 });
    expect(valueAxisFor([2.5, 3.5], "hari")).toEqual({ fromZero: false });
    expect(valueAxisFor([71.25, 70], "nilai")).toEqual({ fromZero: false });
    expect(valueAxisFor([95, 100], "%")).toEqual({ fromZero: false, majorUnit: 1 });
  });

  test("a realisasi under its target has its label below the point", () => {
    expect(labelsClearOf([9, 7, 6, 3], [8, 7, 6, 5])).toEqual(["t", "t", "t", "b"]);
    const r = withHistory("kasus", [9, 7, 6, 3], [8, 7, 6, 5]);
    const chart = r.charts.find((c) => c.spec.kind === "line")!;
    expect(chart.xml).toContain('<c:dLbl><c:idx val="3"/>');
    expect(chart.xml).toMatch(/<c:dLbl><c:idx val="3"\/>.*?<c:dLblPos val="b"\/>/);
    expect(chart.xml).not.toContain('<c:dLbl><c:idx val="0"/>');
    // a bar chart keeps its labels at the bar's end
    expect(chartXml({ ...chart.spec, kind: "bar" }, false)).not.toContain("<c:dLbl>");
  });
});
