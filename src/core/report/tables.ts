/**
 * The report's tables as WordprocessingML: caption above ("Tabel 3.1 ..."), the table, and the
 * "Sumber: ..." line below, all inside the control. Numbers are right-aligned in id-ID notation;
 * the sasaran cell spans its indicators (w:vMerge); header rows repeat on every page.
 */
import type { IndikatorDetail, PredikatScale } from "../model";
import { formatNumber, formatTarget } from "../format/number";
import { perubahan } from "./measures";
import { DEFAULT_SCALE } from "../compute/predikat";
import { TANPA_RIWAYAT } from "./directionWords";
import { programRows } from "../compute/anggaranGroups";
import { renderAnggaranNarasi } from "./anggaranNarrative";
import { riwayatOf, tahunLaluOf, tahunText, type ReportContext } from "./context";
import {
  field,
  headedTable,
  oneLine,
  paragraph,
  tableParts,
  type Body,
  type CellSpec,
  type Inline,
  type RowSpec,
} from "./xml";
import { widthForWords } from "./textWidth";
import { fitColumns } from "./columns";
import { pkAnnexTableParts } from "../pk/annex";
import { renderPkSigned } from "../pk/reportSide";
import { keepTail, keepTailAfter } from "./keep";

/** Text width of A4 with 3 cm + 2 cm margins, in twips; the tables are laid out to it. */
export const TEXT_WIDTH = 9071;

/** Table numbers per chapter: BAB II tables are 2.x, BAB III 3.x. */
export const TABLE_NUMBERS = {
  "lakip:tabel-pk": { bab: 2, n: 1 },
  "lakip:tabel-pengukuran": { bab: 3, n: 1 },
  "lakip:tabel-perbandingan": { bab: 3, n: 2 },
  "lakip:tabel-renstra": { bab: 3, n: 3 },
  "lakip:tabel-efisiensi": { bab: 3, n: 4 },
  "lakip:tabel-anggaran": { bab: 3, n: 5 },
} as const;

type TableTag = keyof typeof TABLE_NUMBERS;

/**
 * "Tabel 3.1 Pengukuran Kinerja ...": numbered per chapter by the tag's fixed place in the
 * official outline (TABLE_NUMBERS), so each control renders on its own and stays stable.
 */
export function caption(tag: TableTag, title: string): string {
  const { bab, n } = TABLE_NUMBERS[tag];
  // "Tabel 3." + a SEQ Tabel field (restarted at 1 for the first table of a chapter), so that
  // Word's and LibreOffice's Daftar Tabel (TOC \c "Tabel") list it
  return paragraph(
    [`Tabel ${bab}.`, field(`SEQ Tabel ${n === 1 ? "\\r 1 " : ""}\\* ARABIC`, String(n)), ` ${oneLine(title)}`],
    {
      style: "Caption",
      keepNext: true,
    },
  );
}

/** The Polaritas mark after an indicator's name in the tables: ↓ for Turun (legend under the table). */
export const TURUN_MARK = " (↓)";

export function sumber(text: string): string {
  return paragraph(`Sumber: ${oneLine(text)}`, { style: "Sumber" });
}

function note(text: string): string {
  return paragraph(text, { style: "Sumber" });
}

function headerRow(titles: string[]): RowSpec {
  return { header: true, cells: titles.map((t) => ({ content: t })) };
}

const right = (content: string): CellSpec => ({ content, align: "right" });
const center = (content: string): CellSpec => ({ content, align: "center" });
const left = (content: string): CellSpec => ({ content: oneLine(content) });

function instansiText(ctx: ReportContext): string {
  return ctx.analysis.identitas.instansi ? oneLine(ctx.analysis.identitas.instansi) : "instansi";
}

/** A sasaran with at most this many indicators fits on one page: its cells are merged and its rows kept together. */
export const MERGE_MAX_ROWS = 8;

