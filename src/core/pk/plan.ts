/**
 * The Perjanjian Kinerja documents of a format workbook (spec 5.2): the Kepala's (pihak pertama
 * the Kepala, pihak kedua the Kepala Daerah, every indicator and program) and one per unit
 * (pihak pertama the unit's head from `Pejabat`, pihak kedua the Kepala; the unit's indicators
 * and the programs of its sasaran). Nobody's name is ever invented: a missing one is a line to
 * write by hand, listed in `missing`.
 */
import { analyze } from "../analyze";
import type { WorkbookGrid } from "../grid";
import type { Analysis, AnggaranResult, Finding, IndikatorDetail } from "../model";
import { normalizeLabel, normalizeRepeated, tidyText } from "../text";
import { jabatanOfUnit } from "./jabatan";
import { cellKey, readRencanaAksi, withPlaceholderRealisasi, type RencanaAksi } from "./workbook";

export interface PkPihak {
  jabatan: string;
  /** null: the name line is left to write by hand. */
  nama: string | null;
  nip: string | null;
  pangkat: string | null;
}

export interface PkSasaran {
  sasaran: string;
  indikator: (IndikatorDetail & { rencanaAksi: RencanaAksi | null })[];
}

export interface PkDocument {
  /** null for the Kepala's PK; else the unit (its indicator sheet's name). */
  unit: string | null;
  /** The organisation line under the title: the instansi, or the unit and the instansi. */
  organisasi: string;
  pertama: PkPihak;
  kedua: PkPihak;
  sasaran: PkSasaran[];
  /** Programs (kegiatan rows of a program are detail, not listed), with their pagu. */
  program: AnggaranResult[];
  /** The workbook holds Rencana Aksi columns for this document's indicators. */
  hasRencanaAksi: boolean;
}

export interface PkPlan {
  analysis: Analysis;
  /** The findings that concern the PK (blank Realisasi and what depends on it left out). */
  findings: Finding[];
  documents: PkDocument[];
  /** What is to be written by hand, one Indonesian sentence each. */
  missing: string[];
}

const KEGIATAN = /^(sub\s*-?\s*)?kegiatan\b/i;

/** The program rows (a kegiatan under a program row above it is detail of that program, spec 2.3). */
export function programRows(anggaran: readonly AnggaranResult[]): AnggaranResult[] {
  let inProgram = false;
  return anggaran.filter((a) => {
    if (KEGIATAN.test(a.program.trim())) return !inProgram;
    inProgram = true;
    return true;
  });
}

function grouped(
  list: readonly IndikatorDetail[],
  rencana: Map<string, RencanaAksi>,
  order: readonly string[],
): PkSasaran[] {
  const groups = new Map<string, PkSasaran>();
  for (const name of order) groups.set(normalizeRepeated(name), { sasaran: name, indikator: [] });
  for (const i of list) {
    const k = normalizeRepeated(i.sasaran);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { sasaran: i.sasaran, indikator: [] }));
    g.indikator.push({ ...i, rencanaAksi: rencana.get(cellKey(i.sheet, String(i.row))) ?? null });
  }
  return [...groups.values()].filter((g) => g.indikator.length > 0);
}

const text = (s: string | null | undefined): string | null => {
  const t = s ? tidyText(s) : "";
  return t === "" ? null : t;
};

