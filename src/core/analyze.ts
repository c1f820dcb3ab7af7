/** Reads, validates and computes a workbook grid: the whole engine in one pass. Never throws. */
import { a1, parseA1, type WorkbookGrid } from "./grid";
import type {
  AnggaranDetail,
  Analysis,
  EfisiensiResult,
  Finding,
  IndikatorDetail,
  SasaranResult,
  UnitResult,
} from "./model";
import { normalizeLabel, normalizeRepeated } from "./text";
import { FindingCollector, quote } from "./validate/findings";
import { SheetView } from "./read/sheetView";
import { EMPTY_IDENTITAS, readIdentitas } from "./read/identitas";
import { NON_INDICATOR_SHEETS, readIndicatorSheet, type IndicatorRow } from "./read/indicators";
import { readAnggaranSheet, type AnggaranRow } from "./read/anggaran";
import { RESERVED_SHEET_KEYS, reportReservedIndicatorSheet } from "./read/reservedSheets";
import { computeCapaian, mean, ratioPercent } from "./compute/capaian";
import { kategoriEfisiensi, predikatOf } from "./compute/predikat";
import { programRows } from "./compute/anggaranGroups";
import { defaultPengaturan, readPengaturan } from "./read/pengaturan";
import { readPejabatSheet } from "./read/pejabat";
import { formatNumber, formatPercent, formatTarget, roundHalfAway } from "./format/number";
import { defaultAkumulasi, triwulanResults } from "./compute/quarters";
import type { Quarter } from "./read/quarterColumns";
import { missingQuarterFindings } from "./validate/quarterFindings";
import { readNumericCell } from "./read/numbers";

/** How a workbook is read: for the year (default), or for the quarterly report of quarter `triwulan` (spec 5.1, 6). */
export interface AnalyzeOptions {
  /** A blank annual Realisasi is not a finding; a quarter up to this one without realisasi is MISSING_QUARTER. */
  triwulan?: Quarter;
}

