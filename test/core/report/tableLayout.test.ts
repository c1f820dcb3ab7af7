/**
 * Table layout as a reader sees it on paper: every column at least as wide as the longest word
 * it holds (headers bold, at the table's font size, with the cell margins), so that a header word
 * or a number never breaks inside itself; each year's capaian on its own line under the
 * realisasi; the tables exactly the text width, which fits A4 and F4.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { renderControls } from "../../../src/core/report";
import { MARGINS, PAPER_SIZES } from "../../../src/core/report/template/document";
import { TEXT_WIDTH, KEEP_TOGETHER_MAX_ROWS, yearsShown } from "../../../src/core/report/tables";
import fc from "fast-check";
import { CELL_PADDING, longestWordWidth, textWidth, wordsOf } from "../../../src/core/report/textWidth";
import { chartXml } from "../../../src/core/report/chart";
import { buildContext } from "../../../src/core/report/context";
import type { Analysis, Predikat } from "../../../src/core/model";
import { analysis, indikator, sampleAnalysis } from "./fixtures";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const TANGGAL = new Date(2026, 10, 24);

function parse(xml: string): Element {
  const doc = new DOMParser().parseFromString(`<w:body xmlns:w="${W}">${xml}</w:body>`, "text/xml");
  return doc.documentElement as unknown as Element;
}
function all(el: Element, local: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(W, local)) as unknown as Element[];
}
function kids(el: Element, local: string): Element[] {
  return (Array.from(el.childNodes) as unknown as Element[]).filter((n) => n.nodeType === 1 && n.localName === local);
}

interface Cell {
  /** Printed lines (w:br splits a line). */
  lines: string[];
  bold: boolean;
  /** Half-points. */
  size: number;
  width: number;
  header: boolean;
}

/** The cells of the first table in `xml`, with their grid widths (gridSpan adds columns). */
function cells(xml: string): { grid: number[]; rows: Cell[][]; table: Element } {
  const table = all(parse(xml), "tbl")[0];
  const grid = all(table, "gridCol").map((g) => Number(g.getAttributeNS(W, "w")));
  const rows = kids(table, "tr").map((tr) => {
    const header = all(tr, "tblHeader").length > 0;
    let col = 0;
    return kids(tr, "tc").map((tc) => {
      const span = Number(all(tc, "gridSpan")[0]?.getAttributeNS(W, "val") ?? 1);
      const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      let text = "";
      let bold = false;
      let size = 20;
      for (const r of all(tc, "r")) {
        if (all(r, "b").length) bold = true;
        const sz = all(r, "sz")[0];
        if (sz) size = Number(sz.getAttributeNS(W, "val"));
        for (const n of Array.from(r.childNodes) as unknown as Element[]) {
          if (n.localName === "t") text += n.textContent ?? "";
          if (n.localName === "br") text += "\n";
        }
      }
      return { lines: text.split("\n"), bold, size, width, header };
    });
  });
  return { grid, rows, table };
}

/** Words that would not fit unbroken in their cell, as "word (needs N, has M)". */
function tooWide(rows: Cell[][]): string[] {
  const out: string[] = [];
  for (const row of rows)
    for (const c of row)
      for (const line of c.lines)
        for (const word of line.split(/\s+/).filter(Boolean)) {
          const need = textWidth(word, c.size, c.bold) + CELL_PADDING;
          if (need > c.width) out.push(`${word} (needs ${need}, has ${c.width})`);
        }
  return out;
}

/** The sample analysis with `n` earlier years for the first indicator (2025 - n .. 2024). */
function withYears(n: number): Analysis {
  const a = sampleAnalysis();
  a.indikator[0].riwayat = Array.from({ length: n }, (_, k) => ({
    tahun: 2025 - n + k,
    target: 60 + k,
    realisasi: 1234.5 + k,
    capaian: k === 0 ? 100 : 111.11,
  }));
  a.indikator[2].riwayat = [{ tahun: 2024, target: 4, realisasi: 3, capaian: 140 }];
  // the longest words the table holds
  a.indikator[1].indikator = "Persentase laporan pertanggungjawaban kemasyarakatan";
  a.indikator[1].satuan = "kegiatan";
  a.indikator[2].realisasiTahunLalu = 2;
  return a;
}

