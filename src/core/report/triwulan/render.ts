/**
 * The quarterly report, "Laporan Capaian Kinerja Triwulan N Tahun YYYY" (spec 5.1), rendered from
 * an analysis read for quarter N (`analyzeWorkbook(grid, { triwulan: N })`): per sasaran each
 * indicator's target of the year, target and realisasi s.d. TW N, capaian s.d. TW N and predikat,
 * progress towards the year (`Jumlah`), the Rencana Aksi of quarter N and N + 1 and the Kendala of
 * quarter N; serapan anggaran s.d. TW N per program; a chart of capaian per sasaran s.d. TW N.
 * Every capaian goes through the one capaian function (src/core/compute/quarters.ts). Pure and
 * deterministic; the LAKIP's own building blocks (tables, captions, charts, signature) are reused.
 */
import type { Analysis, IndikatorDetail } from "../../model";
import { indikatorToDate, serapanToDate } from "../../compute/quarters";
import { mean } from "../../compute/capaian";
import { predikatOf } from "../../compute/predikat";
import { formatNumber, formatPercent, formatTarget, roundHalfAway } from "../../format/number";
import { romanQuarter, type Quarter } from "../../read/quarterColumns";
import { buildContext, kutip, rupiah, withSatuan, type SasaranGroup } from "../context";
import { renderTandaTangan } from "../narrative";
import { chartPart, chartParagraph, type ChartPart, type ChartSpec } from "../chart";
import { TEXT_WIDTH, TURUN_MARK, sumber } from "../tables";
import { oneLine, paragraph, table, type CellSpec, type RowSpec } from "../xml";
import type { TwTag } from "./tags";

export interface TriwulanRenderOptions {
  /** The date under the signature (default: today). */
  tanggal?: Date;
}

export interface RenderedTriwulan {
  controls: Record<TwTag, string>;
  charts: ChartPart[];
}

/** What a quarter's report says of one indicator. */
interface Row {
  i: IndikatorDetail;
  targetSd: ReturnType<typeof indikatorToDate>["targetSd"];
  realisasiSd: number | null;
  capaianSd: number | null;
  progres: number | null;
  predikat: string | null;
}

const body = (text: string) => paragraph(text, { style: "IsiLaporan" });
const bullet = (text: string) => paragraph(`–\t${text}`, { style: "Butir", align: "left" });

function twText(n: Quarter): string {
  return `Triwulan ${romanQuarter(n)}`;
}

/**
 * "Tabel 2.1 ..." as plain text: the quarterly report has no Daftar Tabel to feed, and LibreOffice
 * shows a SEQ field at the head of a table's control by its code, not its number.
 */
function caption(kind: "Tabel" | "Grafik", bab: number, k: number, title: string): string {
  return paragraph(`${kind} ${bab}.${k} ${oneLine(title)}`, { style: "Caption", keepNext: kind === "Tabel" });
}

function rowsOf(analysis: Analysis, g: SasaranGroup, n: Quarter): Row[] {
  return g.indikator.map((i) => {
    const sd = indikatorToDate(i, n, analysis.pengaturan);
    return { i, ...sd, predikat: predikatOf(sd.capaianSd, analysis.scale) };
  });
}

/**
 * A figure s.d. TW N: accumulated (a Rata-rata can be 3,6666…), not typed, so shown with at most
 * two decimals (rounded half away from zero, trailing zeros dropped: 3,67; 8; 85,5).
 */
function sdNumber(x: number): string {
  return formatNumber(x, 2).replace(/,?0+$/, "");
}

function sdTarget(t: number | readonly [number, number]): string {
  return typeof t === "number" ? sdNumber(t) : `${sdNumber(t[0])} - ${sdNumber(t[1])}`;
}

function valueText(v: number | null, satuan: string): string {
  return v === null ? "-" : withSatuan(sdNumber(v), satuan);
}

/** The capaian s.d. TW N of a sasaran: the mean of its indicators' (those that can be computed). */
function sasaranCapaian(rows: readonly Row[]): number | null {
  return mean(rows.map((r) => r.capaianSd));
}

