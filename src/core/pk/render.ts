/**
 * The Perjanjian Kinerja's controls as WordprocessingML (pure). Layout and words follow the
 * published format (Permenpan RB 53/2014 format annex; the PKs named in docs/report.md): the
 * letterhead (Pemerintah Daerah, instansi, Alamat, a double rule), "PERJANJIAN KINERJA TAHUN
 * YYYY", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, ...", the two parties by
 * Nama and Jabatan, the promise of pihak pertama and the supervision of pihak kedua, the
 * signatures (pihak kedua left, pihak pertama right, place and date above); the annex (sasaran,
 * indikator, target; program and anggaran with the total) signed again; the Rencana Aksi when
 * the workbook holds it. A name that is not in the workbook is a dotted line to write by hand.
 */
import { formatTanggal } from "../format/date";
import { formatNumber } from "../format/number";
import { cleanText, oneLine, paragraph, run, table, type Inline, type RowSpec } from "../report/xml";
import { textWidth, widthForWords } from "../report/textWidth";
import { PK_TEXT_WIDTH, renderPkAnnexTable, TURUN_MARK } from "./annex";
import type { PkDocument, PkPihak } from "./plan";
import type { PkTag } from "./tags";

export interface PkRenderOptions {
  tahun: number | null;
  pemerintahDaerah: string | null;
  instansi: string | null;
  alamat: string | null;
  tempat: string | null;
  /** The signing date; null: "...... Januari YYYY" to write by hand. */
  tanggal: Date | null;
}

const DOTS = "……………………………";
const BODY = 24; // 12 pt
const SIGN_COLUMN = Math.floor(PK_TEXT_WIDTH / 2);

/**
 * A bold centred line opening a control. Bold comes from the Title style too: LibreOffice drops
 * the direct bold of the first run of a block content control (seen in its PDF export).
 */
function lead(
  text: string,
  size: number,
  spacing: { before?: number; after?: number; pageBreak?: boolean } = {},
): string {
  return (
    `<w:p><w:pPr><w:pStyle w:val="Title"/><w:keepNext/>${spacing.pageBreak ? "<w:pageBreakBefore/>" : ""}` +
    `<w:spacing w:before="${spacing.before ?? 0}" w:after="${spacing.after ?? 0}" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>` +
    run(text, { bold: true, size }) +
    "</w:p>"
  );
}

/** A body paragraph of the statement: justified, single-spaced (the statement and signatures fit one page). */
function isi(content: Inline | Inline[], before = 0, after = 120): string {
  return paragraph(content, { align: "both", before, after }).replace(
    /<w:spacing ([^/]*)\/>/,
    '<w:spacing $1 w:line="276" w:lineRule="auto"/>',
  );
}

function pemdaLine(pemda: string | null): string {
  const p = pemda ? oneLine(pemda) : "";
  if (p === "") return "PEMERINTAH DAERAH";
  return /^pemerintah\b/i.test(p) ? p.toUpperCase() : `PEMERINTAH ${p.toUpperCase()}`;
}

/** The letterhead: Pemerintah Daerah, instansi, Alamat, then a double rule under it. */
export function renderKop(o: PkRenderOptions): string {
  const center = (text: string, size: number, bold = true) =>
    paragraph({ text, props: { bold, size } }, { align: "center", after: 0, before: 0 });
  let out = lead(pemdaLine(o.pemerintahDaerah), 28);
  out += center((o.instansi ? oneLine(o.instansi) : "INSTANSI").toUpperCase(), 30);
  if (o.alamat && oneLine(o.alamat)) out += center(oneLine(o.alamat), 20, false);
  // the rule of a letterhead: a paragraph with a thick-thin bottom border
  out +=
    '<w:p><w:pPr><w:pBdr><w:bottom w:val="thickThinSmallGap" w:sz="24" w:space="1" w:color="000000"/></w:pBdr>' +
    '<w:spacing w:before="0" w:after="240" w:line="120" w:lineRule="exact"/></w:pPr></w:p>';
  return out;
}

