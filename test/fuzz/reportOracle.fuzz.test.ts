/**
 * The report oracle (issue 17): a second, independent reading of the generated report. Random
 * workbooks (random Pengaturan: T / R, Batas Capaian, Batas Bawah Capaian, an agency scale with
 * long words; earlier years, ranges, targets of 0, negative values, Renstra targets, national
 * standards, Faktor present or absent) go through the real report path (engine, renderer, fill of
 * the built-in template, .docx bytes); the document's XML is parsed back and every capaian and
 * predikat printed in Tabel 3.1, 3.2, 3.3, 3.4 and in the sentences of BAB III, the Ikhtisar and
 * the Penutup is compared with the value recomputed from the workbook by ./oracle.ts (the spec's
 * text, no engine code). Each direction word must agree with the number and the polaritas (the
 * oracle's own reading of the spec, not the renderer's table), no software word may appear, and no
 * sentence may promise text that is not there.
 *
 * Seeded run in `npm test` (LAKIP_REPORT_ORACLE_RUNS, default 40 workbooks); `npm run fuzz` runs
 * LAKIP_FUZZ_RUNS / 25 of them. The counts are printed at the end for the record.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { analyzeWorkbook, hasErrors, type Cell, type SheetGrid, type WorkbookGrid } from "../../src/core";
import { renderReport } from "../../src/core/report";
import { fillDocx } from "../../src/hosts/files/docxFill";
import { buildTemplateDocx } from "../../src/hosts/files/docxTemplate";
import { capaian, meanOf, predikat, round2, type Pol, type Rules, type TargetValue } from "./oracle";

const RUNS = process.env.LAKIP_FUZZ_RUNS
  ? Math.max(40, Math.round(Number(process.env.LAKIP_FUZZ_RUNS) / 25))
  : Number(process.env.LAKIP_REPORT_ORACLE_RUNS ?? 40);
const SEED = Number(process.env.LAKIP_FUZZ_SEED ?? 20261203);
const TAHUN = 2025;
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// ---------------------------------------------------------------------------------------------
// The workbook, as plain data the oracle reads

interface Row {
  sasaran: string;
  indikator: string;
  satuan: string;
  pol: Pol;
  target: TargetValue;
  realisasi: number;
  history: { tahun: number; target: number; realisasi: number }[];
  renstra: number | null;
  standar: number | null;
  penghambat: string | null;
  upaya: string | null;
}

interface Spec {
  rules: Rules;
  /** The agency's scale is written in Pengaturan (else the default applies). */
  ownScale: boolean;
  rows: Row[];
}

/** Words of letters only (so that a sentence split on ". " never cuts a name), some very long. */
const wordArb = fc.oneof(
  fc.constantFrom("kinerja", "konflik", "layanan", "dokumen", "partisipasi", "kewaspadaan", "ketahanan"),
  fc.constantFrom("Penyelenggaraanpemerintahan", "Kesejahteraansosialmasyarakat", "Pertanggungjawaban"),
  fc.stringMatching(/^[a-z]{3,12}$/),
);
const nameArb = fc.array(wordArb, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));

const SATUAN = ["%", "kegiatan", "kasus", "dokumen", "nilai", "indeks", "hari", "orang"];

/** Numbers as units type them: integers and one or two decimals, sometimes negative. */
const valueArb = fc.oneof(
  fc.integer({ min: 1, max: 200 }),
  fc.integer({ min: 1, max: 20000 }).map((x) => x / 100),
  fc.integer({ min: -500, max: -1 }).map((x) => x / 100),
  fc.constant(0),
);
const positiveArb = fc.oneof(
  fc.integer({ min: 1, max: 200 }),
  fc.integer({ min: 1, max: 20000 }).map((x) => x / 100),
);

const targetArb: fc.Arbitrary<TargetValue> = fc.oneof(
  { weight: 5, arbitrary: positiveArb },
  { weight: 1, arbitrary: fc.constant(0) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 30 }))
      .map(([a, w]) => [a, a + w] as TargetValue),
  },
);