function renderIdentitas(analysis: Analysis, n: Quarter): string {
  const id = analysis.identitas;
  const tahun = id.tahun === null ? "" : ` TAHUN ${id.tahun}`;
  return (
    paragraph("LAPORAN CAPAIAN KINERJA", { style: "Title" }) +
    paragraph(`TRIWULAN ${romanQuarter(n)}${tahun}`, { style: "Title" }) +
    paragraph(
      `(Januari s.d. ${["Maret", "Juni", "September", "Desember"][n - 1]}${id.tahun === null ? "" : ` ${id.tahun}`})`,
      {
        style: "Sampul",
      },
    ) +
    [id.instansi, id.pemerintahDaerah]
      .filter((x): x is string => !!x)
      .map((x, k) =>
        paragraph(oneLine(x).toUpperCase(), { style: "SampulIdentitas", before: k === 0 ? 1134 : undefined }),
      )
      .join("")
  );
}

function renderKepalaHalaman(analysis: Analysis, n: Quarter): string {
  const id = analysis.identitas;
  const parts = [
    `Laporan Capaian Kinerja ${twText(n)}`,
    id.instansi ? oneLine(id.instansi) : "",
    id.tahun === null ? "" : `Tahun ${id.tahun}`,
  ];
  return paragraph(parts.filter(Boolean).join(" "), { style: "Header" });
}

function renderTabelCapaian(analysis: Analysis, groups: readonly SasaranGroup[], n: Quarter): string {
  const sd = `s.d. TW ${romanQuarter(n)}`;
  const widths = [454, 2552, 850, 907, 964, 964, 964, 1134, 1282];
  const scale = TEXT_WIDTH / widths.reduce((a, b) => a + b, 0);
  const w = widths.map((x) => Math.floor(x * scale));
  const head: RowSpec = {
    header: true,
    cells: [
      "No",
      "Sasaran Strategis / Indikator Kinerja",
      "Satuan",
      "Target Tahun",
      `Target ${sd}`,
      `Realisasi ${sd}`,
      `Capaian ${sd} (%)`,
      "Predikat",
      "Kemajuan terhadap Target Tahun (%)",
    ].map((t) => ({ content: t })),
  };
  const rows: RowSpec[] = [head];
  let turun = false;
  groups.forEach((g, k) => {
    const list = rowsOf(analysis, g, n);
    const c = sasaranCapaian(list);
    rows.push({
      keepWithNext: true,
      cells: [
        { content: String(k + 1), align: "center", bold: true, shade: "F2F2F2" },
        { content: oneLine(g.result.sasaran), bold: true, shade: "F2F2F2", span: 5 },
        { content: c === null ? "-" : formatPercent(c), align: "right", bold: true, shade: "F2F2F2" },
        { content: predikatOf(c, analysis.scale) ?? "-", align: "center", bold: true, shade: "F2F2F2" },
        { content: "", shade: "F2F2F2" },
      ],
    });
    list.forEach((r, j) => {
      if (r.i.polaritas === "Turun") turun = true;
      const right = (content: string): CellSpec => ({ content, align: "right" });
      rows.push({
        cells: [
          { content: `${k + 1}.${j + 1}`, align: "center" },
          { content: oneLine(r.i.indikator) + (r.i.polaritas === "Turun" ? TURUN_MARK : "") },
          { content: oneLine(r.i.satuan), align: "center" },
          right(formatTarget(r.i.target)),
          right(r.targetSd === null ? "-" : sdTarget(r.targetSd)),
          right(r.realisasiSd === null ? "-" : sdNumber(r.realisasiSd)),
          right(r.capaianSd === null ? "-" : formatPercent(r.capaianSd).replace("%", "")),
          { content: r.predikat ?? "-", align: "center" },
          right(r.progres === null ? "-" : formatPercent(r.progres).replace("%", "")),
        ],
      });
    });
  });
  return (
    caption("Tabel", 2, 1, `Capaian Kinerja s.d. ${twText(n)} ${analysis.identitas.tahun ?? ""}`.trim()) +
    table({ widths: w, rows, fontSize: 18 }) +
    sumber(
      `Data pengukuran kinerja sekretariat dan bidang, diolah.${turun ? " (↓) polaritas Turun: makin rendah makin baik." : ""} Kemajuan terhadap target tahun hanya untuk indikator yang triwulannya dijumlahkan.`,
    )
  );
}

