/**
 * The report's prose in formal Bahasa Indonesia, generated from the Analysis: the cover
 * identity, the signature block, the Ikhtisar Eksekutif, the analysis per sasaran (BAB III) and
 * the closing summary (BAB IV). Phrasing varies deterministically with the sasaran and
 * indicator position (never Math.random), so that twenty sasaran do not read as one template
 * twenty times, and the same workbook always gives the same text. Keterangan, faktor and upaya
 * texts are the units' own words, quoted verbatim (escaped) as the causes and solutions.
 */
import type { IndikatorDetail, Predikat } from "../model";
import { formatNumber, formatPercent } from "../format/number";
import { formatTanggal } from "../format/date";
import { capaianRenstra, perubahan } from "./measures";
import {
  bilangan,
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
import { oneLine, paragraph, type Inline } from "./xml";

const PREDIKAT_ORDER: Predikat[] = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"];

function body(text: string | Inline[]): string {
  return paragraph(text, { style: "IsiLaporan" });
}

function bullet(text: string): string {
  return paragraph(`–\t${text}`, { style: "Butir" });
}

function instansi(ctx: ReportContext): string {
  return ctx.analysis.identitas.instansi ? oneLine(ctx.analysis.identitas.instansi) : "instansi ini";
}

// ---------------------------------------------------------------------------------------------
// Cover and signature

/** Cover lines: instansi, pemerintah daerah, tahun (centered, capitals). */
export function renderIdentitas(ctx: ReportContext): string {
  const id = ctx.analysis.identitas;
  const lines = [
    id.instansi ? oneLine(id.instansi) : "(Nama Instansi)",
    id.pemerintahDaerah ? oneLine(id.pemerintahDaerah) : "(Pemerintah Daerah)",
  ];
  return (
    lines.map((l) => paragraph(l, { style: "SampulIdentitas" })).join("") +
    paragraph(id.tahun === null ? "TAHUN ...." : `TAHUN ${id.tahun}`, { style: "SampulIdentitas", before: 240 })
  );
}

/** Place and date, jabatan, room to sign, nama (bold, underlined by style) and NIP. */
export function renderTandaTangan(ctx: ReportContext, tanggal: Date, tempat?: string): string {
  const id = ctx.analysis.identitas;
  const jabatan = id.jabatanKepala
    ? oneLine(id.jabatanKepala)
    : id.instansi
      ? `Kepala ${oneLine(id.instansi)}`
      : "Kepala";
  const place = tempat && oneLine(tempat) ? oneLine(tempat) : "……………………";
  const nip = id.nipKepala ? oneLine(id.nipKepala) : "……………………………";
  const p = (content: Inline | Inline[], extra: { before?: number } = {}) =>
    paragraph(content, { style: "TandaTangan", ...extra });
  return (
    p(`${place}, ${formatTanggal(tanggal)}`, { before: 480 }) +
    p(jabatan) +
    p({ text: id.namaKepala ? oneLine(id.namaKepala) : "(Nama Kepala)", props: { bold: true } }, { before: 1200 }) +
    p(`NIP. ${nip}`)
  );
}

// ---------------------------------------------------------------------------------------------
// Sentences

function capaianText(c: number | null): string {
  return formatPercent(c);
}

function targetPhrase(i: IndikatorDetail): string {
  return Array.isArray(i.target)
    ? `dalam rentang ${withSatuan(i.targetText, i.satuan)}`
    : withSatuan(i.targetText, i.satuan);
}

function selisihPhrase(selisih: number, satuan: string): string {
  const s = oneLine(satuan);
  const v = formatNumber(Math.abs(selisih));
  return s === "%" ? `${v} poin persentase` : withSatuan(v, s);
}

function indicatorSentence(ctx: ReportContext, g: SasaranGroup, i: IndikatorDetail, k: number): string {
  const name = kutip(i.indikator);
  const where = ctx.multiUnit ? ` pada ${oneLine(i.unit)}` : "";
  const target = targetPhrase(i);
  const real = withSatuan(i.realisasiText, i.satuan);
  const key = g.index * 7 + k * 3 + hash(i.indikator);
  let s: string;
  if (i.capaian === null) {
    s = `Indikator ${name}${where} ditargetkan ${target} dengan realisasi ${real}; capaiannya tidak dapat dihitung karena targetnya bernilai 0.`;
  } else {
    const c = capaianText(i.capaian);
    const p = i.predikat ?? "-";
    s = pick(
      [
        `Indikator ${name}${where} ditargetkan ${target} dan terealisasi ${real}, sehingga capaiannya ${c} dengan predikat ${p}.`,
        `Untuk indikator ${name}${where}, realisasi sebesar ${real} dibandingkan target ${target} menghasilkan capaian ${c} (${p}).`,
        `Realisasi indikator ${name}${where} mencapai ${real} dari target ${target}, atau capaian sebesar ${c} dengan predikat ${p}.`,
        `Indikator ${name}${where} memperoleh capaian ${c} (${p}): dari target ${target}, terealisasi ${real}.`,
      ],
      key,
    );
  }
  if (i.polaritas === "Turun")
    s += pick(
      [
        " Indikator ini berpolaritas menurun (semakin kecil realisasi semakin baik).",
        " Karena semakin kecil nilainya semakin baik (polaritas menurun), capaian dihitung dengan rumus (2 × target − realisasi) / target × 100%.",
      ],
      key,
    );
  const t = ctx.tahun;
  if (i.realisasiTahunLalu !== null) {
    const lalu = withSatuan(formatNumber(i.realisasiTahunLalu), i.satuan);
    const p = perubahan(i.polaritas, i.realisasi, i.realisasiTahunLalu);
    if (p.arah === "tetap") {
      s += pick(
        [
          ` Realisasi ini sama dengan realisasi ${tahunText(t, -1)} (${lalu}).`,
          ` Dibandingkan ${tahunText(t, -1)}, realisasinya tetap, yaitu ${lalu}.`,
        ],
        key,
      );
    } else {
      const arah = p.arah === "naik" ? "naik" : "turun";
      const makna = p.membaik ? "kinerja indikator ini membaik" : "kinerja indikator ini menurun";
      s += pick(
        [
          ` Dibandingkan ${tahunText(t, -1)} (${lalu}), realisasi ${arah} ${selisihPhrase(p.selisih, i.satuan)}; ${makna}.`,
          ` Terhadap realisasi ${tahunText(t, -1)} sebesar ${lalu}, terjadi ${p.arah === "naik" ? "kenaikan" : "penurunan"} ${selisihPhrase(p.selisih, i.satuan)}, yang berarti ${makna}.`,
          ` Realisasi ${tahunText(t, -1)} tercatat ${lalu}, sehingga tahun ini realisasi ${arah} ${selisihPhrase(p.selisih, i.satuan)} dan ${makna}.`,
        ],
        key,
      );
    }
  }
  if (i.targetAkhirRenstra !== null) {
    const cr = capaianRenstra(i.polaritas, i.realisasi, i.targetAkhirRenstra);
    const periode = ctx.analysis.identitas.periodeRenstra ? ` ${oneLine(ctx.analysis.identitas.periodeRenstra)}` : "";
    const tar = withSatuan(formatNumber(i.targetAkhirRenstra), i.satuan);
    if (cr === null) {
      s += ` Target akhir Renstra${periode} bernilai 0, sehingga capaian terhadapnya tidak dapat dihitung.`;
    } else if (cr >= 100) {
      s += pick(
        [
          ` Terhadap target akhir Renstra${periode} sebesar ${tar}, capaiannya ${capaianText(cr)}, artinya target akhir periode Renstra telah terpenuhi.`,
          ` Target akhir Renstra${periode} (${tar}) telah terlampaui dengan capaian ${capaianText(cr)}.`,
        ],
        key,
      );
    } else {
      s += pick(
        [
          ` Terhadap target akhir Renstra${periode} sebesar ${tar}, capaiannya baru ${capaianText(cr)}, sehingga masih diperlukan upaya untuk memenuhinya pada akhir periode Renstra.`,
          ` Dibandingkan target akhir Renstra${periode} (${tar}), realisasi tahun ini setara dengan capaian ${capaianText(cr)}.`,
        ],
        key,
      );
    }
  }
  if (i.keterangan && oneLine(i.keterangan)) {
    const ket = kalimat(i.keterangan);
    s += pick(
      [
        ` Keterangan${ctx.multiUnit ? ` ${oneLine(i.unit)}` : ""}: ${ket}`,
        ` Penjelasan atas capaian ini: ${ket}`,
        ` Menurut keterangan unit pelaksana: ${ket}`,
      ],
      key,
    );
  }
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
      `Pada ${t}, sasaran ini memperoleh capaian kinerja ${ct} dengan predikat ${p}. Angka tersebut merupakan ${mean} ${nText} yang mengukurnya.`,
      `Capaian kinerja sasaran ini tercatat ${ct} atau berpredikat ${p}, yang dihitung dari ${mean} ${nText}.`,
      `Dari ${nText} yang mengukur sasaran ini, diperoleh ${n > 1 ? "capaian rata-rata" : "capaian"} sebesar ${ct}, sehingga sasaran ini berada pada predikat ${p}.`,
    ],
    g.index,
  );
}