const rowArb = (sasaranNames: string[]): fc.Arbitrary<Row> =>
  fc
    .record({
      sasaran: fc.constantFrom(...sasaranNames),
      indikator: nameArb,
      satuan: fc.constantFrom(...SATUAN),
      pol: fc.constantFrom<Pol>("Naik", "Turun"),
      target: targetArb,
      realisasi: valueArb,
      historyYears: fc.integer({ min: 0, max: 3 }),
      historyT: fc.array(positiveArb, { minLength: 3, maxLength: 3 }),
      historyR: fc.array(valueArb, { minLength: 3, maxLength: 3 }),
      renstra: fc.option(positiveArb, { nil: null }),
      standar: fc.option(positiveArb, { nil: null }),
      // Faktor Penghambat / Upaya Perbaikan: none (a quarter of the rows), one of them, or both
      analysis: fc.constantFrom("none", "penghambat", "upaya", "both"),
      penghambat: nameArb,
      upaya: nameArb,
    })
    .map((r) => ({
      sasaran: r.sasaran,
      indikator: r.indikator,
      satuan: r.satuan,
      pol: r.pol,
      target: r.target,
      realisasi: r.realisasi,
      history: Array.from({ length: r.historyYears }, (_, k) => ({
        tahun: TAHUN - r.historyYears + k,
        target: r.historyT[k],
        realisasi: r.historyR[k],
      })),
      renstra: r.renstra,
      standar: r.standar,
      penghambat: r.analysis === "penghambat" || r.analysis === "both" ? r.penghambat : null,
      upaya: r.analysis === "upaya" || r.analysis === "both" ? r.upaya : null,
    }));

const specArb: fc.Arbitrary<Spec> = fc
  .record({
    turun: fc.constantFrom<Rules["turun"]>("(2T - R) / T", "T / R"),
    batasCapaian: fc.option(fc.integer({ min: 100, max: 150 }), { nil: null }),
    batasBawah: fc.option(fc.constantFrom(0, -20, -50), { nil: null }),
    ownScale: fc.boolean(),
    sasaran: fc.uniqueArray(nameArb, { minLength: 1, maxLength: 3, selector: (s) => s.toLowerCase() }),
  })
  .chain((p) =>
    fc.array(rowArb(p.sasaran.map((s, k) => `${s} ${"abc"[k]}`)), { minLength: 1, maxLength: 7 }).map((rows) => ({
      rules: {
        turun: p.turun,
        batasCapaian: p.batasCapaian,
        batasBawah: p.batasBawah,
        scale: p.ownScale
          ? [
              { predikat: "Sangat Memuaskan", min: 90 },
              { predikat: "Memuaskan", min: 70 },
              { predikat: "Kurang Memuaskan", min: null },
            ]
          : [
              { predikat: "Sangat Tinggi", min: 91 },
              { predikat: "Tinggi", min: 76 },
              { predikat: "Sedang", min: 66 },
              { predikat: "Rendah", min: 51 },
              { predikat: "Sangat Rendah", min: null },
            ],
      },
      ownScale: p.ownScale,
      rows: uniqueNames(rows),
    })),
  );

/** One indicator name once in the whole workbook (the oracle finds rows by name). */
function uniqueNames(rows: Row[]): Row[] {
  return rows.map((r, k) => ({ ...r, indikator: `${r.indikator} ${"ijklmnopq"[k]}${k}` }));
}

/**
 * Rows whose capaian the spec cannot compute (Naik with target 0; T / R with realisasi 0 and no
 * Batas Capaian) are error findings and the report is not made: give those a realisasi of 1.
 */
function reportable(spec: Spec): Spec {
  const rows = spec.rows.map((r) => {
    let row = r;
    if (r.pol === "Naik" && r.target === 0) row = { ...row, target: 1 };
    if (r.pol === "Turun" && spec.rules.turun === "T / R" && r.realisasi === 0 && spec.rules.batasCapaian === null)
      row = { ...row, realisasi: 1 };
    return row;
  });
  return { ...spec, rows };
}

const s = (v: string): Cell => ({ t: "s", v });
const n = (v: number): Cell => ({ t: "n", v });

