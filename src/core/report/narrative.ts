/**
 * The report's prose in formal Bahasa Indonesia, generated from the Analysis: the cover
 * identity, the signature block, the Ikhtisar Eksekutif, the analysis per sasaran (BAB III) and
 * the closing summary (BAB IV). Phrasing varies deterministically with the sasaran and
 * indicator position (never Math.random), so that twenty sasaran do not read as one template
 * twenty times, and the same workbook always gives the same text. Keterangan, faktor and upaya
 * texts are the units' own words, quoted verbatim (escaped) as the causes and solutions.
 */
import type { IndikatorDetail, Predikat, Target } from "../model";
import { formatNumber, formatPercent } from "../format/number";
import { formatTanggal } from "../format/date";
import { perubahan } from "./measures";
import {
  directionWords,
  renstraCase,
  renstraWords,
  shown,
  standarCase,
  standarWords,
  standingOf,
  tanpaStandar,
} from "./directionWords";
import {
  bilangan,
  judulOf,
  nilaiSatuan,
  riwayatOf,
  tanggalLaporanOf,
  NBSP,
  type TahunLalu,
  hash,
  kalimat,
  kutip,
  pick,
  rupiah,
  tahunText,
  withSatuan,
  type ReportContext,
  type SasaranGroup,
} from "./context";
import { field, measuredParagraph, oneLine, paragraph, withHeights, type Body, type Inline } from "./xml";
import { chartParagraph, labelsClearOf, valueAxisFor, type ChartSpec } from "./chart";
import { analysisBlock, hasAnalysis } from "./analysis";
import { balancedLines } from "./signature";
import { programRows } from "../compute/anggaranGroups";
import { quarterSentence } from "./quarterNarrative";

function body(text: string | Inline[]): string {
  return paragraph(text, { style: "IsiLaporan" });
}

function bullet(text: string): string {
  // left-aligned: a justified bullet with a long quoted name spreads its words across the line
  return paragraph(`–\t${text}`, { style: "Butir", align: "left" });
}

function instansi(ctx: ReportContext): string {
  return ctx.analysis.identitas.instansi ? oneLine(ctx.analysis.identitas.instansi) : "instansi ini";
}

// ---------------------------------------------------------------------------------------------
// Cover and signature

/** Cover title from Judul Laporan: "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)". */
export function renderJudul(ctx: ReportContext): string {
  const j = judulOf(ctx.analysis.identitas.judulLaporan);
  return (
    paragraph(j.full.toUpperCase(), { style: "Title" }) +
    (j.short ? paragraph(`(${j.short})`, { style: "Sampul" }) : "")
  );
}

/** The running header: "LAKIP Badan ... Tahun 2025". */
export function renderKepalaHalaman(ctx: ReportContext): string {
  const j = judulOf(ctx.analysis.identitas.judulLaporan);
  const id = ctx.analysis.identitas;
  const parts = [
    j.short ?? j.full,
    id.instansi ? oneLine(id.instansi) : "",
    ctx.tahun === null ? "" : `Tahun ${ctx.tahun}`,
  ];
  return paragraph(parts.filter(Boolean).join(" "), { style: "Header" });
}

/**
 * The signature block as published reports print it: place and date, jabatan, room to sign,
 * nama (bold, underlined), pangkat/golongan and NIP. Tanggal Laporan when given, else `tanggal`
 * (the day the report is made). A missing place or name is left as a dotted line to write in.
 */