/**
 * Rows of indicators grouped under their sasaran, as published LKjIPs print them: the No and
 * Sasaran cells merged down over the sasaran's indicators, and every row but the last kept with
 * the next, so the sasaran stays on one page. A sasaran too long for one page (more than
 * MERGE_MAX_ROWS indicators) is not merged, since a merged cell shows blank on the next page:
 * its first row prints No and name and the next rows repeat them small and grey (TabelUlang),
 * so a row never leaves its sasaran unnamed.
 */
function groupedRows(ctx: ReportContext, cellsOf: (i: IndikatorDetail) => CellSpec[]): RowSpec[] {
  const rows: RowSpec[] = [];
  let no = 0;
  for (const g of ctx.groups) {
    if (g.indikator.length === 0) continue;
    no++;
    const name = oneLine(g.result.sasaran);
    const n = g.indikator.length;
    const merge = n > 1 && n <= MERGE_MAX_ROWS;
    g.indikator.forEach((ind, k) => {
      const first = k === 0;
      let lead: CellSpec[];
      if (merge) {
        const vMerge = first ? "restart" : "continue";
        lead = [
          { content: first ? String(no) : "", align: "center", vMerge },
          { content: first ? name : "", vMerge },
        ];
      } else if (first) {
        lead = [{ content: String(no), align: "center" }, { content: name }];
      } else {
        lead = [
          { content: String(no), style: "TabelUlang" },
          { content: name, style: "TabelUlang" },
        ];
      }
      rows.push({ keepWithNext: merge && k < n - 1, cells: [...lead, ...cellsOf(ind)] });
    });
  }
  return rows;
}

/** A table of at most this many body rows is kept on one page (with its caption), not split. */
export const KEEP_TOGETHER_MAX_ROWS = 10;

/**
 * Page-break rules on top of the rows' own: a short table (KEEP_TOGETHER_MAX_ROWS body rows or
 * fewer) moves to the next page whole instead of leaving its caption, header and one row at the
 * foot of a page; a longer one keeps its header and first two body rows together.
 */
function keepRows(rows: RowSpec[]): RowSpec[] {
  const body = rows.filter((r) => !r.header).length;
  let bodySeen = 0;
  return rows.map((r) => {
    if (r.header) return { ...r, keepWithNext: true };
    bodySeen++;
    return body <= KEEP_TOGETHER_MAX_ROWS || bodySeen <= 1 ? { ...r, keepWithNext: true } : r;
  });
}

function indikatorName(i: IndikatorDetail): string {
  return oneLine(i.indikator) + (i.polaritas === "Turun" ? TURUN_MARK : "");
}

function polaritasNote(ctx: ReportContext): string {
  if (!ctx.analysis.indikator.some((i) => i.polaritas === "Turun")) return "";
  const rumus =
    ctx.analysis.pengaturan?.rumusTurun === "T / R"
      ? "target / realisasi × 100%"
      : "(2 × target − realisasi) / target × 100%";
  return note(
    `(↓) Indikator berpolaritas Turun: semakin kecil realisasi semakin baik, sehingga realisasi yang lebih rendah dari target memberi capaian di atas 100%; capaiannya dihitung ${rumus}.`,
  );
}

function batasNote(ctx: ReportContext): string {
  const batas = ctx.analysis.pengaturan?.batasCapaian ?? null;
  const floor = ctx.analysis.pengaturan?.batasBawahCapaian ?? null;
  let out = "";
  if (batas !== null)
    out += note(
      `Capaian di atas ${formatNumber(batas)}% dibatasi menjadi ${formatNumber(batas)}% (batas atas capaian yang ditetapkan instansi), baik pada tabel, rata-rata, maupun predikat.`,
    );
  if (floor !== null)
    out += note(
      `Capaian di bawah ${formatNumber(floor)}% ditetapkan ${formatNumber(floor)}% (batas bawah capaian yang ditetapkan instansi), baik pada tabel, rata-rata, maupun predikat.`,
    );
  return out;
}