export function renderJudul(doc: PkDocument, o: PkRenderOptions): string {
  let out = lead(`PERJANJIAN KINERJA TAHUN ${o.tahun ?? "……"}`, 28, { before: 120, after: doc.unit ? 0 : 240 });
  if (doc.unit)
    out += paragraph(
      { text: oneLine(doc.unit).toUpperCase(), props: { bold: true, size: BODY } },
      {
        align: "center",
        after: 240,
      },
    );
  return out;
}

/** "Nama : ..." / "Jabatan : ..." lines of one party (a borderless two-column layout by tab). */
function identityLines(p: PkPihak): string {
  // the value's lines are balanced by hand (no lone word on the last one), under the hanging indent
  const line = (label: string, value: string) =>
    `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="1701"/></w:tabs>` +
    `<w:spacing w:after="0" w:line="276" w:lineRule="auto"/><w:ind w:left="1985" w:hanging="1418"/></w:pPr>${run(label)}<w:r><w:tab/></w:r>` +
    balancedLines(`: ${value}`, PK_TEXT_WIDTH - 1985 - 100)
      .map((l, k) => (k > 0 ? "<w:r><w:br/></w:r>" : "") + run(l))
      .join("") +
    "</w:p>";
  return line("Nama", p.nama ? oneLine(p.nama) : DOTS) + line("Jabatan", oneLine(p.jabatan));
}

export function renderPernyataan(doc: PkDocument, o: PkRenderOptions): string {
  const tahun = o.tahun ?? "ini";
  let out = isi(
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
  );
  out += identityLines(doc.pertama);
  out += isi("selanjutnya disebut pihak pertama.", 60);
  out += identityLines(doc.kedua);
  out += isi("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", 60);
  out += isi(
    `Pihak pertama pada tahun ${tahun} ini berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab pihak pertama.`,
    120,
  );
  out += isi(
    "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
  );
  return out;
}

/**
 * `text` broken into lines that fit `width` twips at `halfPoints`, never leaving one word alone
 * on the last line when the line before can give it company (a long jabatan in a signature block).
 */
export function balancedLines(text: string, width: number, halfPoints = BODY, bold = false): string[] {
  const words = oneLine(text).split(" ").filter(Boolean);
  const fits = (ws: string[]) => textWidth(ws.join(" "), halfPoints, bold) <= width;
  const lines: string[][] = [];
  for (const w of words) {
    const last = lines[lines.length - 1];
    if (last && fits([...last, w])) last.push(w);
    else lines.push([w]);
  }
  if (lines.length >= 2) {
    const last = lines[lines.length - 1];
    const prev = lines[lines.length - 2];
    while (last.length < 2 && prev.length > 2 && fits([prev[prev.length - 1], ...last])) last.unshift(prev.pop()!);
  }
  return lines.map((l) => l.join(" "));
}

/** One party's signature cell: role, jabatan (padded to `lines` lines), room to sign, name, pangkat, NIP. */
function signatureCell(
  role: string,
  p: PkPihak,
  jabatan: string[],
  lines: number,
  withNip: boolean,
  date: string,
): string {
  const para = (content: Inline | Inline[], before = 0) =>
    paragraph(content, { align: "center", before, after: 0, keepNext: true });
  let out = para(date || "") + para(role);
  for (let k = 0; k < lines; k++) out += para(jabatan[k] ?? "");
  out += para({ text: p.nama ? oneLine(p.nama) : DOTS, props: { bold: true, underline: true } }, 1300);
  if (p.pangkat) out += para(oneLine(p.pangkat));
  if (withNip) out += para(`NIP. ${p.nip ? oneLine(p.nip) : DOTS}`);
  return out;
}

/**
 * Place and date above pihak pertama (right), pihak kedua on the left, as the published PKs sign;
 * one table row that never splits, the two names on one line.
 */