export function planPk(grid: WorkbookGrid): PkPlan {
  const { grid: pkGrid, filled } = withPlaceholderRealisasi(grid);
  const analysis = analyze(pkGrid);
  // the placeholder's own findings, and the warnings that speak of its capaian (Turun target 0,
  // an analysis of causes asked for a miss that is only the blank realisasi)
  const findings = analysis.findings.filter(
    (f) =>
      !filled.has(cellKey(f.sheet, f.cell)) &&
      !(
        (f.code === "ZERO_TARGET" || f.code === "MISSING_ANALYSIS") &&
        f.severity === "warning" &&
        filled.has(cellKey(f.sheet, f.cell.replace(/^[A-Z]+/, "")))
      ),
  );
  const rencana = readRencanaAksi(grid);
  const id = analysis.identitas;
  const missing: string[] = [];
  const instansi = text(id.instansi) ?? "Instansi";
  const pemda = text(id.pemerintahDaerah);
  const jabatanKepala = text(id.jabatanKepala) ?? `Kepala ${instansi}${pemda ? ` ${pemda}` : ""}`;
  const kepala: PkPihak = {
    jabatan: jabatanKepala,
    nama: text(id.namaKepala),
    nip: text(id.nipKepala),
    pangkat: text(id.pangkatKepala),
  };
  if (!kepala.nama) missing.push("Nama Kepala (sheet Identitas): garis nama Kepala ditulis tangan.");
  if (!kepala.nip) missing.push("NIP Kepala (sheet Identitas): NIP di bawah tanda tangan Kepala ditulis tangan.");
  const daerahJabatan = text(id.jabatanKepalaDaerah);
  const kepalaDaerah: PkPihak = {
    jabatan: daerahJabatan ?? (pemda ? `Kepala Daerah ${pemda}` : "Kepala Daerah"),
    nama: text(id.namaKepalaDaerah),
    nip: null,
    pangkat: null,
  };
  if (!daerahJabatan)
    missing.push(
      `Jabatan Kepala Daerah (sheet Identitas): PK Kepala memakai "${kepalaDaerah.jabatan}"; isi misalnya Bupati ${pemda?.replace(/^kabupaten\s+/i, "") ?? "..."}.`,
    );
  if (!kepalaDaerah.nama)
    missing.push("Nama Kepala Daerah (sheet Identitas): garis nama pihak kedua PK Kepala ditulis tangan.");

  const order = analysis.sasaran.map((s) => s.sasaran);
  const programs = programRows(analysis.anggaran);
  const hasRa = (groups: PkSasaran[]) => groups.some((g) => g.indikator.some((i) => i.rencanaAksi !== null));
  const kepalaGroups = grouped(analysis.indikator, rencana, order);
  const documents: PkDocument[] = [
    {
      unit: null,
      organisasi: `${instansi}${pemda ? ` ${pemda}` : ""}`,
      pertama: kepala,
      kedua: kepalaDaerah,
      sasaran: kepalaGroups,
      program: programs,
      hasRencanaAksi: hasRa(kepalaGroups),
    },
  ];
  const pejabat = new Map((analysis.pejabat ?? []).map((p) => [normalizeLabel(p.unit), p]));
  for (const unit of analysis.units) {
    const list = analysis.indikator.filter((i) => i.unit === unit);
    const groups = grouped(list, rencana, order);
    const keys = new Set(groups.map((g) => normalizeRepeated(g.sasaran)));
    const p = pejabat.get(normalizeLabel(unit));
    const head: PkPihak = {
      jabatan: text(p?.jabatan) ?? jabatanOfUnit(unit),
      nama: text(p?.nama),
      nip: text(p?.nip),
      pangkat: text(p?.pangkat),
    };
    if (!head.nama)
      missing.push(
        `Pejabat ${unit} (sheet Pejabat): nama ${head.jabatan} belum diisi; garis nama di PK ${unit} ditulis tangan.`,
      );
    else if (!head.nip) missing.push(`NIP ${head.jabatan} (sheet Pejabat, unit ${unit}): NIP ditulis tangan.`);
    documents.push({
      unit,
      organisasi: `${unit} ${instansi}`,
      pertama: head,
      kedua: kepala,
      sasaran: groups,
      program: programs.filter((a) => a.sasaran !== null && keys.has(normalizeRepeated(a.sasaran))),
      hasRencanaAksi: hasRa(groups),
    });
  }
  return { analysis, findings, documents, missing };
}