function scaleText(scale: PredikatScale): string {
  const parts: string[] = [];
  scale.bands.forEach((b, k) => {
    const upper = k > 0 ? scale.bands[k - 1].min : null;
    const lo = b.min === null ? null : formatNumber(b.min);
    const hi = upper === null ? null : formatNumber(upper);
    let range: string;
    if (lo !== null && hi !== null) range = `${lo} ≤ C < ${hi}`;
    else if (lo !== null) range = `C ≥ ${lo}`;
    else if (hi !== null) range = `C < ${hi}`;
    else range = "semua nilai";
    parts.push(`${b.predikat} (${range})`);
  });
  // the agency's own scale is named as such, never by where it was typed (no workbook words in the document)
  const name =
    scale.name === DEFAULT_SCALE.name ? `menurut ${DEFAULT_SCALE.name}` : "menurut skala yang ditetapkan instansi";
  return `Predikat ${name}: ${parts.join("; ")}; C = capaian (%).`;
}

export function renderTabelPk(ctx: ReportContext): Body {
  const t = ctx.tahun;
  const head = caption("lakip:tabel-pk", `Perjanjian Kinerja ${instansiText(ctx)} ${tahunText(t)}`);
  if (ctx.analysis.indikator.length === 0) return head + paragraph("Belum ada indikator kinerja yang diukur.");
  // the same table as the Kepala's PK annex (spec 5.2)
  const groups = ctx.groups.map((g) => ({ sasaran: g.result.sasaran, indikator: g.indikator }));
  const annex = pkAnnexTableParts(groups, TEXT_WIDTH);
  const rest =
    sumber(`Dokumen Perjanjian Kinerja ${tahunText(t)}.`) + polaritasNote(ctx) + renderPkSigned(ctx.analysis);
  return annex.length === 0 ? keepTail(head + rest) : keepTailAfter(headedTable(head, annex), rest);
}

/** Whether Tabel 3.1 shows the realisasi per quarter: some indicator has a Realisasi TW (spec 5.1). */
export function pengukuranHasQuarters(a: ReportContext["analysis"]): boolean {
  return a.indikator.some((i) => i.kuartal?.realisasi.some((v) => v !== null && v !== undefined) ?? false);
}

/**
 * Tabel 3.1's two header rows with quarters: "Realisasi per Triwulan" over TW I ... TW IV, the
 * other headers spanning both rows. Short quarter headers keep every word of the table whole.
 */
function quarterHeaderRows(): RowSpec[] {
  const both = (content: string): CellSpec => ({ content, vMerge: "restart" });
  const under: CellSpec = { content: "", vMerge: "continue" };
  const lead = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"];
  const tail = ["Realisasi Tahun", "Capaian (%)", "Predikat"];
  return [
    { header: true, cells: [...lead.map(both), { content: "Realisasi per Triwulan", span: 4 }, ...tail.map(both)] },
    {
      header: true,
      cells: [
        ...lead.map(() => under),
        ...["TW I", "TW II", "TW III", "TW IV"].map((content) => ({ content })),
        ...tail.map(() => under),
      ],
    },
  ];
}

/** A quarter's realisasi as Tabel 3.1 prints it (id-ID, as typed); "-" where the unit reported none. */
function quarterCells(i: IndikatorDetail): CellSpec[] {
  return [0, 1, 2, 3].map((q) => {
    const v = i.kuartal?.realisasi[q];
    return right(v === null || v === undefined ? "-" : formatNumber(v));
  });
}

