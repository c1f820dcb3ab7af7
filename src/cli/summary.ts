/** Readable summaries in Bahasa Indonesia for `lakip validate` and `lakip compute` without --json. */
import type { Analysis, Finding } from "../core/model";
import { formatNumber, formatPercent, formatRupiah } from "../core/format/number";
import { describeScale, DEFAULT_SCALE } from "../core/compute/predikat";

export function severityWord(f: Finding): string {
  return f.severity === "error" ? "GALAT" : "PERINGATAN";
}

/** "Sekretariat!G7", "Identitas", or "Workbook" for a workbook-level finding. */
export function findingPlace(f: Finding): string {
  if (f.sheet === "") return "Workbook";
  const sheet = /[^A-Za-z0-9_.]/.test(f.sheet) ? `'${f.sheet.replace(/'/g, "''")}'` : f.sheet;
  return f.cell ? `${sheet}!${f.cell}` : sheet;
}

/** One line per finding: "[GALAT] Sekretariat!G7 NOT_A_NUMBER: ...". */
export function findingLine(f: Finding): string {
  return `[${severityWord(f)}] ${findingPlace(f)} ${f.code}: ${f.message}`;
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
}

export function findingCountsLine(findings: readonly Finding[]): string {
  const { errors, warnings } = countFindings(findings);
  if (errors === 0 && warnings === 0) return "Tidak ada galat maupun peringatan.";
  return `${errors} galat, ${warnings} peringatan.`;
}

export function validateSummary(file: string, findings: readonly Finding[]): string {
  const lines = [`Validasi ${file}`];
  if (findings.length === 0) lines.push("Tidak ada galat maupun peringatan: data siap diolah.");
  else {
    lines.push("");
    for (const f of findings) lines.push(findingLine(f));
    lines.push("");
    const { errors } = countFindings(findings);
    lines.push(
      `Ringkasan: ${findingCountsLine(findings)}` +
        (errors > 0
          ? " Perbaiki semua GALAT sebelum laporan dibuat."
          : " Data dapat diolah; periksa peringatan bila perlu."),
    );
  }
  return lines.join("\n") + "\n";
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/** A plain text table: columns padded, numbers right-aligned. */
export function textTable(headers: string[], rows: string[][], right: boolean[]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [fmt(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(fmt)];
}

/** The rules in force (spec 2.4): the Turun formula, the bound and the predikat scale, and where they come from. */
export function rulesLines(a: Analysis): string[] {
  const p = a.pengaturan;
  const fromSheet = "(sheet Pengaturan)";
  const lines = ["Aturan perhitungan:"];
  lines.push(
    `  Rumus polaritas Turun : ${p.rumusTurun} x 100 ${p.rumusTurun === "(2T - R) / T" ? "(bawaan)" : fromSheet}`,
  );
  lines.push(
    `  Batas capaian         : ${p.batasCapaian === null ? "tidak ada (bawaan)" : `${formatNumber(p.batasCapaian)}% ${fromSheet}`}`,
  );
  const floor = p.batasBawahCapaian ?? null;
  lines.push(
    `  Batas bawah capaian   : ${floor === null ? "tidak ada (bawaan)" : `${formatNumber(floor)}% ${fromSheet}`}`,
  );
  const custom = a.scale.name !== DEFAULT_SCALE.name;
  lines.push(`  Skala predikat        : ${custom ? fromSheet.slice(1, -1) : `${DEFAULT_SCALE.name} (bawaan)`}`);
  for (const line of describeScale(a.scale)) lines.push(`    ${line}`);
  const capped = a.indikator.filter((i) => i.uncappedCapaian !== undefined).length;
  if (capped > 0)
    lines.push(`  ${formatNumber(capped)} indikator capaiannya dibatasi menjadi ${formatPercent(p.batasCapaian)}.`);
  const floored = a.indikator.filter((i) => i.unflooredCapaian !== undefined).length;
  if (floored > 0)
    lines.push(`  ${formatNumber(floored)} indikator capaiannya dinaikkan menjadi ${formatPercent(floor)}.`);
  return lines;
}

export function computeSummary(file: string, a: Analysis): string {
  const id = a.identitas;
  const lines: string[] = [`Hasil perhitungan ${file}`, ""];
  lines.push(`Instansi          : ${id.instansi ?? "-"}`);
  lines.push(`Pemerintah Daerah : ${id.pemerintahDaerah ?? "-"}`);
  lines.push(`Tahun             : ${id.tahun ?? "-"}`);
  if (id.namaKepala) lines.push(`Kepala            : ${id.namaKepala}${id.nipKepala ? ` (NIP ${id.nipKepala})` : ""}`);
  lines.push("", ...rulesLines(a));
  lines.push("");
  const org = a.organisasi;
  lines.push(`Capaian kinerja organisasi: ${formatPercent(org.capaian)}${org.predikat ? ` (${org.predikat})` : ""}`);
  lines.push(
    `Jumlah indikator: ${formatNumber(a.indikator.length)}; sasaran: ${a.sasaran.length}; unit: ${a.unit.length}.`,
  );
  if (a.sasaran.length > 0) {
    lines.push("", "Capaian per sasaran:");
    lines.push(
      ...textTable(
        ["No", "Sasaran Strategis", "Indikator", "Capaian", "Predikat"],
        a.sasaran.map((s, i) => [
          String(i + 1),
          clip(s.sasaran, 60),
          String(s.jumlahIndikator),
          formatPercent(s.capaian),
          s.predikat ?? "-",
        ]),
        [true, false, true, true, false],
      ).map((l) => "  " + l),
    );
  }
  if (a.unit.length > 0) {
    lines.push("", "Capaian per unit:");
    lines.push(
      ...textTable(
        ["Unit", "Capaian", "Predikat"],
        a.unit.map((u) => [clip(u.unit, 50), formatPercent(u.capaian), u.predikat ?? "-"]),
        [false, true, false],
      ).map((l) => "  " + l),
    );
  }
  if (a.anggaran.length > 0) {
    const pagu = a.anggaran.reduce((s, x) => s + x.pagu, 0);
    const real = a.anggaran.reduce((s, x) => s + x.realisasi, 0);
    lines.push(
      "",
      `Anggaran: pagu ${formatRupiah(pagu)}, realisasi ${formatRupiah(real)}, serapan ${formatPercent(pagu > 0 ? (real / pagu) * 100 : null)}.`,
    );
    const eff = a.efisiensi.filter((e) => e.efisiensi !== null);
    if (eff.length > 0) {
      lines.push("Efisiensi per sasaran:");
      lines.push(
        ...textTable(
          ["Sasaran Strategis", "Capaian", "Serapan", "Efisiensi", "Kategori"],
          eff.map((e) => [
            clip(e.sasaran, 50),
            formatPercent(e.capaian),
            formatPercent(e.serapan),
            e.efisiensi === null ? "-" : `${formatNumber(e.efisiensi, 2)} poin`,
            e.kategori ?? "-",
          ]),
          [false, true, true, true, false],
        ).map((l) => "  " + l),
      );
    }
  }
  lines.push("", `Temuan validasi: ${findingCountsLine(a.findings)}`);
  const { errors } = countFindings(a.findings);
  if (errors > 0)
    lines.push('Angka di atas belum final: jalankan "lakip validate" untuk melihat dan memperbaiki galat.');
  return lines.join("\n") + "\n";
}