describe("Arial width estimate", () => {
  test("matches Arial's advance widths", () => {
    // "Realisasi" bold = 4336/1000 em; at 8 pt (160 twips per em) 694 twips
    expect(textWidth("Realisasi", 16, true)).toBe(694);
    expect(textWidth("(95,54%)", 20)).toBe(Math.ceil((4057 * 20) / 100));
    expect(textWidth("Keterangan", 16, true)).toBeGreaterThan(textWidth("Keterangan", 16));
    expect(textWidth("↓", 20)).toBe(200);
  });

  test("the widest word in one pass is the widest of wordsOf measured word by word (any text)", () => {
    const spaces = [
      " ",
      "\n",
      "\t",
      "\r",
      "\u00a0",
      "\u2007",
      "\u202f",
      "\u2003",
      "\u3000",
      "\ufeff",
      "\u0085",
      "\u1680",
    ];
    const piece = fc.oneof(
      fc.constantFrom(...spaces),
      fc.string({ unit: "grapheme", maxLength: 6 }),
      fc.string({ unit: "binary", maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.constantFrom(14, 16, 20),
        fc.boolean(),
        (parts, size, bold) => {
          const text = parts.join("");
          const words = wordsOf(text);
          const expected = words.reduce((m, w) => Math.max(m, textWidth(w, size, bold)), 0);
          expect(longestWordWidth(text, size, bold)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
    expect(longestWordWidth("Rp\u00a01.500.000 per tahun", 20)).toBe(textWidth("Rp\u00a01.500.000", 20));
  });
});

describe("comparison table (Tabel 3.2)", () => {
  test.each([1, 2, 3, 4, 5])("%i earlier year(s): every word fits its column, widths fill the text width", (n) => {
    const out = renderControls(withYears(n), { tanggal: TANGGAL });
    const { grid, rows } = cells(out["lakip:tabel-perbandingan"]);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(tooWide(rows)).toEqual([]);
    // Indikator keeps a readable width
    expect(grid[1]).toBeGreaterThanOrEqual(1500);
    // font: 10 pt up to two year columns, 8 pt up to five, 7 pt for six
    const size = rows[1][0].size;
    expect(size).toBe(n + 1 <= 2 ? 20 : n + 1 <= 5 ? 16 : 14);
    for (const row of rows) for (const c of row) expect(c.size).toBe(size);
    // from five year columns Keterangan is folded into Perubahan
    const last = rows[0][rows[0].length - 1].lines.join(" ");
    expect(last).toBe(n + 1 >= 5 ? "Perubahan" : "Keterangan");
    // the year columns share one width
    const yearW = grid.slice(3, 3 + n + 1);
    expect(new Set(yearW).size).toBe(1);
  });

  test("a column per year holds its target, realisasi and capaian, each on its own line", () => {
    const out = renderControls(withYears(3), { tanggal: TANGGAL });
    const { rows, grid } = cells(out["lakip:tabel-perbandingan"]);
    const head = rows[0];
    expect(head[3].lines).toEqual(["Tahun 2022"]);
    // each word of the header fits its column
    expect(textWidth("Tahun", 16, true) + CELL_PADDING).toBeLessThanOrEqual(grid[3]);
    const first = rows[1];
    expect(first[3].lines.slice(-2)).toEqual(["R 1.234,5", "(100,00%)"]);
    expect(first[3].lines[0]).toMatch(/^T /);
    expect(first[5].lines.slice(-2)).toEqual(["R 1.236,5", "(111,11%)"]);
    expect(first[6].lines).toEqual(["T 70", "R 71,25", "(101,79%)"]);
    // the widest capaian of the fixture fits on one line
    expect(textWidth("(101,79%)", 16) + CELL_PADDING).toBeLessThanOrEqual(grid[6]);
  });

  test("five earlier years (the most shown): 7 pt, Keterangan folded into Perubahan", () => {
    const out = renderControls(withYears(5), { tanggal: TANGGAL });
    const { rows } = cells(out["lakip:tabel-perbandingan"]);
    expect(rows[0].map((c) => c.lines.join(" "))).toEqual([
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Tahun 2020",
      "Tahun 2021",
      "Tahun 2022",
      "Tahun 2023",
      "Tahun 2024",
      "Tahun 2025",
      "Perubahan",
    ]);
    // first indicator: 2025 realisasi 71,25 against 2024's 1.238,5
    expect(rows[1][9].lines).toEqual(["-1.167,25", "Turun (memburuk)"]);
  });

  test("more than five earlier years: the last five are shown", () => {
    const a = withYears(7);
    expect(yearsShown(buildContext(a))).toEqual([2020, 2021, 2022, 2023, 2024]);
  });
});

describe("the other tables", () => {
  const out = renderControls(sampleAnalysis(), { tanggal: TANGGAL });
  const tags = [
    "lakip:tabel-pk",
    "lakip:tabel-pengukuran",
    "lakip:tabel-renstra",
    "lakip:tabel-efisiensi",
    "lakip:tabel-anggaran",
  ] as const;

  test.each(tags)("%s: fills the text width, every header word and number fits", (tag) => {
    const { grid, rows } = cells(out[tag]);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(tooWide(rows)).toEqual([]);
  });

  test("the text width fits A4 and F4", () => {
    for (const p of Object.values(PAPER_SIZES))
      expect(TEXT_WIDTH).toBeLessThanOrEqual(p.w - MARGINS.left - MARGINS.right);
    expect(PAPER_SIZES.A4.w - MARGINS.left - MARGINS.right).toBe(TEXT_WIDTH);
  });

  test("a short table moves to the next page whole: every row keeps with the next", () => {
    const { table, rows } = cells(out["lakip:tabel-efisiensi"]);
    expect(rows.length - 1).toBeLessThanOrEqual(KEEP_TOGETHER_MAX_ROWS);
    for (const tr of kids(table, "tr")) for (const p of all(tr, "p")) expect(all(p, "keepNext").length).toBe(1);
  });

  test("a long table keeps only its header and first row together", () => {
    const list = Array.from({ length: 14 }, (_, k) =>
      indikator({ indikator: `Indikator ${k + 1}`, sasaran: `Sasaran ${k + 1}`, targetAkhirRenstra: 10 }),
    );
    const { table } = cells(renderControls(analysis(list), { tanggal: TANGGAL })["lakip:tabel-renstra"]);
    const kept = kids(table, "tr").map((tr) => all(all(tr, "p")[0], "keepNext").length === 1);
    expect(kept).toEqual([true, true, ...Array(12).fill(false), true]);
  });

  test("rupiah columns grow to hold a hundred-billion amount on one line", () => {
    const a = sampleAnalysis();
    a.anggaran[0].pagu = 987654321098;
    a.anggaran[0].realisasi = 876543210987;
    const { grid, rows } = cells(renderControls(a, { tanggal: TANGGAL })["lakip:tabel-anggaran"]);
    expect(grid.reduce((x, y) => x + y, 0)).toBe(TEXT_WIDTH);
    expect(tooWide(rows)).toEqual([]);
    expect(rows[rows.length - 1][1].lines).toEqual(["988.288.521.098"]);
  });
});

describe("long words: every column holds its longest word (spec section 5)", () => {
  /** The sample with an agency's own predikat words, long unit names, sasaran words and amounts. */
  function longWords(): Analysis {
    const a = sampleAnalysis();
    const predikat = ["Sangat Memuaskan", "Memuaskan", "Kurang Memuaskan"];
    a.indikator.forEach((i, k) => {
      i.predikat = predikat[k % predikat.length] as Predikat;
      i.satuan = k % 2 === 0 ? "dokumen/laporan" : "kegiatan/tahun";
      i.indikator = `Persentase penyelenggaraan ${k % 2 ? "pertanggungjawaban" : "kewaspadaan"} kemasyarakatan`;
      i.targetAkhirRenstra = 1234567.5;
      i.realisasiText = "1.234.567,89";
    });
    a.sasaran.forEach((s) => (s.predikat = "Sangat Memuaskan" as Predikat));
    a.organisasi.predikat = "Sangat Memuaskan" as Predikat;
    a.efisiensi.forEach((e) => (e.kategori = "Cukup Efisien"));
    a.anggaran[0].pagu = 1987654321098;
    a.anggaran[0].realisasi = 1876543210987;
    return a;
  }
  /** Each column's longest word, measured as printed (font size and weight of its cell), against the column width. */
  function narrowColumns(xml: string): string[] {
    const { grid, rows } = cells(xml);
    const need = Array<number>(grid.length).fill(0);
    const words = Array<string>(grid.length).fill("");
    for (const row of rows) {
      let col = 0;
      for (const c of row) {
        const span = grid.findIndex((_, k) => grid.slice(col, k + 1).reduce((x, y) => x + y, 0) === c.width) - col + 1;
        if (span === 1)
          for (const line of c.lines)
            for (const w of line.split(/[^\S\u00A0]+/).filter(Boolean)) {
              const n = textWidth(w, c.size, c.bold) + CELL_PADDING;
              if (n > need[col]) ((need[col] = n), (words[col] = w));
            }
        col += Math.max(1, span);
      }
    }
    return grid.flatMap((w, c) => (w >= need[c] ? [] : [`column ${c}: "${words[c]}" needs ${need[c]}, has ${w}`]));
  }
  const tags = [
    "lakip:tabel-pk",
    "lakip:tabel-pengukuran",
    "lakip:tabel-perbandingan",
    "lakip:tabel-renstra",
    "lakip:tabel-efisiensi",
    "lakip:tabel-anggaran",
  ] as const;
  const out = renderControls(longWords(), { tanggal: TANGGAL });

  test.each(tags)("%s: width of every column >= its longest word", (tag) => {
    expect(out[tag]).toContain("<w:tbl>");
    expect(narrowColumns(out[tag])).toEqual([]);
    expect(cells(out[tag]).grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  });

  test("Tabel 3.1: the agency's 'Sangat Memuaskan' keeps 'Memuaskan' whole in the Predikat column", () => {
    const { grid, rows } = cells(out["lakip:tabel-pengukuran"]);
    expect(rows[1][7].lines).toEqual(["Sangat Memuaskan"]);
    const size = rows[1][7].size;
    expect(grid[7]).toBeGreaterThanOrEqual(textWidth("Memuaskan", size, true) + CELL_PADDING); // total row, bold
    // the bundled scale's words at 10 pt
    const plain = cells(renderControls(sampleAnalysis(), { tanggal: TANGGAL })["lakip:tabel-pengukuran"]);
    expect(plain.rows[1][7].size).toBe(20);
  });

  test("words too long for 10 pt: the table's font steps down until every word fits", () => {
    const a = longWords();
    for (const i of a.indikator) i.satuan = "orang/kegiatan/dokumen";
    for (const i of a.indikator) i.predikat = "Sangat-Memuaskan" as Predikat;
    const xml = renderControls(a, { tanggal: TANGGAL })["lakip:tabel-pengukuran"];
    expect(narrowColumns(xml)).toEqual([]);
    expect(cells(xml).rows[1][0].size).toBeLessThan(20);
  });
});

describe("chart number formats", () => {
  test("data labels and value axis carry the Indonesian locale, so LibreOffice shows 100,74", () => {
    const xml = chartXml(
      {
        n: 1,
        kind: "bar",
        categories: ["SS 1"],
        series: [{ name: "Capaian (%)", values: [100.74], color: "2F5597" }],
        numFmt: "0.00",
        cx: 1,
        cy: 1,
        fromZero: true,
      },
      false,
    );
    expect(xml).toContain('<c:dLbls><c:numFmt formatCode="[$-421]0.00" sourceLinked="0"/>');
    expect(xml).toContain('<c:numFmt formatCode="[$-421]0" sourceLinked="0"/><c:majorTickMark');
    // the cached value stays a plain number (locale-neutral)
    expect(xml).toContain("<c:v>100.74</c:v>");
  });
});