export function renderTabelPengukuran(ctx: ReportContext): Body {
  const a = ctx.analysis;
  const head = caption("lakip:tabel-pengukuran", `Pengukuran Kinerja ${instansiText(ctx)} ${tahunText(ctx.tahun)}`);
  if (a.indikator.length === 0) return head + paragraph("Belum ada indikator kinerja yang diukur.");
  // With quarters, the realisasi of each quarter stands between the target and the year's
  // realisasi; without them the table is exactly the year's (same columns, same widths).
  const quarters = pengukuranHasQuarters(a);
  const rows: RowSpec[] = [
    ...(quarters
      ? quarterHeaderRows()
      : [
          headerRow([
            "No",
            "Sasaran Strategis",
            "Indikator Kinerja",
            "Satuan",
            "Target",
            "Realisasi",
            "Capaian (%)",
            "Predikat",
          ]),
        ]),
    ...groupedRows(ctx, (i) => [
      left(indikatorName(i)),
      center(oneLine(i.satuan)),
      right(i.targetText),
      ...(quarters ? quarterCells(i) : []),
      right(i.realisasiText),
      right(i.capaian === null ? "-" : formatNumber(i.capaian, 2)),
      center(i.predikat ?? "-"),
    ]),
    {
      total: true,
      cells: [
        { content: "Capaian Kinerja Organisasi (rata-rata capaian sasaran)", span: quarters ? 10 : 6, align: "left" },
        right(a.organisasi.capaian === null ? "-" : formatNumber(a.organisasi.capaian, 2)),
        center(a.organisasi.predikat ?? "-"),
      ],
    },
  ];
  const base = quarters ? PENGUKURAN_TW_WIDTHS : [454, 1850, 2087, 920, 800, 1020, 960, 980];
  const body = headedTable(head, tableParts({ ...fitColumns(rows, base), rows: keepRows(rows) }));
  let out =
    sumber(`Data capaian kinerja sekretariat dan bidang ${tahunText(ctx.tahun)}, diolah.`) +
    polaritasNote(ctx) +
    batasNote(ctx) +
    note(scaleText(a.scale));
  if (quarters)
    out += note(
      "Realisasi per Triwulan (TW I s.d. TW IV): realisasi masing-masing triwulan seperti dilaporkan unit (tanda “-”: tidak dilaporkan); Realisasi Tahun: realisasi setahun, yang bila tidak diisi tersendiri dihimpun dari triwulannya menurut cara akumulasi indikator (jumlah, nilai triwulan terakhir, atau rata-rata).",
    );
  const notComputed = a.indikator.filter((i) => i.capaian === null).length;
  if (notComputed > 0)
    out += note(
      `Tanda “-”: capaian tidak dapat dihitung (target 0 dengan polaritas Naik); ${formatNumber(notComputed)} indikator tidak diikutkan dalam rata-rata.`,
    );
  return keepTailAfter(body, out);
}

/** Tabel 3.1's designed widths with the four quarter columns (twips, summing to TEXT_WIDTH). */
const PENGUKURAN_TW_WIDTHS = [400, 1400, 1650, 700, 650, 560, 560, 560, 560, 760, 640, 631];

/** The earlier years shown in the comparison table: every year any indicator has, at most the last five. */
export function yearsShown(ctx: ReportContext): (number | null)[] {
  const set = new Set<number | null>();
  for (const i of ctx.analysis.indikator) for (const r of riwayatOf(i, ctx.tahun)) set.add(r.tahun);
  const list = [...set].sort((a, b) => (a ?? 0) - (b ?? 0));
  return list.slice(Math.max(0, list.length - 5));
}

/**
 * From this many year columns (four earlier years and this one) the comparison table folds
 * Keterangan into Perubahan ("+2,75" over "Naik (membaik)"), so that the Indikator and Satuan
 * columns keep room for their words.
 */
export const PERBANDINGAN_FOLD_YEARS = 5;

/**
 * The Indikator Kinerja column of the comparison table is never narrower than this (twips), nor
 * than its longest word up to NAME_WORD_MAX_WIDTH.
 */
export const NAME_MIN_WIDTH = 1500;
const NAME_WORD_MAX_WIDTH = 2400;

/** The text of a cell as it prints (line breaks kept). */
function cellText(c: CellSpec): string {
  const list: readonly Inline[] = Array.isArray(c.content) ? c.content : [c.content as Inline];
  return list.map((x) => (typeof x === "string" ? x : "raw" in x ? "" : x.text)).join("");
}

/**
 * Font size and column widths of the comparison table (No, Indikator, Satuan, one column per
 * year, Perubahan, Keterangan; from five year columns Keterangan is folded into Perubahan, see
 * PERBANDINGAN_FOLD_YEARS). The table font shrinks with the number of year columns (10 pt
 * for up to two, 8 pt for up to five, 7 pt for six: five earlier years and this one); every
 * column but Indikator is as wide as its longest word (header bold, body regular), so "Realisasi"
 * and "2022" break between words and "(100,00%)" never splits; the year columns share one width;
 * Indikator, whose names wrap between words, takes the rest of the text width. When the contents
 * are too wide for that (a very long satuan or realisasi text), those columns give up width
 * proportionally, never below their header's longest word.
 */