function gridOf(spec: Spec): WorkbookGrid {
  const years = [...new Set(spec.rows.flatMap((r) => r.history.map((h) => h.tahun)))].sort();
  const header = [
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Satuan",
    "Polaritas",
    "Target",
    "Realisasi",
    ...years.flatMap((y) => [`Target ${y}`, `Realisasi ${y}`]),
    "Target Akhir Renstra",
    "Standar Nasional",
    "Faktor Penghambat",
    "Upaya Perbaikan",
  ];
  const unit: SheetGrid = {
    name: "Sekretariat",
    rows: [
      header.map(s),
      ...spec.rows.map((r, k) => {
        const byYear = (y: number) => r.history.find((h) => h.tahun === y);
        return [
          n(k + 1),
          s(r.sasaran),
          s(r.indikator),
          s(r.satuan),
          s(r.pol),
          Array.isArray(r.target) ? s(`${r.target[0]} - ${r.target[1]}`) : n(r.target),
          n(r.realisasi),
          ...years.flatMap((y) => {
            const h = byYear(y);
            return h ? [n(h.target), n(h.realisasi)] : [null, null];
          }),
          r.renstra === null ? null : n(r.renstra),
          r.standar === null ? null : n(r.standar),
          r.penghambat === null ? null : s(r.penghambat),
          r.upaya === null ? null : s(r.upaya),
        ];
      }),
    ],
  };
  const pengaturan: (Cell | null)[][] = [
    [s("Rumus Polaritas Turun"), s(spec.rules.turun)],
    [s("Batas Capaian"), spec.rules.batasCapaian === null ? null : n(spec.rules.batasCapaian)],
    [s("Batas Bawah Capaian"), spec.rules.batasBawah == null ? null : n(spec.rules.batasBawah)],
  ];
  if (spec.ownScale) {
    pengaturan.push([null], [s("Predikat"), s("Batas Bawah")]);
    for (const b of spec.rules.scale) pengaturan.push([s(b.predikat), b.min === null ? null : n(b.min)]);
  }
  return {
    sheets: [
      {
        name: "Identitas",
        rows: [
          [s("Instansi"), s("Badan Kesatuan Bangsa dan Politik")],
          [s("Pemerintah Daerah"), s("Kabupaten Contoh")],
          [s("Tahun"), n(TAHUN)],
          [s("Periode Renstra"), s("2021-2026")],
        ],
      },
      unit,
      { name: "Pengaturan", rows: pengaturan },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The oracle's own reading of the numbers and the words (spec sections 3 and 5)

/** id-ID with two decimals: "1.234,50", "-70,50". */
function id2(x: number): string {
  const r = round2(x);
  const neg = r < 0;
  const [int, frac = ""] = Math.abs(r).toFixed(2).split(".");
  return `${neg ? "-" : ""}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${frac}`;
}

/**
 * The printed value matches the oracle's: its two-decimal id-ID form, allowing the value to sit a
 * few ulps either side of a half-way tie (the engine computes (2T - R) / T, the oracle 1 + (1 - R/T):
 * equal in exact arithmetic, not always in the last bit; 127,875 may be 127,87499999999999).
 */
function same2(printed: string | undefined, c: number): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(c));
  return printed === id2(c) || printed === id2(c - eps) || printed === id2(c + eps);
}

function samePredikat(printed: string | null | undefined, c: number | null, rules: Rules): boolean {
  if (c === null) return printed === null || printed === "-";
  const eps = 1e-9 * Math.max(1, Math.abs(c));
  return [c, c - eps, c + eps].some((x) => predikat(x, rules) === printed);
}

interface Expected {
  row: Row;
  order: number;
  c: number | null;
  p: string | null;
  held: boolean;
  years: { tahun: number; c: number | null }[];
  renstra: number | null;
}

/** Standing of an indicator by the spec's words: strictly above, equal, below target (as printed). */
function standing(e: Expected): "lampau" | "tepat" | "kurang" | null {
  if (e.c === null) return null;
  const shown = round2(e.c);
  return shown > 100 ? "lampau" : shown === 100 ? "tepat" : "kurang";
}

function expectedOf(spec: Spec): { list: Expected[]; sasaran: { name: string; c: number | null; p: string | null }[] } {
  const names: string[] = [];
  for (const r of spec.rows) if (!names.includes(r.sasaran)) names.push(r.sasaran);
  // Tabel 3.1 order: by sasaran (first appearance), then row order
  const ordered = names.flatMap((nm) => spec.rows.filter((r) => r.sasaran === nm));
  const list = ordered.map((row, k): Expected => {
    const o = capaian(row.pol, row.target, row.realisasi, spec.rules);
    const raw = capaian(row.pol, row.target, row.realisasi, { ...spec.rules, batasCapaian: null, batasBawah: null });
    return {
      row,
      order: k + 1,
      c: o.capaian,
      p: predikat(o.capaian, spec.rules),
      held: o.capaian !== null && raw.capaian !== null && o.capaian !== raw.capaian,
      years: row.history.map((h) => ({
        tahun: h.tahun,
        c: capaian(row.pol, h.target, h.realisasi, spec.rules).capaian,
      })),
      renstra: row.renstra === null ? null : capaian(row.pol, row.renstra, row.realisasi, spec.rules).capaian,
    };
  });
  const sasaran = names.map((nm) => {
    const c = meanOf(list.filter((e) => e.row.sasaran === nm).map((e) => e.c));
    return { name: nm, c, p: predikat(c, spec.rules) };
  });
  return { list, sasaran };
}

// ---------------------------------------------------------------------------------------------
// Reading the document back

const counts = { workbooks: 0, numbers: 0, predikat: 0, sentences: 0, words: 0, controls: 0 };

function all(el: Element, local: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(W, local)) as unknown as Element[];
}