function renderGrafik(
  analysis: Analysis,
  groups: readonly SasaranGroup[],
  n: Quarter,
): { xml: string; spec: ChartSpec | null } {
  const points = groups
    .map((g, k) => ({ k, c: sasaranCapaian(rowsOf(analysis, g, n)), name: g.result.sasaran }))
    .filter((p) => p.c !== null);
  if (points.length === 0)
    return { xml: body(`Belum ada capaian sasaran s.d. ${twText(n)} yang dapat digambarkan.`), spec: null };
  const spec: ChartSpec = {
    n: 1,
    kind: "bar",
    categories: points.map((p) => {
      const t = `SS ${p.k + 1}. ${oneLine(p.name)}`;
      return t.length > 100 ? t.slice(0, 99) + "…" : t;
    }),
    series: [
      {
        name: `Capaian s.d. TW ${romanQuarter(n)} (%)`,
        values: points.map((p) => roundHalfAway(p.c as number, 2)),
        color: "2F5597",
      },
    ],
    numFmt: "0.00",
    cx: 5760000,
    cy: Math.min(7200000, 900000 + points.length * 420000),
    fromZero: true,
  };
  return {
    xml:
      chartParagraph(spec, "Grafik 2.1") +
      caption("Grafik", 2, 1, `Capaian Kinerja per Sasaran Strategis s.d. ${twText(n)}`) +
      paragraph("Sumber: Tabel 2.1, diolah. SS = Sasaran Strategis.", { style: "Sumber" }),
    spec,
  };
}

function capaianWords(c: number): string {
  const shown = roundHalfAway(c, 2);
  return shown > 100 ? "melampaui target" : shown === 100 ? "tepat mencapai target" : "belum mencapai target";
}

function renderNarasi(analysis: Analysis, groups: readonly SasaranGroup[], n: Quarter): string {
  if (groups.length === 0) return body("Belum ada sasaran strategis dan indikator kinerja yang diukur.");
  const next = n < 4 ? ((n + 1) as Quarter) : null;
  let out = "";
  groups.forEach((g, k) => {
    const list = rowsOf(analysis, g, n);
    const c = sasaranCapaian(list);
    out += paragraph(`Sasaran Strategis ${k + 1}: ${oneLine(g.result.sasaran)}`, { style: "Heading3" });
    out += body(
      c === null
        ? `Capaian sasaran ini s.d. ${twText(n)} belum dapat dihitung karena tidak ada indikatornya yang memiliki target dan realisasi s.d. triwulan ini.`
        : `Capaian sasaran ini s.d. ${twText(n)} adalah ${formatPercent(c)} (predikat ${predikatOf(c, analysis.scale)}), rata-rata capaian ${list.length} indikatornya.`,
    );
    for (const r of list) {
      const i = r.i;
      let s = `Indikator ${kutip(oneLine(i.indikator))}`;
      if (r.capaianSd === null || r.targetSd === null || r.realisasiSd === null)
        s += ` belum memiliki ${r.targetSd === null ? "target" : "realisasi"} s.d. ${twText(n)}, sehingga capaiannya belum dapat dihitung.`;
      else {
        s += ` mencatat realisasi s.d. ${twText(n)} ${valueText(r.realisasiSd, i.satuan)} dari target s.d. triwulan ini ${withSatuan(sdTarget(r.targetSd), i.satuan)}, capaian ${formatPercent(r.capaianSd)} (${r.predikat}); capaian ini ${capaianWords(r.capaianSd)} triwulan.`;
        if (r.progres !== null)
          s += ` Terhadap target tahun ${withSatuan(formatTarget(i.target), i.satuan)}, realisasi ini baru ${formatPercent(r.progres)}.`;
      }
      out += body(s);
      const k2 = i.kuartal;
      if (k2?.rencanaAksi[n - 1]) out += bullet(`Rencana aksi ${twText(n)}: ${oneLine(k2.rencanaAksi[n - 1]!)}`);
      if (k2?.kendala[n - 1]) out += bullet(`Kendala ${twText(n)}: ${oneLine(k2.kendala[n - 1]!)}`);
      else if (r.capaianSd !== null && roundHalfAway(r.capaianSd, 2) < 100)
        out += bullet(`Kendala ${twText(n)}: belum dituliskan unit pada kolom Kendala TW ${romanQuarter(n)}.`);
      if (next && k2?.rencanaAksi[next - 1])
        out += bullet(`Rencana aksi ${twText(next)}: ${oneLine(k2.rencanaAksi[next - 1]!)}`);
    }
  });
  return out;
}