function assessmentSentence(g: SasaranGroup): string {
  const c = g.result.capaian;
  if (c === null) return "";
  const below = g.indikator.filter((i) => i.capaian !== null && i.capaian < 100).length;
  if (c >= 100 && below === 0)
    return pick(
      [
        "Seluruh target indikator pada sasaran ini telah tercapai, bahkan sebagian terlampaui.",
        "Dengan demikian, target yang ditetapkan dalam Perjanjian Kinerja untuk sasaran ini telah tercapai sepenuhnya.",
        "Hasil ini menunjukkan bahwa sasaran ini telah terwujud sesuai dengan target yang diperjanjikan.",
      ],
      g.index,
    );
  if (c >= 100)
    return `Secara rata-rata target sasaran ini telah tercapai, namun ${bilangan(below)} indikator masih berada di bawah target dan perlu mendapat perhatian.`;
  if (c >= 91)
    return pick(
      [
        "Meskipun berpredikat Sangat Tinggi, capaian tersebut masih sedikit di bawah target 100%.",
        "Capaian ini hampir memenuhi target yang ditetapkan, dengan selisih yang kecil.",
      ],
      g.index,
    );
  return pick(
    [
      "Capaian tersebut masih di bawah target yang ditetapkan, sehingga sasaran ini memerlukan perhatian dan langkah perbaikan.",
      "Target sasaran ini belum tercapai; penyebab dan langkah perbaikannya diuraikan di bawah ini.",
    ],
    g.index,
  );
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

function causesBlock(g: SasaranGroup): string {
  const groups: [string, string[]][] = [
    ["Faktor pendukung keberhasilan:", unique(g.indikator.map((i) => i.faktorPendukung))],
    ["Faktor penghambat:", unique(g.indikator.map((i) => i.faktorPenghambat))],
    ["Upaya perbaikan yang dilakukan dan direncanakan:", unique(g.indikator.map((i) => i.upayaPerbaikan))],
  ];
  let out = "";
  for (const [title, items] of groups) {
    if (items.length === 0) continue;
    out += paragraph({ text: title, props: { italic: true } }, { style: "IsiLaporan", keepNext: true });
    out += items.map((t) => bullet(kalimat(t))).join("");
  }
  return out;
}

function efficiencyBlock(g: SasaranGroup): string {
  const e = g.efisiensi;
  if (!e || e.serapan === null || e.efisiensi === null) {
    return body(
      g.programs.length === 0
        ? "Pada sheet Anggaran tidak ada program/kegiatan yang dikaitkan dengan sasaran ini, sehingga efisiensi penggunaan sumber dayanya tidak dihitung."
        : "Efisiensi penggunaan sumber daya sasaran ini tidak dapat dihitung karena pagu program pendukungnya bernilai 0.",
    );
  }
  const ef = `${e.efisiensi > 0 ? "+" : ""}${formatNumber(e.efisiensi, 2)} poin`;
  let s = pick(
    [
      `Dari sisi sumber daya, serapan anggaran program pendukung sasaran ini sebesar ${capaianText(e.serapan)}. Selisih capaian kinerja terhadap serapan anggaran adalah ${ef}, sehingga penggunaan sumber daya dinilai ${e.kategori ?? "-"}.`,
      `Anggaran yang mendukung sasaran ini terserap ${capaianText(e.serapan)}; dibandingkan capaian kinerjanya, efisiensi sasaran ini ${ef} dengan kategori ${e.kategori ?? "-"}.`,
    ],
    g.index,
  );
  if (g.programs.length > 0) {
    const list = g.programs.map(
      (p) =>
        `${kutip(p.program)} (pagu ${rupiah(p.pagu)}, realisasi ${rupiah(p.realisasi)}, serapan ${capaianText(p.serapan)})`,
    );
    s += ` Program/kegiatan yang mendukung pencapaian sasaran ini: ${list.join("; ")}.`;
  }
  return body(s);
}

/** BAB III, per sasaran: a heading, the capaian, each indicator, causes, solutions, efficiency. */
export function renderNarasiSasaran(ctx: ReportContext): string {
  const groups = ctx.groups.filter((g) => g.indikator.length > 0);
  if (groups.length === 0) return body("Belum ada sasaran strategis dan indikator kinerja pada workbook.");
  let out = "";
  groups.forEach((g, n) => {
    out += paragraph(`Sasaran Strategis ${n + 1}: ${oneLine(g.result.sasaran)}`, { style: "Heading3" });
    const assess = assessmentSentence(g);
    out += body(openingSentence(ctx, g) + (assess ? " " + assess : ""));
    g.indikator.forEach((i, k) => {
      out += body(indicatorSentence(ctx, g, i, k));
    });
    out += causesBlock(g);
    out += efficiencyBlock(g);
  });
  return out;
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
  const parts = PREDIKAT_ORDER.filter((p) => counts.get(p)).map(
    (p) => `${formatNumber(counts.get(p) as number)} indikator berpredikat ${p}`,
  );
  let s =
    parts.length > 0
      ? `Dari ${formatNumber(ctx.analysis.indikator.length)} indikator kinerja, ${joinList(parts)}.`
      : "";
  if (none > 0)
    s += ` Sebanyak ${formatNumber(none)} indikator tidak dapat dihitung capaiannya karena targetnya bernilai 0.`;
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
  const list = ctx.analysis.anggaran;
  if (list.length === 0) return "";
  const pagu = list.reduce((s, a) => s + a.pagu, 0);
  const real = list.reduce((s, a) => s + a.realisasi, 0);
  const serapan = pagu === 0 ? null : (real / pagu) * 100;
  return `Dari sisi keuangan, realisasi anggaran ${formatNumber(list.length)} program/kegiatan mencapai ${rupiah(real)} dari pagu ${rupiah(pagu)}${serapan === null ? "" : `, atau serapan sebesar ${capaianText(serapan)}`}.`;
}

export function renderIkhtisar(ctx: ReportContext): string {
  const a = ctx.analysis;
  const id = a.identitas;
  const t = tahunText(ctx.tahun);
  const pemda = id.pemerintahDaerah ? ` ${oneLine(id.pemerintahDaerah)}` : "";
  const renstra = id.periodeRenstra ? ` dan Rencana Strategis periode ${oneLine(id.periodeRenstra)}` : "";
  let out = body(
    `Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) ${instansi(ctx)}${pemda} ${t} disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi serta pencapaian sasaran strategis yang ditetapkan dalam Perjanjian Kinerja ${t}${renstra}.`,
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
  const below = ctx.groups.filter((g) => g.result.capaian !== null && (g.result.capaian as number) < 100);
  out += body(
    below.length === 0
      ? "Seluruh sasaran strategis telah mencapai target yang ditetapkan. Keberhasilan ini perlu dipertahankan dan ditingkatkan pada tahun berikutnya."
      : `Sebanyak ${bilangan(below.length)} sasaran strategis belum mencapai target 100%. Penyebab dan upaya perbaikannya diuraikan pada BAB III, sebagai bahan perbaikan perencanaan dan pelaksanaan kegiatan tahun berikutnya.`,
  );
  return out;
}

export function renderPenutup(ctx: ReportContext): string {
  const a = ctx.analysis;
  const t = tahunText(ctx.tahun);
  const scored = ctx.groups.filter((g) => g.result.capaian !== null);
  const reached = scored.filter((g) => (g.result.capaian as number) >= 100);
  const below = scored.filter((g) => (g.result.capaian as number) < 100);
  let out = body(
    a.organisasi.capaian === null
      ? `Capaian kinerja ${instansi(ctx)} ${t} belum dapat disimpulkan karena tidak ada sasaran yang capaiannya dapat dihitung.`
      : `Berdasarkan hasil pengukuran kinerja, capaian kinerja ${instansi(ctx)} ${t} sebesar ${capaianText(a.organisasi.capaian)} dengan predikat ${a.organisasi.predikat}. Dari ${bilangan(scored.length)} sasaran strategis yang diukur, ${bilangan(reached.length)} sasaran telah mencapai atau melampaui target dan ${bilangan(below.length)} sasaran belum mencapai target.`,
  );
  if (below.length > 0) {
    out += body("Sasaran yang belum mencapai target dan memerlukan perhatian pada tahun berikutnya:");
    out += below
      .map((g) =>
        bullet(
          `${oneLine(g.result.sasaran)} (capaian ${capaianText(g.result.capaian)}, predikat ${g.result.predikat}).`,
        ),
      )
      .join("");
  }
  const budget = budgetSummary(ctx);
  if (budget) out += body(budget);
  out += body(
    `Hasil pengukuran dan analisis kinerja ini menjadi bahan evaluasi atas pelaksanaan program dan kegiatan, sekaligus masukan bagi penyusunan rencana kinerja dan Perjanjian Kinerja ${ctx.tahun === null ? "tahun berikutnya" : `Tahun ${ctx.tahun + 1}`}.`,
  );
  return out;
}