export function perbandinganLayout(rows: RowSpec[], yearCols: number): { widths: number[]; fontSize: number } {
  const fontSize = yearCols <= 2 ? 20 : yearCols <= 5 ? 16 : 14;
  const cols = rows[0].cells.length;
  const header = rows[0].cells.map(cellText);
  const body = rows.slice(1);
  const min: number[] = [];
  const want: number[] = [];
  for (let c = 0; c < cols; c++) {
    const h = widthForWords([header[c] ?? ""], fontSize, true);
    min.push(h);
    want.push(
      Math.max(
        h,
        widthForWords(
          body.map((r) => (r.cells[c] ? cellText(r.cells[c]) : "")),
          fontSize,
        ),
      ),
    );
  }
  const yearIdx = Array.from({ length: yearCols }, (_, k) => 3 + k);
  const yearMin = Math.max(...yearIdx.map((c) => min[c]));
  const yearWant = Math.max(...yearIdx.map((c) => want[c]));
  for (const c of yearIdx) {
    min[c] = yearMin;
    want[c] = yearWant;
  }
  const others = Array.from({ length: cols }, (_, c) => c).filter((c) => c !== 1);
  const room = TEXT_WIDTH - Math.max(NAME_MIN_WIDTH, Math.min(NAME_WORD_MAX_WIDTH, want[1]));
  const wantSum = others.reduce((s, c) => s + want[c], 0);
  const widths = Array<number>(cols).fill(0);
  if (wantSum <= room) for (const c of others) widths[c] = want[c];
  else {
    const minSum = others.reduce((s, c) => s + min[c], 0);
    const share = Math.max(0, room - minSum) / Math.max(1, wantSum - minSum);
    for (const c of others) widths[c] = Math.floor(min[c] + (want[c] - min[c]) * Math.min(1, share));
    // the year columns stay equal
    const y = Math.min(...yearIdx.map((c) => widths[c]));
    for (const c of yearIdx) widths[c] = y;
  }
  widths[1] = TEXT_WIDTH - others.reduce((s, c) => s + widths[c], 0);
  return { widths, fontSize };
}

/**
 * One year of an indicator in Tabel 3.2: its target (T), realisasi (R) and capaian in brackets,
 * one per line; a year without a target shows its realisasi and no capaian.
 */
function yearCell(target: string | null, realisasi: string, capaian: number | null): string {
  const lines = [target === null ? null : `T ${target}`, `R ${realisasi}`];
  if (capaian !== null) lines.push(`(${formatNumber(capaian, 2)}%)`);
  return lines.filter((l): l is string => l !== null).join("\n");
}