function renderTabelAnggaran(analysis: Analysis, n: Quarter): string {
  const sd = `s.d. TW ${romanQuarter(n)}`;
  const programs = analysis.anggaran;
  if (programs.length === 0)
    return body("Workbook tidak memuat sheet Anggaran; realisasi anggaran triwulan tidak disajikan.");
  const w = [454, 4082, 1588, 1588, 1359];
  const head: RowSpec = {
    header: true,
    cells: ["No", "Program/Kegiatan", "Pagu (Rp)", `Realisasi ${sd} (Rp)`, `Serapan ${sd} (%)`].map((t) => ({
      content: t,
    })),
  };
  const rows: RowSpec[] = [head];
  let pagu = 0;
  let spent = 0;
  let anySpent = false;
  programs.forEach((p, k) => {
    const q = p.triwulan ?? [];
    let s: number | null = null;
    for (let t = 0; t < n; t++) if (q[t] !== null && q[t] !== undefined) s = (s ?? 0) + (q[t] as number);
    const serapan = serapanToDate(p.pagu, q, n);
    pagu += p.pagu;
    if (s !== null) {
      spent += s;
      anySpent = true;
    }
    rows.push({
      cells: [
        { content: String(k + 1), align: "center" },
        { content: oneLine(p.program) },
        { content: rupiah(p.pagu).replace(/^Rp\s?/, ""), align: "right" },
        { content: s === null ? "-" : rupiah(s).replace(/^Rp\s?/, ""), align: "right" },
        { content: serapan === null ? "-" : formatPercent(serapan).replace("%", ""), align: "right" },
      ],
    });
  });
  const total = anySpent && pagu > 0 ? (spent / pagu) * 100 : null;
  rows.push({
    total: true,
    cells: [
      { content: "Jumlah", span: 2 },
      { content: rupiah(pagu).replace(/^Rp\s?/, ""), align: "right" },
      { content: anySpent ? rupiah(spent).replace(/^Rp\s?/, "") : "-", align: "right" },
      { content: total === null ? "-" : formatPercent(total).replace("%", ""), align: "right" },
    ],
  });
  return (
    caption("Tabel", 3, 1, `Realisasi Anggaran s.d. ${twText(n)} ${analysis.identitas.tahun ?? ""}`.trim()) +
    table({ widths: w, rows, fontSize: 18 }) +
    sumber(
      `Sheet Anggaran, kolom Realisasi TW I s.d. TW ${romanQuarter(n)}. Tanda "-": realisasi triwulan belum diisi.`,
    )
  );
}

/** Every control of the quarterly report, and the chart the grafik control points at. */
export function renderTriwulan(analysis: Analysis, n: Quarter, options: TriwulanRenderOptions = {}): RenderedTriwulan {
  const ctx = buildContext(analysis);
  const groups = ctx.groups.filter((g) => g.indikator.length > 0);
  const grafik = renderGrafik(analysis, groups, n);
  const controls: Record<TwTag, string> = {
    "lakip:tw-identitas": renderIdentitas(analysis, n),
    "lakip:tw-tabel-capaian":
      groups.length === 0 ? body("Belum ada indikator kinerja yang diukur.") : renderTabelCapaian(analysis, groups, n),
    "lakip:tw-grafik": grafik.xml,
    "lakip:tw-narasi": renderNarasi(analysis, groups, n),
    "lakip:tw-tabel-anggaran": renderTabelAnggaran(analysis, n),
    // signed the day it is made: the workbook's Tanggal Laporan is the LAKIP's date, not a quarter's
    "lakip:tanda-tangan": renderTandaTangan(
      { ...ctx, analysis: { ...analysis, identitas: { ...analysis.identitas, tanggalLaporan: null } } },
      options.tanggal ?? new Date(),
    ),
    "lakip:kepala-halaman": renderKepalaHalaman(analysis, n),
  };
  return { controls, charts: grafik.spec ? [chartPart(grafik.spec, true)] : [] };
}
