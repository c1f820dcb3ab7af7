/**
 * User text never becomes markup (issue 12): random and hostile texts (OOXML fragments, field
 * codes, formula prefixes, control characters) in every text column, rendered into the report's
 * controls, give well-formed WordprocessingML with exactly the elements a benign twin gets.
 */
import fc from "fast-check";
import { analyzeWorkbook, type Cell, type SheetGrid } from "../../src/core";
import { renderControls } from "../../src/core/report";
import { xmlProblem } from "../../src/hosts/files/xmlCheck";
import { HOSTILE_TEXT } from "./hostileText";

const RUNS = Math.max(20, Math.round(Number(process.env.LAKIP_FUZZ_RUNS ?? 150) / 5));
const SEED = Number(process.env.LAKIP_FUZZ_SEED ?? 20261130);
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const textArb = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ minLength: 1, maxLength: 30, unit: "binary" }),
  fc.string({ minLength: 1, maxLength: 30 }),
);

const HEADER = [
  "No",
  "Sasaran Strategis",
  "Indikator Kinerja",
  "Satuan",
  "Polaritas",
  "Target",
  "Realisasi",
  "Keterangan",
  "Faktor Pendukung",
  "Faktor Penghambat",
  "Upaya Perbaikan",
];

type Texts = { sasaran: string; indikator: string; satuan: string; ket: string; instansi: string };

function workbook(rows: Texts[], benign: boolean): { sheets: SheetGrid[] } {
  const t = (v: string, i: number, what: string): Cell => ({ t: "s", v: benign ? `${what} ${i}` : v });
  return {
    sheets: [
      {
        name: "Identitas",
        rows: [
          [{ t: "s", v: "Instansi" }, t(rows[0].instansi, 0, "Instansi")],
          [
            { t: "s", v: "Pemerintah Daerah" },
            { t: "s", v: "Kabupaten Contoh" },
          ],
          [
            { t: "s", v: "Tahun" },
            { t: "n", v: 2025 },
          ],
        ],
      },
      {
        name: "Sekretariat",
        rows: [
          HEADER.map((v) => ({ t: "s" as const, v })),
          ...rows.map((r, i): (Cell | null)[] => [
            { t: "n", v: i + 1 },
            t(r.sasaran, i, "Sasaran"),
            t(r.indikator, i, "Indikator"),
            t(r.satuan, i, "satuan"),
            { t: "s", v: i % 2 ? "Naik" : "Turun" },
            { t: "n", v: 80 + i },
            { t: "n", v: 78 + 2 * i },
            t(r.ket, i, "Keterangan"),
            t(r.ket, i, "Pendukung"),
            t(r.ket, i, "Penghambat"),
            t(r.ket, i, "Upaya"),
          ]),
        ],
      },
    ],
  };
}

/** How many of each element a rendering has (by qualified name). */
function elementCounts(xml: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xml.matchAll(/<([A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*)[\s/>]/g)) m.set(x[1], (m.get(x[1]) ?? 0) + 1);
  return m;
}

test("hostile text stays text in every control", () => {
  const rowArb = fc.record({ sasaran: textArb, indikator: textArb, satuan: textArb, ket: textArb, instansi: textArb });
  fc.assert(
    fc.property(fc.array(rowArb, { minLength: 1, maxLength: 4 }), (rows) => {
      const tanggal = new Date(2026, 0, 15);
      const hostile = renderControls(analyzeWorkbook(workbook(rows, false)), { tanggal });
      const benign = renderControls(analyzeWorkbook(workbook(rows, true)), { tanggal });
      for (const [tag, xml] of Object.entries(hostile) as [keyof typeof hostile, string][]) {
        const doc = `<w:document xmlns:w="${W}" xmlns:r="r" xmlns:wp="wp" xmlns:a="a" xmlns:c="c" xmlns:pic="pic"><w:body>${xml}</w:body></w:document>`;
        const problem = xmlProblem(doc);
        if (problem) throw new Error(`${tag}: ${problem.reason} (kolom ${problem.column})`);
        const names = (m: Map<string, number>) => [...m.keys()].filter((k) => /fld|instr|hyperlink|script/i.test(k));
        expect({ tag, names: names(elementCounts(xml)) }).toEqual({ tag, names: names(elementCounts(benign[tag])) });
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
});