export function renderTandaTangan(ctx: ReportContext, tanggal: Date, tempat?: string): string {
  const id = ctx.analysis.identitas;
  const jabatan = id.jabatanKepala
    ? oneLine(id.jabatanKepala)
    : id.instansi
      ? `Kepala ${oneLine(id.instansi)}`
      : "Kepala";
  const pemda = id.pemerintahDaerah ? oneLine(id.pemerintahDaerah) : "";
  const where =
    id.tempat && oneLine(id.tempat) ? oneLine(id.tempat) : tempat && oneLine(tempat) ? oneLine(tempat) : "……………………";
  const date = tanggalLaporanOf(id.tanggalLaporan, tanggal);
  const p = (content: Inline | Inline[], extra: { before?: number } = {}) =>
    paragraph(content, { style: "TandaTangan", ...extra });
  let out = p(`${where}, ${formatTanggal(date)}`, { before: 480 });
  // each line broken where the block holds it, never leaving one word alone (signature.ts)
  out += p(
    pemda && !jabatan.toLowerCase().includes(pemda.toLowerCase())
      ? `${balancedLines(jabatan)}\n${balancedLines(pemda + ",")}`
      : balancedLines(jabatan + ","),
  );
  out += p(
    { text: id.namaKepala ? oneLine(id.namaKepala) : "……………………………", props: { bold: true, underline: true } },
    { before: 1200 },
  );
  if (id.pangkatKepala && oneLine(id.pangkatKepala)) out += p(oneLine(id.pangkatKepala));
  out += p(`NIP. ${id.nipKepala ? oneLine(id.nipKepala) : "……………………………"}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sentences

function capaianText(c: number | null): string {
  return formatPercent(c);
}

/** Capaian rounded as printed (two decimals, half away from zero), so words and numbers never disagree. */
function rounded(c: number): number {
  return shown(c);
}

/** Satuan that name what the number is go before it: "nilai 71,25"; then the target reads "dari target 70". */
function unitFirst(satuan: string): boolean {
  return nilaiSatuan("1", satuan) !== withSatuan("1", satuan);
}

function realPhrase(i: IndikatorDetail, valueText = i.realisasiText): string {
  return nilaiSatuan(valueText, i.satuan);
}

function targetPhrase(i: IndikatorDetail): string {
  const t = unitFirst(i.satuan) ? i.targetText.replace(/ /g, NBSP) : withSatuan(i.targetText, i.satuan);
  return Array.isArray(i.target) ? `dalam rentang ${t}` : t;
}

function selisihPhrase(selisih: number, satuan: string): string {
  const s = oneLine(satuan);
  const v = formatNumber(Math.abs(selisih));
  if (s === "%") return `${v} poin persentase`;
  if (unitFirst(satuan)) return `${v} poin`;
  return withSatuan(v, s);
}

/** An indicator below its target as printed (the words' table decides: docs/report.md). */
function isMiss(i: IndikatorDetail): boolean {
  return standingOf(i) === "kurang";
}

/** "tahun 2023 sebesar 10 kegiatan, tahun 2024 sebesar 12 kegiatan": a number never runs into a year. */
function yearList(hist: readonly TahunLalu[], i: IndikatorDetail): string {
  return hist
    .map(
      (h) =>
        `${h.tahun === null ? "tahun lalu" : `tahun ${h.tahun}`} sebesar ${realPhrase(i, formatNumber(h.realisasi))}`,
    )
    .join(", ");
}

function indicatorSentence(
  ctx: ReportContext,
  g: SasaranGroup,
  i: IndikatorDetail,
  k: number,
  explained: { turun: boolean },
): string {
  const name = kutip(i.indikator);
  const where = ctx.multiUnit ? ` (${oneLine(i.unit)})` : "";
  const target = targetPhrase(i);
  const real = realPhrase(i);
  const key = g.index * 7 + k * 3 + hash(i.indikator);
  const zeroTarget = !Array.isArray(i.target) && i.target === 0;
  let s: string;
  if (i.capaian === null) {
    s = `Indikator ${name}${where} ditargetkan 0 dengan realisasi ${real}; ${directionWords(i)} karena targetnya bernilai 0.`;
  } else {
    const c = capaianText(i.capaian);
    const p = i.predikat ?? "-";
    const st = directionWords(i, key);
    s = pick(
      [
        `Indikator ${name}${where} ditargetkan ${target} dan terealisasi ${real}, sehingga capaiannya ${c} (${st}) dengan predikat ${p}.`,
        `Untuk indikator ${name}${where}, realisasi ${real} dari target ${target} menghasilkan capaian ${c} dengan predikat ${p}; ${st}.`,
        `Realisasi indikator ${name}${where} adalah ${real} dari target ${target}, atau capaian ${c} dengan predikat ${p} (${st}).`,
      ],
      key,
    );
  }
  if (i.polaritas === "Turun") {
    if (zeroTarget) {
      s += " Indikator ini berpolaritas Turun dengan target 0: capaiannya 100% bila realisasinya 0, dan 0% bila tidak.";
    } else if (!explained.turun) {
      explained.turun = true;
      const rumus =
        ctx.analysis.pengaturan?.rumusTurun === "T / R"
          ? "target dibagi realisasi dikali 100%"
          : "(2 × target − realisasi) dibagi target dikali 100%";
      s += ` Indikator ini berpolaritas Turun (semakin kecil realisasi semakin baik), sehingga capaiannya dihitung ${rumus}; realisasi yang lebih rendah dari target memberi capaian di atas 100%.`;
    } else {
      s += " Indikator ini juga berpolaritas Turun.";
    }
  }
  if (i.uncappedCapaian !== undefined && i.capaian !== null)
    s += ` Capaian ini dibatasi pada ${formatNumber(i.capaian)}% sesuai batas atas capaian yang ditetapkan instansi (hasil rumus ${capaianText(i.uncappedCapaian)}).`;
  if (i.unflooredCapaian !== undefined && i.capaian !== null)
    s += ` Capaian ini ditetapkan ${formatNumber(i.capaian)}% sesuai batas bawah capaian yang ditetapkan instansi (hasil rumus ${capaianText(i.unflooredCapaian)}).`;
  const t = ctx.tahun;
  const hist = riwayatOf(i, t);
  if (hist.length > 0) {
    const last = hist[hist.length - 1];
    const lastName = last.tahun === null ? "tahun lalu" : `tahun ${last.tahun}`;
    const lalu = realPhrase(i, formatNumber(last.realisasi));
    const p = perubahan(i.polaritas, i.realisasi, last.realisasi);
    if (hist.length > 1) s += ` Realisasi tahun-tahun sebelumnya: ${yearList(hist, i)}.`;
    if (p.arah === "tetap") {
      s += pick(
        [
          ` Realisasi ini sama dengan realisasi ${lastName} (${lalu}).`,
          ` Dibandingkan ${lastName}, realisasinya tetap, yaitu ${lalu}.`,
        ],
        key,
      );
    } else {
      const makna = p.membaik ? "kinerja indikator ini membaik" : "kinerja indikator ini menurun";
      s += pick(
        [
          ` Dibandingkan ${lastName} (${lalu}), realisasi ${p.arah} ${selisihPhrase(p.selisih, i.satuan)}; ${makna}.`,
          ` Terhadap realisasi ${lastName} sebesar ${lalu}, terjadi ${p.arah === "naik" ? "kenaikan" : "penurunan"} ${selisihPhrase(p.selisih, i.satuan)}, yang berarti ${makna}.`,
        ],
        key,
      );
    }
  }
  if (i.targetAkhirRenstra !== null) {
    const cr = i.capaianRenstra;
    const periode = ctx.analysis.identitas.periodeRenstra ? ` ${oneLine(ctx.analysis.identitas.periodeRenstra)}` : "";
    const tar = unitFirst(i.satuan)
      ? formatNumber(i.targetAkhirRenstra)
      : withSatuan(formatNumber(i.targetAkhirRenstra), i.satuan);
    const rc = renstraCase(cr, ctx.analysis.pengaturan?.batasBawahCapaian ?? null);
    const words = renstraWords(rc);
    if (cr === null) s += ` Target akhir Renstra${periode} bernilai 0, sehingga ${words}.`;
    else if (rc === "renstra-lampau" || rc === "renstra-tepat")
      s += ` Target akhir Renstra${periode} sebesar ${tar} ${words} (capaian ${capaianText(cr)}).`;
    else if (rc === "renstra-kurang")
      s += ` Terhadap target akhir Renstra${periode} sebesar ${tar}, capaiannya ${capaianText(cr)}, sehingga ${words}.`;
    else
      s += ` Terhadap target akhir Renstra${periode} sebesar ${tar}, realisasi ini ${words} (capaian ${capaianText(cr)}).`;
  }
  if (i.keterangan && oneLine(i.keterangan))
    s += ` Keterangan${ctx.multiUnit ? ` ${oneLine(i.unit)}` : ""}: ${kalimat(i.keterangan)}`;
  s += quarterSentence(i, ctx.analysis.pengaturan);
  return s;
}

function openingSentence(ctx: ReportContext, g: SasaranGroup): string {
  const n = g.indikator.length;
  const nText = `${bilangan(n)} indikator kinerja`;
  const c = g.result.capaian;
  const t = tahunText(ctx.tahun);
  if (c === null)
    return `Sasaran ini diukur dengan ${nText}. Capaian kinerja sasaran ini belum dapat dihitung karena tidak satu pun indikatornya memiliki capaian yang dapat dihitung.`;
  const ct = capaianText(c);
  const p = g.result.predikat ?? "-";
  const mean = n > 1 ? "rata-rata capaian" : "capaian";
  return pick(
    [
      `Sasaran ini diukur dengan ${nText}. Capaian kinerja sasaran ini pada ${t} sebesar ${ct} dengan predikat ${p}.`,
      `Pada ${t}, sasaran ini memperoleh capaian kinerja ${ct} dengan predikat ${p}, yang merupakan ${mean} ${nText} yang mengukurnya.`,
      `Capaian kinerja sasaran ini tercatat ${ct} atau berpredikat ${p}, dihitung dari ${mean} ${nText}.`,
    ],
    g.index,
  );
}

function assessmentSentence(g: SasaranGroup): string {
  const c = g.result.capaian;
  if (c === null) return "";
  const scored = g.indikator.filter((i) => i.capaian !== null);
  const below = scored.filter((i) => standingOf(i) === "kurang");
  const above = scored.filter((i) => standingOf(i) === "lampau");
  if (below.length === 0) {
    if (above.length === 0)
      return "Seluruh target indikator pada sasaran ini tercapai tepat sesuai yang diperjanjikan.";
    if (above.length === scored.length) return "Seluruh target indikator pada sasaran ini terlampaui.";
    return "Seluruh target indikator pada sasaran ini tercapai, dan sebagian terlampaui.";
  }
  const names = joinList(below.map((i) => kutip(i.indikator)));
  const subject = below.length === 1 ? `indikator ${names}` : `${bilangan(below.length)} indikator, yaitu ${names},`;
  if (rounded(c) >= 100)
    return `Secara rata-rata target sasaran ini tercapai, namun ${subject} belum mencapai target dan perlu mendapat perhatian.`;
  return `Capaian sasaran ini belum mencapai 100%; ${subject} belum mencapai target yang diperjanjikan.`;
}

function unique(values: (string | null)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (!v) continue;
    const t = oneLine(v);
    const k = t.toLowerCase();
    if (!t || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

/**
 * The sasaran's Faktor Pendukung, and the Faktor Penghambat and Upaya Perbaikan of its indicators
 * that met their target (those below it have theirs under their own paragraph: analysisBlock).
 */
function causesBlock(g: SasaranGroup): string {
  const met = g.indikator.filter((i) => !isMiss(i));
  const groups: [string, string[]][] = [
    ["Faktor pendukung keberhasilan:", unique(g.indikator.map((i) => i.faktorPendukung))],
    ["Faktor penghambat:", unique(met.map((i) => i.faktorPenghambat))],
    ["Upaya perbaikan yang dilakukan dan direncanakan:", unique(met.map((i) => i.upayaPerbaikan))],
  ];
  let out = "";
  for (const [title, items] of groups) {
    if (items.length === 0) continue;
    out += paragraph({ text: title, props: { italic: true } }, { style: "IsiLaporan", keepNext: true });
    out += items.map((t) => bullet(kalimat(t))).join("");
  }
  return out;
}

/** Point 4 of Permenpan RB 53/2014: the national standard, or one sentence that there is none. */
function standarBlock(g: SasaranGroup): string {
  const withStd = g.indikator.filter((i) => i.standarNasional !== null && Number.isFinite(i.standarNasional));
  if (withStd.length === 0) return body(tanpaStandar(g.indikator.length));
  const parts = withStd.map((i) => {
    const std = i.standarNasional as number;
    const stdText = realPhrase(i, formatNumber(std));
    const rel = standarWords(standarCase(i.polaritas, i.realisasi, std));
    return `standar nasional indikator ${kutip(i.indikator)} adalah ${stdText}, dan realisasi tahun ini (${realPhrase(i)}) ${rel}`;
  });
  return body(`${capitalize(parts.join("; "))}.`);
}

function efficiencyBlock(g: SasaranGroup): string {
  const e = g.efisiensi;
  let out: string;
  if (!e || e.serapan === null || e.efisiensi === null) {
    out = body(
      g.programs.length === 0
        ? "Tidak ada program/kegiatan dalam data anggaran yang dikaitkan dengan sasaran ini, sehingga efisiensi penggunaan sumber dayanya tidak dihitung."
        : "Efisiensi penggunaan sumber daya sasaran ini tidak dapat dihitung karena pagu program pendukungnya bernilai 0.",
    );
  } else {
    const ef = `${e.efisiensi > 0 ? "+" : ""}${formatNumber(e.efisiensi, 2)} poin`;
    out = body(
      pick(
        [
          `Dari sisi sumber daya, serapan anggaran program pendukung sasaran ini sebesar ${capaianText(e.serapan)}. Selisih capaian kinerja terhadap serapan anggaran adalah ${ef}, sehingga penggunaan sumber daya dinilai ${e.kategori ?? "-"}.`,
          `Anggaran yang mendukung sasaran ini terserap ${capaianText(e.serapan)}; dibandingkan capaian kinerjanya, efisiensi sasaran ini ${ef} dengan kategori ${e.kategori ?? "-"}.`,
        ],
        g.index,
      ),
    );
  }
  if (g.programs.length > 0) {
    const list = g.programs.map(
      (p) =>
        `${kutip(p.program)} (pagu ${rupiah(p.pagu)}, realisasi ${rupiah(p.realisasi)}, serapan ${capaianText(p.serapan)})`,
    );
    out += body(
      `${g.programs.length === 1 ? "Program/kegiatan" : "Program dan kegiatan"} yang mendukung pencapaian sasaran ini: ${list.join("; ")}.`,
    );
  }
  return out;
}

/** A trend chart (line: realisasi and target per year) for an indicator with two or more earlier years. */
function trendChart(ctx: ReportContext, i: IndikatorDetail): string {
  const hist = riwayatOf(i, ctx.tahun).filter((h) => h.tahun !== null);
  if (hist.length < 2 || ctx.tahun === null) return "";
  const n = ctx.charts.length + 2; // lakip:grafik-capaian is Grafik 3.1 / chart 1
  const targetNum = (t: Target | null): number | null => (t === null ? null : Array.isArray(t) ? (t[0] + t[1]) / 2 : t);
  const spec: ChartSpec = {
    n,
    kind: "line",
    categories: [...hist.map((h) => String(h.tahun)), String(ctx.tahun)],
    series: [
      { name: "Realisasi", values: [...hist.map((h) => h.realisasi), i.realisasi], color: "2F5597" },
      { name: "Target", values: [...hist.map((h) => targetNum(h.target)), targetNum(i.target)], color: "C55A11" },
    ],
    numFmt: "#,##0.##",
    cx: 5040000,
    cy: 2340000,
    fromZero: false,
  };
  if (spec.series[1].values.every((v) => v === null)) spec.series.pop();
  // layout (chart.ts): labels clear of the target line, whole-number ticks for counted things
  else spec.series[0].labelPos = labelsClearOf(spec.series[0].values, spec.series[1].values);
  Object.assign(
    spec,
    valueAxisFor(
      spec.series.flatMap((s) => s.values),
      i.satuan,
    ),
  );
  ctx.charts.push(spec);
  const title = `Tren Realisasi ${oneLine(i.indikator)} Tahun ${hist[0].tahun}–${ctx.tahun}`;
  return (
    chartParagraph(spec, `Grafik 3.${n}`) +
    grafikCaption(n, title) +
    paragraph(`Sumber: Data realisasi kinerja Tahun ${hist[0].tahun}–${ctx.tahun}, diolah.`, { style: "Sumber" })
  );
}

/** "Grafik 3.n ..." under a chart: a SEQ Grafik field so that the Daftar Grafik lists it. */
export function grafikCaption(n: number, title: string): string {
  return paragraph(
    ["Grafik 3.", field(`SEQ Grafik ${n === 1 ? "\\r 1 " : ""}\\* ARABIC`, String(n)), ` ${oneLine(title)}`],
    {
      style: "Caption",
    },
  );
}

/** BAB III, per sasaran: a heading, the capaian, each indicator, standard, causes, efficiency, programs. */
export function renderNarasiSasaran(ctx: ReportContext): Body {
  const groups = ctx.groups.filter((g) => g.indikator.length > 0);
  if (groups.length === 0) return body("Belum ada sasaran strategis dan indikator kinerja yang diukur.");
  // N of lakip:teks-analisis-N: the indicator's order in Tabel 3.1 (the same grouping and order)
  const order = new Map(groups.flatMap((g) => g.indikator).map((i, k) => [i, k + 1] as const));
  // as pieces (whole paragraphs, a chart with its caption, an analysis control): never one 10-million-character text
  // the sentences' paragraphs with their heights, so the page estimate need not read them again (`Pieces`)
  const out: string[] = [];
  const heights: (number | null)[] = [];
  const push = (piece: string, height: number | null = null) => {
    out.push(piece);
    heights.push(height);
  };
  const sentence = (text: string) => {
    const p = measuredParagraph(text, { style: "IsiLaporan" });
    push(p.xml, p.height);
  };
  groups.forEach((g, n) => {
    push(paragraph(`Sasaran Strategis ${n + 1}: ${oneLine(g.result.sasaran)}`, { style: "Heading3" }));
    const assess = assessmentSentence(g);
    sentence(openingSentence(ctx, g) + (assess ? " " + assess : ""));
    const explained = { turun: false };
    g.indikator.forEach((i, k) => {
      sentence(indicatorSentence(ctx, g, i, k, explained));
      push(trendChart(ctx, i));
      if (isMiss(i)) push(analysisBlock(i, order.get(i) as number));
    });
    push(standarBlock(g));
    push(causesBlock(g));
    push(efficiencyBlock(g));
  });
  return withHeights(out, heights);
}

/** Grafik 3.1: capaian per sasaran as a native bar chart. */
export function renderGrafikCapaian(ctx: ReportContext): string {
  const groups = ctx.groups.filter((g) => g.indikator.length > 0 && g.result.capaian !== null);
  if (groups.length === 0) return body("Belum ada capaian sasaran yang dapat digambarkan.");
  const spec: ChartSpec = {
    n: 1,
    kind: "bar",
    categories: groups.map((g, k) => shorten(`SS ${k + 1}. ${oneLine(g.result.sasaran)}`, 100)),
    series: [{ name: "Capaian (%)", values: groups.map((g) => rounded(g.result.capaian as number)), color: "2F5597" }],
    numFmt: "0.00",
    cx: 5760000,
    cy: Math.min(7200000, 900000 + groups.length * 420000),
    fromZero: true,
  };
  ctx.chartCapaian = spec;
  return (
    chartParagraph(spec, "Grafik 3.1") +
    grafikCaption(1, `Capaian Kinerja per Sasaran Strategis ${tahunText(ctx.tahun)}`) +
    paragraph(`Sumber: Tabel 3.1, diolah. SS = Sasaran Strategis.`, { style: "Sumber" })
  );
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).replace(/\s+\S*$/, "") + "…";
}

// ---------------------------------------------------------------------------------------------
// Ikhtisar and Penutup

function predikatCounts(ctx: ReportContext): string {
  const counts = new Map<Predikat, number>();
  let none = 0;
  for (const i of ctx.analysis.indikator) {
    if (i.predikat === null) none++;
    else counts.set(i.predikat, (counts.get(i.predikat) ?? 0) + 1);
  }
  const order = ctx.analysis.scale.bands.map((b) => b.predikat);
  for (const p of counts.keys()) if (!order.includes(p)) order.push(p);
  const parts = order
    .filter((p) => counts.get(p))
    .map((p) => `${formatNumber(counts.get(p) as number)} indikator berpredikat ${p}`);
  const total = ctx.analysis.indikator.length;
  const only = order.filter((p) => counts.get(p));
  let s =
    only.length === 1 && none === 0
      ? `Seluruh ${bilangan(total)} indikator kinerja berpredikat ${only[0]}.`
      : parts.length > 0
        ? `Dari ${bilangan(total)} indikator kinerja, ${joinList(parts)}.`
        : "";
  if (none > 0) s += ` Capaian ${formatNumber(none)} indikator tidak dapat dihitung karena targetnya bernilai 0.`;
  return s.trim();
}

function joinList(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  if (parts.length === 2) return `${parts[0]} dan ${parts[1]}`;
  return `${parts.slice(0, -1).join(", ")}, dan ${parts[parts.length - 1]}`;
}

function bestAndWeakest(ctx: ReportContext): string {
  const scored = ctx.groups.filter((g) => g.result.capaian !== null);
  if (scored.length < 2) return "";
  let best = scored[0];
  let worst = scored[0];
  for (const g of scored) {
    if ((g.result.capaian as number) > (best.result.capaian as number)) best = g;
    if ((g.result.capaian as number) < (worst.result.capaian as number)) worst = g;
  }
  if (best === worst) return "";
  return `Capaian tertinggi diraih oleh sasaran ${kutip(best.result.sasaran)} sebesar ${capaianText(best.result.capaian)} (${best.result.predikat}), sedangkan capaian terendah terdapat pada sasaran ${kutip(worst.result.sasaran)} sebesar ${capaianText(worst.result.capaian)} (${worst.result.predikat}).`;
}

function budgetSummary(ctx: ReportContext): string {
  if (ctx.analysis.anggaran.length === 0) return "";
  const list = programRows(ctx.analysis.anggaran); // kegiatan rows are detail of their program (spec 2.3)
  const pagu = list.reduce((s, a) => s + a.pagu, 0);
  const real = list.reduce((s, a) => s + a.realisasi, 0);
  const serapan = pagu === 0 ? null : (real / pagu) * 100;
  return `Dari sisi keuangan, realisasi anggaran ${bilangan(list.length)} program mencapai ${rupiah(real)} dari pagu ${rupiah(pagu)}${serapan === null ? "" : `, atau serapan sebesar ${capaianText(serapan)}`}.`;
}

/** Indicators below target (capaian under 100 as printed), in report order. */
function misses(ctx: ReportContext): { g: SasaranGroup; i: IndikatorDetail }[] {
  const out: { g: SasaranGroup; i: IndikatorDetail }[] = [];
  for (const g of ctx.groups) for (const i of g.indikator) if (isMiss(i)) out.push({ g, i });
  return out;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Indikator “X” pada sasaran “Y” (capaian 94,67%, Sangat Tinggi)" bullets, at most 50 named. */
function missBullets(ctx: ReportContext): string {
  const list = misses(ctx);
  const shown = list.slice(0, 50);
  let out = shown
    .map(({ g, i }) =>
      bullet(
        `${kutip(i.indikator)} pada sasaran ${kutip(g.result.sasaran)}: realisasi ${realPhrase(i)} dari target ${targetPhrase(i)}, capaian ${capaianText(i.capaian)} (${i.predikat ?? "-"}).`,
      ),
    )
    .join("");
  if (list.length > shown.length)
    out += body(`Daftar lengkap ${formatNumber(list.length)} indikator di bawah target terdapat pada Tabel 3.1.`);
  return out;
}

export function renderIkhtisar(ctx: ReportContext): string {
  const a = ctx.analysis;
  const id = a.identitas;
  const t = tahunText(ctx.tahun);
  const j = judulOf(id.judulLaporan);
  const pemda = id.pemerintahDaerah ? ` ${oneLine(id.pemerintahDaerah)}` : "";
  const renstra = id.periodeRenstra ? ` dan Rencana Strategis periode ${oneLine(id.periodeRenstra)}` : "";
  let out = body(
    `${j.full}${j.short ? ` (${j.short})` : ""} ${instansi(ctx)}${pemda} ${t} disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi serta pencapaian sasaran strategis yang ditetapkan dalam Perjanjian Kinerja ${t}${renstra}.`,
  );
  const nUnit = new Set(a.indikator.map((i) => i.unit)).size;
  const nSasaran = ctx.groups.filter((g) => g.indikator.length > 0).length;
  let s = `Kinerja diukur melalui ${bilangan(nSasaran)} sasaran strategis dengan ${formatNumber(a.indikator.length)} indikator kinerja${nUnit > 1 ? ` yang dilaksanakan oleh ${bilangan(nUnit)} unit kerja` : ""}.`;
  s +=
    a.organisasi.capaian === null
      ? " Capaian kinerja organisasi belum dapat dihitung karena tidak ada sasaran yang capaiannya dapat dihitung."
      : ` Secara keseluruhan, capaian kinerja organisasi ${t} sebesar ${capaianText(a.organisasi.capaian)} dengan predikat ${a.organisasi.predikat}.`;
  out += body(s);
  const counts = predikatCounts(ctx);
  const bw = bestAndWeakest(ctx);
  if (counts || bw) out += body([counts, bw].filter(Boolean).join(" "));
  const budget = budgetSummary(ctx);
  if (budget) out += body(budget);
  const miss = misses(ctx);
  if (miss.length === 0) {
    out += body(
      "Seluruh indikator kinerja telah mencapai target yang ditetapkan. Keberhasilan ini perlu dipertahankan dan ditingkatkan pada tahun berikutnya.",
    );
  } else {
    out += body(
      `${capitalize(bilangan(miss.length))} indikator kinerja belum mencapai target yang diperjanjikan, yaitu:`,
    );
    out += missBullets(ctx);
    // said only when BAB III holds the units' own analysis of every one of them (never an empty promise)
    if (miss.every(({ i }) => hasAnalysis(i)))
      out += body(
        "Penyebab dan upaya perbaikannya diuraikan pada BAB III, sebagai bahan perbaikan perencanaan dan pelaksanaan kegiatan tahun berikutnya.",
      );
  }
  return out;
}

export function renderPenutup(ctx: ReportContext): string {
  const a = ctx.analysis;
  const t = tahunText(ctx.tahun);
  const scored = ctx.groups.filter((g) => g.result.capaian !== null);
  const clean = scored.filter((g) => !g.indikator.some(isMiss));
  const miss = misses(ctx);
  let out: string;
  if (a.organisasi.capaian === null) {
    out = body(
      `Capaian kinerja ${instansi(ctx)} ${t} belum dapat disimpulkan karena tidak ada sasaran yang capaiannya dapat dihitung.`,
    );
  } else {
    let s = `Berdasarkan hasil pengukuran kinerja, capaian kinerja ${instansi(ctx)} ${t} sebesar ${capaianText(a.organisasi.capaian)} dengan predikat ${a.organisasi.predikat}.`;
    if (clean.length === scored.length)
      s += ` Seluruh ${bilangan(scored.length)} sasaran strategis yang diukur telah mencapai target pada setiap indikatornya.`;
    else if (clean.length === 0)
      s += ` Setiap sasaran strategis yang diukur masih memiliki indikator yang belum mencapai target.`;
    else
      s += ` Dari ${bilangan(scored.length)} sasaran strategis yang diukur, ${bilangan(clean.length)} sasaran telah mencapai target pada setiap indikatornya, sedangkan ${bilangan(scored.length - clean.length)} sasaran masih memiliki indikator yang belum mencapai target.`;
    out = body(s);
  }
  if (miss.length > 0) {
    out += body(
      miss.length === 1
        ? "Indikator yang belum mencapai target dan memerlukan perhatian pada tahun berikutnya:"
        : "Indikator yang belum mencapai target dan memerlukan perhatian pada tahun berikutnya:",
    );
    out += missBullets(ctx);
  }
  const budget = budgetSummary(ctx);
  if (budget) out += body(budget);
  out += body(
    `Hasil pengukuran dan analisis kinerja ini menjadi bahan evaluasi atas pelaksanaan program dan kegiatan, sekaligus masukan bagi penyusunan rencana kinerja dan Perjanjian Kinerja ${ctx.tahun === null ? "tahun berikutnya" : `Tahun ${ctx.tahun + 1}`}.`,
  );
  return out;
}