export function renderTabelPerbandingan(ctx: ReportContext): Body {
  const t = ctx.tahun;
  const years = yearsShown(ctx);
  const ini = t === null ? "Tahun Ini" : String(t);
  const head = caption(
    "lakip:tabel-perbandingan",
    years.length === 0
      ? "Perbandingan Realisasi Kinerja dengan Tahun Sebelumnya"
      : t === null || years.some((y) => y === null)
        ? "Perbandingan Realisasi Kinerja dengan Tahun Sebelumnya"
        : `Perbandingan Realisasi Kinerja Tahun ${years.length === 1 ? years[0] : `${years[0]}–${t - 1}`} dan ${t}`,
  );
  const list = ctx.groups.flatMap((g) => g.indikator);
  const fold = years.length + 1 >= PERBANDINGAN_FOLD_YEARS;
  if (years.length === 0) return head + paragraph(TANPA_RIWAYAT);
  const rows: RowSpec[] = [
    headerRow([
      "No",
      "Indikator Kinerja",
      "Satuan",
      ...years.map((y) => (y === null ? "Tahun Lalu" : `Tahun ${y}`)),
      t === null ? "Tahun Ini" : `Tahun ${ini}`,
      "Perubahan",
      ...(fold ? [] : ["Keterangan"]),
    ]),
  ];
  let no = 0;
  for (const i of list) {
    no++;
    const hist = riwayatOf(i, t);
    const last = tahunLaluOf(i, t);
    const p = last === null ? null : perubahan(i.polaritas, i.realisasi, last.realisasi);
    const selisih = p === null ? "" : p.selisih > 0 ? "+" + formatNumber(p.selisih) : formatNumber(p.selisih);
    const ket =
      p === null
        ? "-"
        : p.arah === "tetap"
          ? "Tetap"
          : `${p.arah === "naik" ? "Naik" : "Turun"} (${p.membaik ? "membaik" : "memburuk"})`;
    rows.push({
      cells: [
        center(String(no)),
        left(indikatorName(i)),
        center(oneLine(i.satuan)),
        ...years.map((y) => {
          const r = hist.find((h) => h.tahun === y);
          if (!r) return right("-");
          return right(
            yearCell(r.target === null ? null : formatTarget(r.target), formatNumber(r.realisasi), r.capaian),
          );
        }),
        right(yearCell(i.targetText, i.realisasiText, i.capaian)),
        ...(fold
          ? [center(p === null ? "-" : `${selisih}\n${ket}`)]
          : [right(p === null ? "-" : selisih), center(ket)]),
      ],
    });
  }
  const layout = perbandinganLayout(rows, years.length + 1);
  return keepTailAfter(
    headedTable(head, tableParts({ ...fitColumns(rows, layout.widths, layout.fontSize), rows: keepRows(rows) })),
    sumber(
      `Data realisasi kinerja ${years.length > 1 ? "tahun-tahun sebelumnya" : tahunText(t, -1)} dan ${tahunText(t)}, diolah.`,
    ) +
      note(
        "T: target, R: realisasi, angka dalam kurung: capaian (%) tahun itu. Perubahan realisasi dihitung terhadap tahun sebelumnya; membaik/memburuk menurut polaritas indikator: untuk polaritas Turun (↓), penurunan realisasi berarti kinerja membaik.",
      ),
  );
}

export function renderTabelRenstra(ctx: ReportContext): Body {
  const periode = ctx.analysis.identitas.periodeRenstra
    ? ` Periode ${oneLine(ctx.analysis.identitas.periodeRenstra)}`
    : "";
  const head = caption("lakip:tabel-renstra", `Capaian Kinerja terhadap Target Akhir Renstra${periode}`);
  const list = ctx.groups.flatMap((g) => g.indikator).filter((i) => i.targetAkhirRenstra !== null);
  if (list.length === 0)
    return (
      head +
      paragraph(
        "Target akhir Renstra belum tersedia, sehingga perbandingan dengan target akhir Renstra belum dapat disajikan.",
      )
    );
  const rows: RowSpec[] = [
    headerRow([
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Target Akhir Renstra",
      `Realisasi ${ctx.tahun ?? ""}`.trim(),
      "Capaian thd. Target Akhir (%)",
    ]),
  ];
  list.forEach((i, k) => {
    const c = i.capaianRenstra;
    rows.push({
      cells: [
        center(String(k + 1)),
        left(indikatorName(i)),
        center(oneLine(i.satuan)),
        right(formatNumber(i.targetAkhirRenstra as number)),
        right(i.realisasiText),
        right(c === null ? "-" : formatNumber(c, 2)),
      ],
    });
  });
  return keepTailAfter(
    headedTable(head, tableParts({ ...fitColumns(rows, [454, 3316, 1050, 1417, 1417, 1417]), rows: keepRows(rows) })),
    sumber(`Rencana Strategis${periode} dan data realisasi ${tahunText(ctx.tahun)}, diolah.`),
  );
}