export function renderTandaTangan(doc: PkDocument, o: PkRenderOptions): string {
  const where = o.tempat && oneLine(o.tempat) ? oneLine(o.tempat) : "……………";
  const when = o.tanggal ? formatTanggal(o.tanggal) : `……… Januari ${o.tahun ?? "……"}`;
  const width = SIGN_COLUMN - 288;
  const kiri = balancedLines(`${oneLine(doc.kedua.jabatan)},`, width);
  const kanan = balancedLines(`${oneLine(doc.pertama.jabatan)},`, width);
  const lines = Math.max(kiri.length, kanan.length);
  const cell = (content: string) =>
    `<w:tc><w:tcPr><w:tcW w:w="${SIGN_COLUMN}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  // the Kepala Daerah is not a civil servant: no NIP line under the Bupati's name
  const kedua = doc.unit !== null || doc.kedua.nip !== null;
  // a side without pangkat gets a blank line where the other prints one: the NIP lines stay level
  const anyPangkat = doc.pertama.pangkat !== null || doc.kedua.pangkat !== null;
  const padded = (p: PkPihak): PkPihak => (anyPangkat && p.pangkat === null ? { ...p, pangkat: " " } : p);
  const keduaShown = kedua ? padded(doc.kedua) : doc.kedua;
  const xml =
    "<w:tbl><w:tblPr>" +
    `<w:tblW w:w="${SIGN_COLUMN * 2}" w:type="dxa"/><w:jc w:val="center"/>` +
    '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' +
    '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    `</w:tblPr><w:tblGrid><w:gridCol w:w="${SIGN_COLUMN}"/><w:gridCol w:w="${SIGN_COLUMN}"/></w:tblGrid>` +
    "<w:tr><w:trPr><w:cantSplit/></w:trPr>" +
    cell(signatureCell("Pihak Kedua,", keduaShown, kiri, lines, kedua, "")) +
    cell(signatureCell("Pihak Pertama,", padded(doc.pertama), kanan, lines, true, `${where}, ${when}`)) +
    "</w:tr></w:tbl>";
  return paragraph("", { before: 120, after: 0, keepNext: true }) + xml;
}

/** A bold centred heading, broken into balanced lines (no lone word on the last line). */
function heading(text: string): string {
  return balancedLines(text, PK_TEXT_WIDTH - 200, BODY, true)
    .map((line) => lead(line, BODY))
    .join("");
}

function programTable(doc: PkDocument): string {
  const amounts = doc.program.map((p) => formatNumber(p.pagu, 0));
  const total = doc.program.reduce((s, p) => s + p.pagu, 0);
  const rp = Math.max(1800, widthForWords([...amounts, formatNumber(total, 0), "Anggaran"], 20, true));
  const no = 454;
  const widths = [no, PK_TEXT_WIDTH - no - rp, rp];
  const rows: RowSpec[] = [
    { header: true, keepWithNext: true, cells: ["No", "Program", "Anggaran (Rp)"].map((t) => ({ content: t })) },
    ...doc.program.map((p, k): RowSpec => ({
      keepWithNext: doc.program.length <= 10,
      cells: [
        { content: String(k + 1), align: "center" },
        { content: oneLine(p.program) },
        { content: formatNumber(p.pagu, 0), align: "right" },
      ],
    })),
    {
      total: true,
      cells: [
        { content: "Jumlah", span: 2, align: "center" },
        { content: formatNumber(total, 0), align: "right" },
      ],
    },
  ];
  return table({ widths, rows });
}

function note(text: string): string {
  return paragraph({ text, props: { size: 18, italic: true } }, { after: 0, before: 60 });
}

/** The annex: the sasaran/indikator/target table, the program table with the total, signed again. */
export function renderLampiran(doc: PkDocument, o: PkRenderOptions): string {
  let out = lead(`LAMPIRAN PERJANJIAN KINERJA TAHUN ${o.tahun ?? "……"}`, BODY, { pageBreak: true });
  out += heading(oneLine(doc.organisasi).toUpperCase());
  out += paragraph("", { after: 120, keepNext: true });
  const annex = renderPkAnnexTable(doc.sasaran);
  out += annex || paragraph("Belum ada indikator kinerja untuk diperjanjikan.");
  if (doc.sasaran.some((g) => g.indikator.some((i) => i.polaritas === "Turun")))
    out += note(
      `${TURUN_MARK.trim()} Indikator berpolaritas Turun: kinerja makin baik bila realisasinya makin kecil dari target.`,
    );
  out += paragraph("", { after: 120, keepNext: true });
  if (doc.program.length > 0) out += programTable(doc);
  else
    out += paragraph(
      doc.unit === null
        ? "Data anggaran program belum tersedia (sheet Anggaran kosong)."
        : "Tidak ada program dalam data anggaran yang dikaitkan dengan sasaran unit ini.",
    );
  return out + renderTandaTangan(doc, o);
}

/** Rencana Aksi: per indicator, its target of the year and each quarter's target and action. */
export function renderRencanaAksi(doc: PkDocument, o: PkRenderOptions): string {
  if (!doc.hasRencanaAksi) return "<w:p/>";
  let out = lead(`RENCANA AKSI PERJANJIAN KINERJA TAHUN ${o.tahun ?? "……"}`, BODY, { pageBreak: true });
  out += heading(oneLine(doc.organisasi).toUpperCase());
  out += paragraph("", { after: 120, keepNext: true });
  const tw = ["I", "II", "III", "IV"];
  const all = doc.sasaran.flatMap((g) => g.indikator);
  const no = 454;
  const twCol = Math.max(widthForWords(["Triwulan"], 20, true), 1000);
  const target = Math.max(
    widthForWords(["Target"], 20, true),
    widthForWords(
      all.flatMap((i) => [`${i.targetText} ${oneLine(i.satuan)}`, ...(i.rencanaAksi?.target ?? [])]),
      20,
    ),
    1100,
  );
  const rest = PK_TEXT_WIDTH - no - twCol - 2 * target;
  const indikator = Math.round(rest * 0.45);
  const widths = [no, indikator, target, twCol, target, rest - indikator];
  const rows: RowSpec[] = [
    {
      header: true,
      cells: ["No", "Indikator Kinerja", "Target Tahunan", "Triwulan", "Target", "Rencana Aksi"].map((t) => ({
        content: t,
      })),
    },
  ];
  all.forEach((i, k) => {
    const ra = i.rencanaAksi;
    tw.forEach((q, n) => {
      const first = n === 0;
      const vMerge = first ? ("restart" as const) : ("continue" as const);
      rows.push({
        keepWithNext: n < 3,
        cells: [
          { content: first ? String(k + 1) : "", align: "center", vMerge },
          { content: first ? oneLine(i.indikator) : "", vMerge },
          { content: first ? `${i.targetText} ${oneLine(i.satuan)}` : "", align: "right", vMerge },
          { content: q, align: "center" },
          { content: ra?.target[n] || "-", align: "right" },
          { content: ra?.aksi[n] ? cleanText(ra.aksi[n]) : "-" },
        ],
      });
    });
  });
  out += table({ widths, rows });
  return out;
}

/** Every control's body for one document. */
export function renderPk(doc: PkDocument, o: PkRenderOptions): Record<PkTag, string> {
  return {
    "lakip:pk-kop": renderKop(o),
    "lakip:pk-judul": renderJudul(doc, o),
    "lakip:pk-pernyataan": renderPernyataan(doc, o),
    "lakip:pk-tanda-tangan": renderTandaTangan(doc, o),
    "lakip:pk-lampiran": renderLampiran(doc, o),
    "lakip:pk-rencana-aksi": renderRencanaAksi(doc, o),
  };
}