export function analyze(grid: WorkbookGrid, options: AnalyzeOptions = {}): Analysis {
  const findings = new FindingCollector();
  const sheets = Array.isArray(grid?.sheets)
    ? grid.sheets.filter((s) => s && typeof s.name === "string" && Array.isArray(s.rows))
    : [];
  const views = sheets.map((s) => new SheetView(s));
  const byName = (name: string) => views.find((v) => normalizeLabel(v.name) === name);

  // Identitas
  const identitasView = byName("identitas");
  const identitas = identitasView ? readIdentitas(identitasView, findings) : { ...EMPTY_IDENTITAS };
  if (!identitasView)
    findings.add(
      "MISSING_SHEET",
      "Identitas",
      "",
      'Sheet "Identitas" tidak ada; tambahkan sheet Identitas berisi Instansi, Pemerintah Daerah dan Tahun.',
    );

  // Indicator sheets
  const rows: IndicatorRow[] = [];
  const units: string[] = [];
  const columnsOf = new Map<
    string,
    { target: number; realisasi: number; indikator?: number; faktorPenghambat?: number; headerRow?: number }
  >();
  for (const view of views) {
    const key = normalizeLabel(view.name);
    if (NON_INDICATOR_SHEETS.has(key) || RESERVED_SHEET_KEYS.has(key)) {
      reportReservedIndicatorSheet(view, findings); // a unit's table under the add-in's own name is reported
      continue;
    }
    const result = readIndicatorSheet(view, findings, identitas.tahun, {
      realisasiOptional: options.triwulan !== undefined,
    });
    if (!result.isIndicatorSheet) continue;
    units.push(view.name);
    if (result.cols) columnsOf.set(view.name, result.cols);
    rows.push(...result.rows);
  }
  if (units.length === 0)
    findings.add(
      "MISSING_SHEET",
      "",
      "",
      'Tidak ada sheet indikator; buat satu sheet per unit (Sekretariat, tiap Bidang) dengan baris judul "Indikator Kinerja", "Target" dan "Realisasi".',
    );

  // The agency's own rules (Pengaturan), or the defaults
  const pengaturanView = byName("pengaturan");
  const { pengaturan, scale } = pengaturanView ? readPengaturan(pengaturanView, findings) : defaultPengaturan();
  const predikat = (c: number | null) => predikatOf(c, scale);

  // Capaian per indicator
  const indikator: IndikatorDetail[] = rows.map((r) => {
    // A blank annual Realisasi (a quarter's workbook) has no capaian of the year and no finding about it.
    const result = r.realisasiKosong
      ? { capaian: null }
      : computeCapaian(r.polaritas, r.target, r.realisasi, pengaturan);
    const cols = columnsOf.get(r.sheet)!;
    // addresses only when a finding needs them (10,000 rows: most need none)
    const flagged =
      result.zeroTarget !== undefined ||
      result.zeroRealisasi === "error" ||
      result.nonFinite === true ||
      (result.capaian !== null &&
        (result.capaian > 150 ||
          result.capaian < 0 ||
          result.uncapped !== undefined ||
          result.unfloored !== undefined));
    const targetAddress = flagged ? a1(r.row - 1, cols.target) : "";
    const realisasiAddress = flagged ? a1(r.row - 1, cols.realisasi) : "";
    if (result.zeroTarget === "error")
      findings.add(
        "ZERO_TARGET",
        r.sheet,
        targetAddress,
        `Target di sel ${targetAddress} bernilai 0 untuk polaritas Naik sehingga capaian tidak dapat dihitung; isi target yang benar.`,
        "error",
      );
    else if (result.zeroTarget === "warning")
      findings.add(
        "ZERO_TARGET",
        r.sheet,
        targetAddress,
        `Target di sel ${targetAddress} bernilai 0 (polaritas Turun); capaian ditetapkan ${r.realisasi === 0 ? "100%" : "0%"} karena realisasinya ${formatNumber(r.realisasi)}.`,
        "warning",
      );
    if (result.zeroRealisasi === "error")
      findings.add(
        "ZERO_REALISASI",
        r.sheet,
        realisasiAddress,
        `Realisasi di sel ${realisasiAddress} bernilai 0 sehingga capaian polaritas Turun dengan rumus T / R tidak dapat dihitung; periksa realisasinya, atau isi Batas Capaian di sheet Pengaturan agar realisasi 0 mendapat capaian setinggi batas itu.`,
      );
    if (result.nonFinite)
      findings.add(
        "EXTREME_CAPAIAN",
        r.sheet,
        realisasiAddress,
        `Capaian dari target di sel ${targetAddress} dan realisasi di sel ${realisasiAddress} terlalu besar untuk dihitung; periksa satuan dan besaran kedua angka itu.`,
        "error",
      );
    const capaian = result.capaian;
    const formula = result.uncapped ?? result.unfloored ?? capaian;
    if (formula !== null) {
      const shown = roundHalfAway(formula, 2);
      if (shown > 150 || shown < 0)
        findings.add(
          "EXTREME_CAPAIAN",
          r.sheet,
          realisasiAddress,
          `Capaian ${formatPercent(formula)} dari realisasi di sel ${realisasiAddress} tidak wajar (di atas 150% atau di bawah 0%)${result.uncapped !== undefined || result.unfloored !== undefined ? ` dan dibatasi menjadi ${formatPercent(capaian)}` : ""}; periksa satuan target dan realisasinya.`,
        );
    }
    const detail: IndikatorDetail = {
      unit: r.unit,
      sasaran: r.sasaran,
      indikator: r.indikator,
      satuan: r.satuan,
      polaritas: r.polaritas,
      target: r.target,
      realisasi: r.realisasi,
      capaian,
      predikat: predikat(capaian),
      sheet: r.sheet,
      row: r.row,
      standarNasional: r.standarNasional,
      riwayat: r.tahunLalu.map((y) => ({
        tahun: y.tahun,
        target: y.target,
        realisasi: y.realisasi,
        capaian:
          y.target === null || y.realisasi === null
            ? null
            : computeCapaian(r.polaritas, y.target, y.realisasi, pengaturan).capaian,
      })),
      capaianRenstra:
        r.targetAkhirRenstra === null
          ? null
          : computeCapaian(r.polaritas, r.targetAkhirRenstra, r.realisasi, pengaturan).capaian,
      akumulasi: r.akumulasi ?? defaultAkumulasi(r.satuan),
      triwulan: triwulanResults(
        r.polaritas,
        r.target,
        r.akumulasi ?? defaultAkumulasi(r.satuan),
        r.kuartal,
        pengaturan,
      ),
      targetText: formatTarget(r.target),
      realisasiText: formatNumber(r.realisasi),
      realisasiTahunLalu: r.realisasiTahunLalu,
      targetAkhirRenstra: r.targetAkhirRenstra,
      keterangan: r.keterangan,
      faktorPendukung: r.faktorPendukung,
      faktorPenghambat: r.faktorPenghambat,
      upayaPerbaikan: r.upayaPerbaikan,
    };
    if (result.uncapped !== undefined) detail.uncappedCapaian = result.uncapped;
    if (result.unfloored !== undefined) detail.unflooredCapaian = result.unfloored;
    if (
      capaian !== null &&
      roundHalfAway(capaian, 2) < 100 &&
      !hasText(r.faktorPenghambat) &&
      !hasText(r.upayaPerbaikan)
    ) {
      // Permenpan RB 53/2014 asks for the causes and the remedy of every miss: ask the unit at step 4
      const at = cols.faktorPenghambat ?? cols.indikator;
      const address = at === undefined ? "" : a1(r.row - 1, at);
      findings.add(
        "MISSING_ANALYSIS",
        r.sheet,
        address,
        cols.faktorPenghambat === undefined
          ? `Indikator ${quote(r.indikator)} di sel ${address} belum mencapai target (capaian ${formatPercent(capaian)}) tetapi sheet ini tidak punya kolom Faktor Penghambat dan Upaya Perbaikan; tambahkan kedua kolom itu dan tuliskan penyebab serta upaya perbaikannya, atau tulis analisisnya sendiri di laporan Word.`
          : `Indikator ${quote(r.indikator)} belum mencapai target (capaian ${formatPercent(capaian)}); tuliskan penyebabnya di sel ${address} (Faktor Penghambat) dan langkah perbaikannya di kolom Upaya Perbaikan, atau tulis analisisnya sendiri di laporan Word.`,
      );
    }
    if (r.kuartal) detail.kuartal = r.kuartal;
    if (r.realisasiKosong) {
      detail.realisasiKosong = true;
      detail.realisasiText = "";
    }
    return detail;
  });

  if (options.triwulan !== undefined) {
    const viewOf = new Map(views.map((v) => [v.name, v]));
    missingQuarterFindings(
      indikator,
      options.triwulan,
      findings,
      (sheet) => columnsOf.get(sheet)?.headerRow,
      (sheet, address) => {
        const p = parseA1(address);
        return (
          p !== undefined && readNumericCell(viewOf.get(sheet)?.get(p.row, p.col), undefined, false).kind !== "blank"
        );
      },
    );
  }

  // Sasaran: grouped by name across units, the first spelling shown
  const sasaranGroups = new Map<string, { name: string; capaian: (number | null)[] }>();
  for (const i of indikator) {
    const key = normalizeRepeated(i.sasaran);
    let g = sasaranGroups.get(key);
    if (!g) sasaranGroups.set(key, (g = { name: i.sasaran, capaian: [] }));
    g.capaian.push(i.capaian);
    i.sasaran = g.name;
  }
  const sasaran: SasaranResult[] = [...sasaranGroups.values()].map((g) => {
    const c = mean(g.capaian);
    return { sasaran: g.name, capaian: c, predikat: predikat(c), jumlahIndikator: g.capaian.length };
  });

  const capaianByUnit = new Map<string, (number | null)[]>(units.map((u) => [u, []]));
  for (const i of indikator) capaianByUnit.get(i.unit)?.push(i.capaian);
  const unit: UnitResult[] = units.map((u) => {
    const c = mean(capaianByUnit.get(u) ?? []);
    return { unit: u, capaian: c, predikat: predikat(c) };
  });

  const orgCapaian = mean(sasaran.map((s) => s.capaian));

  // Who signs each unit's Perjanjian Kinerja (spec 2.5)
  const pejabatView = byName("pejabat");
  const pejabat = pejabatView ? readPejabatSheet(pejabatView, units, findings) : [];

  // Anggaran
  const anggaranView = byName("anggaran");
  const anggaranRows: AnggaranRow[] = anggaranView
    ? readAnggaranSheet(anggaranView, findings, { realisasiOptional: options.triwulan !== undefined })
    : [];
  const anggaran: AnggaranDetail[] = anggaranRows.map((r) => {
    let linked: string | null = null;
    if (r.sasaran !== null) {
      const g = sasaranGroups.get(normalizeLabel(r.sasaran));
      if (g) linked = g.name;
      else {
        const address = a1(r.row - 1, r.sasaranCol ?? 0);
        findings.add(
          "UNKNOWN_SASARAN",
          r.sheet,
          address,
          `Sasaran ${quote(r.sasaran)} di sel ${address} tidak ditemukan pada sheet indikator mana pun; samakan penulisannya dengan nama sasaran di sheet unit.`,
        );
        linked = r.sasaran;
      }
    }
    const detail: AnggaranDetail = {
      program: r.program,
      sasaran: linked,
      pagu: r.pagu,
      realisasi: r.realisasi,
      serapan: ratioPercent([r.realisasi], [r.pagu]),
      sheet: r.sheet,
      row: r.row,
    };
    if (r.triwulan) {
      detail.triwulan = r.triwulan;
      detail.triwulanCells = r.triwulanCells;
    }
    return detail;
  });

  const programsBySasaran = new Map<string, typeof anggaran>();
  // a kegiatan's amounts are detail of its program (spec 2.3): counted once, with the program
  for (const a of programRows(anggaran)) {
    if (a.sasaran === null) continue;
    const list = programsBySasaran.get(a.sasaran);
    if (list) list.push(a);
    else programsBySasaran.set(a.sasaran, [a]);
  }
  const efisiensi: EfisiensiResult[] = sasaran.map((s) => {
    const programs = programsBySasaran.get(s.sasaran) ?? [];
    if (programs.length === 0)
      return { sasaran: s.sasaran, capaian: s.capaian, serapan: null, efisiensi: null, kategori: null };
    const serapan = ratioPercent(
      programs.map((p) => p.realisasi),
      programs.map((p) => p.pagu),
    );
    const diff = s.capaian === null || serapan === null ? null : s.capaian - serapan;
    const e = diff !== null && Number.isFinite(diff) ? diff : null;
    return { sasaran: s.sasaran, capaian: s.capaian, serapan, efisiensi: e, kategori: kategoriEfisiensi(e) };
  });

  return {
    findings: sortFindings(
      findings.items,
      views.map((v) => v.name),
    ),
    identitas,
    indikator,
    sasaran,
    unit,
    organisasi: { capaian: orgCapaian, predikat: predikat(orgCapaian) },
    anggaran,
    efisiensi,
    units,
    pengaturan,
    scale,
    customProperties: { ...(grid?.customProperties ?? {}) },
    pejabat,
  };
}

function hasText(t: string | null): boolean {
  return t !== null && t.trim() !== "";
}

/** Workbook-level findings first, then by sheet order, row and column (stable otherwise). */
function sortFindings(items: Finding[], sheetOrder: string[]): Finding[] {
  const order = new Map(sheetOrder.map((n, i) => [n, i] as const));
  const keyed = items.map((f, i) => {
    const pos = f.cell ? parseA1(f.cell) : undefined;
    return { f, i, s: f.sheet === "" ? -1 : (order.get(f.sheet) ?? -1), r: pos?.row ?? -1, c: pos?.col ?? -1 };
  });
  keyed.sort((x, y) => x.s - y.s || x.r - y.r || x.c - y.c || x.i - y.i);
  return keyed.map((k) => k.f);
}