export function renderTabelEfisiensi(ctx: ReportContext): Body {
  const head = caption("lakip:tabel-efisiensi", `Efisiensi Penggunaan Sumber Daya per Sasaran ${tahunText(ctx.tahun)}`);
  const list = ctx.analysis.efisiensi;
  if (list.length === 0) return head + paragraph("Belum ada sasaran strategis yang diukur.");
  const rows: RowSpec[] = [
    headerRow([
      "No",
      "Sasaran Strategis",
      "Capaian Kinerja (%)",
      "Serapan Anggaran (%)",
      "Efisiensi (poin)",
      "Kategori",
    ]),
  ];
  list.forEach((e, k) => {
    rows.push({
      cells: [
        center(String(k + 1)),
        left(e.sasaran),
        right(e.capaian === null ? "-" : formatNumber(e.capaian, 2)),
        right(e.serapan === null ? "-" : formatNumber(e.serapan, 2)),
        right(e.efisiensi === null ? "-" : (e.efisiensi > 0 ? "+" : "") + formatNumber(e.efisiensi, 2)),
        center(e.kategori ?? "-"),
      ],
    });
  });
  return keepTailAfter(
    headedTable(head, tableParts({ ...fitColumns(rows, [454, 3515, 1247, 1247, 1247, 1361]), rows: keepRows(rows) })),
    sumber(`Data capaian kinerja dan realisasi anggaran ${tahunText(ctx.tahun)}, diolah.`) +
      note(
        "Efisiensi = capaian kinerja dikurangi serapan anggaran (poin persentase): di atas +5 Efisien, -5 sampai +5 Cukup Efisien, di bawah -5 Tidak Efisien; “-” bila tidak ada program/kegiatan yang dikaitkan dengan sasaran itu.",
      ),
  );
}

/**
 * Widths of the budget table (No, Program/Kegiatan, Pagu, Realisasi, Serapan): the two rupiah
 * columns are at least 1644 twips and grow to hold their longest amount on one line (bold, for
 * the Jumlah row), up to 2400 (trillions); Program/Kegiatan takes the rest.
 */
export function anggaranWidths(rows: RowSpec[]): number[] {
  const amounts = rows.slice(1).flatMap((r) => r.cells.filter((c) => c.align === "right").map(cellText));
  const rp = Math.min(2400, Math.max(1644, widthForWords(amounts, 20, true)));
  return [454, TEXT_WIDTH - 454 - 2 * rp - 1360, rp, rp, 1360];
}

export function renderTabelAnggaran(ctx: ReportContext): Body {
  const head = caption("lakip:tabel-anggaran", `Realisasi Anggaran per Program/Kegiatan ${tahunText(ctx.tahun)}`);
  const list = ctx.analysis.anggaran;
  if (list.length === 0)
    return (
      head + paragraph("Data realisasi anggaran belum tersedia, sehingga realisasi anggaran belum dapat disajikan.")
    );
  const rows: RowSpec[] = [headerRow(["No", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"])];
  // the Jumlah row adds programs only: a kegiatan row is detail of its program (spec 2.3)
  const programs = programRows(list);
  const pagu = programs.reduce((s, a) => s + a.pagu, 0);
  const realisasi = programs.reduce((s, a) => s + a.realisasi, 0);
  list.forEach((a, k) => {
    rows.push({
      cells: [
        center(String(k + 1)),
        left(a.program),
        right(formatNumber(a.pagu, 0)),
        right(formatNumber(a.realisasi, 0)),
        right(a.serapan === null ? "-" : formatNumber(a.serapan, 2)),
      ],
    });
  });
  rows.push({
    total: true,
    cells: [
      { content: "Jumlah", span: 2, align: "center" },
      right(formatNumber(pagu, 0)),
      right(formatNumber(realisasi, 0)),
      right(pagu === 0 ? "-" : formatNumber((realisasi / pagu) * 100, 2)),
    ],
  });
  return keepTailAfter(
    headedTable(head, tableParts({ ...fitColumns(rows, anggaranWidths(rows)), rows: keepRows(rows) })),
    sumber(`Data realisasi anggaran ${tahunText(ctx.tahun)}, diolah.`) +
      (programs.length < list.length
        ? note("Baris kegiatan merupakan rincian program di atasnya dan tidak dijumlahkan lagi pada baris Jumlah.")
        : "") +
      renderAnggaranNarasi(list),
  );
}