/** The text of an element: w:t runs, w:br and w:tab as a line break / tab, no-break spaces as spaces. */
function textOf(el: Element): string {
  let out = "";
  const walk = (node: Element) => {
    for (const child of Array.from(node.childNodes) as unknown as Element[]) {
      if (child.nodeType !== 1) continue;
      if (child.namespaceURI === W && child.localName === "t") out += child.textContent ?? "";
      else if (child.namespaceURI === W && child.localName === "br") out += "\n";
      else if (child.namespaceURI === W && child.localName === "tab") out += "\t";
      else if (child.namespaceURI === W && child.localName === "instrText") continue;
      else walk(child);
    }
  };
  walk(el);
  return out.replace(/\u00a0/g, " ");
}

function control(doc: Element, tag: string): Element {
  const found = all(doc, "sdt").find((sdt) => all(sdt, "tag")[0]?.getAttributeNS(W, "val") === tag);
  if (!found) throw new Error(`kontrol ${tag} tidak ada`);
  return all(found, "sdtContent")[0];
}

function tableRows(content: Element): string[][] {
  const tbl = all(content, "tbl")[0];
  if (!tbl) return [];
  return all(tbl, "tr").map((tr) => all(tr, "tc").map(textOf));
}

/** The paragraphs directly in a control (not inside tables or nested controls' tables). */
function paragraphs(content: Element): string[] {
  return all(content, "p").map(textOf);
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

const SOFTWARE = /\b(sheet|sel|kolom|workbook|Pengaturan|spreadsheet|Excel)\b/i;

async function checkWorkbook(spec0: Spec, template: Buffer): Promise<void> {
  const spec = reportable(spec0);
  const analysis = analyzeWorkbook(gridOf(spec));
  if (hasErrors(analysis.findings))
    throw new Error(`temuan galat: ${analysis.findings.filter((f) => f.severity === "error").map((f) => f.message)}`);
  const r = renderReport(analysis, { tanggal: new Date(2026, 0, 15) }, true);
  const filled = await fillDocx(template, r.controls, { charts: r.charts });
  const xml = await (await JSZip.loadAsync(filled.docx)).file("word/document.xml")!.async("string");
  const doc = new DOMParser().parseFromString(xml, "text/xml").documentElement as unknown as Element;
  const { list, sasaran } = expectedOf(spec);
  counts.workbooks++;

  // Tabel 3.1: capaian and predikat of every indicator, and the organisation's
  const t31 = tableRows(control(doc, "lakip:tabel-pengukuran"));
  const body31 = t31.slice(1, 1 + list.length);
  list.forEach((e, k) => {
    const cells = body31[k];
    check(cells[2].startsWith(e.row.indikator), `Tabel 3.1 baris ${k + 1}: ${cells[2]} bukan ${e.row.indikator}`);
    check(
      cells[6] === (e.c === null ? "-" : id2(e.c)),
      `Tabel 3.1 ${e.row.indikator}: capaian ${cells[6]}, oracle ${e.c}`,
    );
    check(samePredikat(cells[7], e.c, spec.rules), `Tabel 3.1 ${e.row.indikator}: predikat ${cells[7]}, oracle ${e.p}`);
    counts.numbers++;
    counts.predikat++;
  });
  const org = meanOf(sasaran.map((x) => x.c));
  const total = t31[1 + list.length];
  check(org === null ? total[1] === "-" : same2(total[1], org), `capaian organisasi ${total[1]}, oracle ${org}`);
  check(samePredikat(total[2], org, spec.rules), `predikat organisasi ${total[2]}`);
  counts.numbers++;
  counts.predikat++;

  // Tabel 3.2: each earlier year's capaian and this year's, in brackets
  const t32 = tableRows(control(doc, "lakip:tabel-perbandingan"));
  if (t32.length > 0) {
    const head = t32[0];
    list.forEach((e, k) => {
      const cells = t32[k + 1];
      check(cells[1].startsWith(e.row.indikator), `Tabel 3.2 baris ${k + 1}`);
      for (const y of e.years) {
        const col = head.indexOf(`Tahun ${y.tahun}`);
        if (col < 0) continue;
        const m = /\(([-\d.,]+)%\)/.exec(cells[col]);
        check(
          y.c === null ? m === null : same2(m?.[1], y.c),
          `Tabel 3.2 ${e.row.indikator} ${y.tahun}: ${cells[col]}, oracle ${y.c}`,
        );
        counts.numbers++;
      }
      const now = head.indexOf(`Tahun ${TAHUN}`);
      const m = /\(([-\d.,]+)%\)/.exec(cells[now]);
      check(e.c === null ? m === null : same2(m?.[1], e.c), `Tabel 3.2 ${e.row.indikator} ${TAHUN}: ${cells[now]}`);
      counts.numbers++;
    });
  }

  // Tabel 3.3: capaian against the Renstra end target, by the agency's rule
  const withRenstra = list.filter((e) => e.row.renstra !== null);
  const t33 = tableRows(control(doc, "lakip:tabel-renstra"));
  withRenstra.forEach((e, k) => {
    const cells = t33[k + 1];
    check(cells[1].startsWith(e.row.indikator), `Tabel 3.3 baris ${k + 1}`);
    check(
      cells[5] === (e.renstra === null ? "-" : id2(e.renstra)),
      `Tabel 3.3 ${e.row.indikator}: ${cells[5]}, oracle ${e.renstra}`,
    );
    counts.numbers++;
  });

  // Tabel 3.4: capaian per sasaran
  const t34 = tableRows(control(doc, "lakip:tabel-efisiensi"));
  sasaran.forEach((x, k) => {
    check(
      x.c === null ? t34[k + 1][2] === "-" : same2(t34[k + 1][2], x.c),
      `Tabel 3.4 ${x.name}: ${t34[k + 1][2]}, oracle ${x.c}`,
    );
    counts.numbers++;
  });

  // BAB III: every indicator's sentence, its words, its Renstra sentence, its analysis
  const narasiEl = control(doc, "lakip:narasi-sasaran");
  const narasi = paragraphs(narasiEl);
  for (const e of list) {
    const para = narasi.find((p) => p.includes(`“${e.row.indikator}”`) && /ditargetkan|dari target/.test(p));
    check(para !== undefined, `BAB III: tidak ada kalimat untuk ${e.row.indikator}`);
    const first = (para as string).split(/\.(?: |$)/)[0];
    counts.sentences++;
    if (e.c === null) {
      check(/tidak dapat dihitung/.test(first), `BAB III ${e.row.indikator}: capaian tak terhitung tidak disebut`);
    } else {
      const m = /capaian(?:nya)? (-?[\d.]+,\d\d)%/.exec(first);
      check(same2(m?.[1], e.c), `BAB III ${e.row.indikator}: "${first}" vs oracle ${id2(e.c)}`);
      const pm = /predikat ([A-Za-z ]+?)(?:[;.,)]| \(|$)/.exec(first);
      check(samePredikat(pm?.[1], e.c, spec.rules), `BAB III ${e.row.indikator}: predikat "${pm?.[1]}" vs ${e.p}`);
      counts.numbers++;
      counts.predikat++;
      // the words follow the number and the polaritas
      const st = standing(e);
      const words = first.slice(first.indexOf(m?.[1] ?? ""));
      const inRange =
        Array.isArray(e.row.target) && e.row.realisasi >= e.row.target[0] && e.row.realisasi <= e.row.target[1];
      if (st === "lampau")
        check(/melampaui|terlampaui/.test(words) && !/belum|jauh dari/.test(words), `kata lampau: ${first}`);
      if (st === "tepat") check(!/melampaui|terlampaui|belum|di bawah|jauh dari/.test(words), `kata tepat: ${first}`);
      if (st === "kurang")
        check(/belum|jauh dari|di bawah/.test(words) && !/melampaui|terlampaui/.test(words), `kata kurang: ${first}`);
      if (inRange)
        check(/dalam rentang target/.test(first) && !/tepat mencapai target/.test(first), `rentang: ${first}`);
      if (e.row.pol === "Turun" && st === "kurang")
        check(!/di bawah (rentang )?target/.test(words), `Turun di bawah: ${first}`);
      if (round2(e.c) <= 0 && e.row.target !== 0)
        check(/jauh dari target/.test(words), `capaian ${e.c} harus "jauh dari target": ${first}`);
      counts.words++;
    }
    check(!/baru -/.test(para as string), `BAB III ${e.row.indikator}: capaian negatif disebut "baru"`);
    if (e.row.renstra !== null) {
      const rs = (para as string).split(/\. /).find((x) => /target akhir Renstra/i.test(x));
      check(rs !== undefined, `BAB III ${e.row.indikator}: kalimat Renstra hilang`);
      if (e.renstra !== null) {
        const m = /capaian(?:nya)? (-?[\d.]+,\d\d)%/.exec(rs as string);
        check(same2(m?.[1], e.renstra), `Renstra ${e.row.indikator}: "${rs}" vs ${id2(e.renstra)}`);
        const c = round2(e.renstra);
        if (c > 100) check(/terlampaui/.test(rs as string), `Renstra lampau: ${rs}`);
        else if (c === 100) check(/tercapai/.test(rs as string), `Renstra tepat: ${rs}`);
        else if (c > 0 && c > (spec.rules.batasBawah ?? -Infinity))
          check(/masih diperlukan upaya/.test(rs as string), `Renstra kurang: ${rs}`);
        else check(/jauh dari target akhir/.test(rs as string), `Renstra jauh: ${rs}`);
        counts.numbers++;
        counts.sentences++;
      }
    }
    if (e.held) check(/dibatasi pada|ditetapkan -?\d+%/.test(para as string), `batas tidak disebut: ${para}`);
    // the analysis of causes: printed, or the agency's own section in its place
    if (standing(e) === "kurang") {
      const tag = `lakip:teks-analisis-${e.order}`;
      const hasControl = xml.includes(`<w:tag w:val="${tag}"/>`);
      if (e.row.penghambat === null && e.row.upaya === null) {
        check(hasControl, `${e.row.indikator}: bagian ${tag} tidak ada`);
        check(
          filled.open.teks.some((t) => t.tag === tag),
          `${tag} tidak terdaftar sebagai bagian terbuka`,
        );
        counts.controls++;
      } else {
        check(!hasControl, `${e.row.indikator}: ${tag} padahal analisisnya ada`);
        if (e.row.penghambat !== null)
          check(
            narasi.some((p) => p.includes(`Faktor penghambat: ${e.row.penghambat}`)),
            `penghambat ${e.row.indikator}`,
          );
        if (e.row.upaya !== null)
          check(
            narasi.some((p) => p.includes(`Upaya perbaikan: ${e.row.upaya}`)),
            `upaya ${e.row.indikator}`,
          );
      }
    }
  }

  // the sasaran's capaian in its opening sentence
  for (const x of sasaran) {
    const k = narasi.findIndex((p) => p.endsWith(x.name) && p.startsWith("Sasaran Strategis"));
    const opening = narasi[k + 1] ?? "";
    if (x.c === null) continue;
    const m = /(?:sebesar|kinerja|tercatat) (-?[\d.]+,\d\d)%/.exec(opening);
    check(same2(m?.[1], x.c), `sasaran ${x.name}: "${opening}" vs ${id2(x.c)}`);
    const pm = /predikat ([^,.]+?)(?:,|\.|$)/.exec(opening);
    check(samePredikat(pm?.[1], x.c, spec.rules), `sasaran ${x.name} predikat: ${opening}`);
    counts.numbers++;
    counts.predikat++;
    counts.sentences++;
  }

  // Ikhtisar and Penutup: the organisation's capaian, every miss named with its capaian
  const ikhtisar = paragraphs(control(doc, "lakip:ikhtisar"));
  const penutup = paragraphs(control(doc, "lakip:penutup"));
  const orgSaid = (ps: string[]) =>
    ps.some((p) => {
      const m = /Tahun \d+ sebesar (-?[\d.]+,\d\d)% dengan predikat ([^.]+)\./.exec(p);
      return m !== null && same2(m[1], org as number) && samePredikat(m[2], org, spec.rules);
    });
  if (org !== null) {
    check(orgSaid(ikhtisar), "Ikhtisar: capaian organisasi");
    check(orgSaid(penutup), "Penutup: capaian organisasi");
    counts.numbers += 2;
    counts.sentences += 2;
  }
  const misses = list.filter((e) => standing(e) === "kurang");
  for (const e of misses) {
    for (const [where, ps] of [
      ["Ikhtisar", ikhtisar],
      ["Penutup", penutup],
    ] as const) {
      const b = ps.find((p) => p.includes(`“${e.row.indikator}” pada sasaran`));
      check(b !== undefined, `${where}: ${e.row.indikator} di bawah target tidak disebut`);
      const m = /capaian (-?[\d.]+,\d\d)% \((.+)\)\.$/.exec(b as string);
      check(m !== null && same2(m[1], e.c as number) && samePredikat(m[2], e.c, spec.rules), `${where}: ${b}`);
      counts.numbers++;
      counts.sentences++;
    }
  }
  for (const e of list.filter((x) => standing(x) !== "kurang"))
    check(
      !ikhtisar.some((p) => p.includes(`“${e.row.indikator}” pada sasaran`)),
      `Ikhtisar menyebut ${e.row.indikator} yang tidak di bawah target`,
    );
  const promise = ikhtisar.some((p) => /diuraikan pada BAB III/.test(p));
  const allAnalysed = misses.every((e) => e.row.penghambat !== null || e.row.upaya !== null);
  check(
    promise === (misses.length > 0 && allAnalysed),
    `Ikhtisar: janji BAB III ${promise}, analisis lengkap ${allAnalysed}`,
  );
  counts.sentences++;

  // the whole document: no software word, no promise of text that is not there
  const text = textOf(doc);
  const sw = SOFTWARE.exec(text);
  check(
    sw === null,
    `kata perangkat lunak: ${sw?.[0]} dalam "${text.slice(Math.max(0, (sw?.index ?? 0) - 60), (sw?.index ?? 0) + 40)}"`,
  );
  check(!/diuraikan di bawah ini|sebagai berikut:\s*$/.test(narasi.join("\n")), "janji tanpa isi di BAB III");
  check(!/\b20\d\d \d/.test(text.replace(/\d{4}–\d{4}|\d{4}-\d{4}/g, "")), "angka menempel pada tahun");
  check(!/Dari (\S+) indikator kinerja, \1 indikator/.test(text), "Dari N indikator, N indikator");
}

describe("report oracle: every number and word of the report read back against the spec", () => {
  let template: Buffer;
  beforeAll(async () => {
    template = await buildTemplateDocx("A4");
  });

  test("random workbooks through the real report path", async () => {
    await fc.assert(
      fc.asyncProperty(specArb, async (spec) => {
        await checkWorkbook(spec, template);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // for the record (the integrator quotes these)
    console.log(
      `report oracle: ${counts.workbooks} workbooks, ${counts.numbers} numbers, ${counts.predikat} predikat, ` +
        `${counts.sentences} sentences, ${counts.words} direction words, ${counts.controls} analysis sections checked`,
    );
    expect(counts.workbooks).toBeGreaterThanOrEqual(RUNS);
  }, 600000);
});
