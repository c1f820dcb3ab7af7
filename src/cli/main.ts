/**
 * `lakip`: the command line of the LAKIP engine (spec section 6). Argument parsing, output and
 * exit codes only; the numbers come from src/core. Exit status: 0 done and no error findings,
 * 1 error findings, 2 unusable input or arguments (message on stderr, nothing written).
 */
import * as fs from "fs";
import * as path from "path";
import { UserError, userMessage } from "../core/errors";
import { EXIT_OK, EXIT_UNUSABLE, processIO, type CliIO } from "./io";

export const HELP = `lakip: format, validasi dan perhitungan LAKIP (Laporan Akuntabilitas Kinerja Instansi Pemerintah)

Pemakaian:
  lakip format --out FILE.xlsx [--units "Sekretariat;Bidang ..."] [--force]
      Menulis workbook format pengumpulan data kinerja yang masih kosong (Petunjuk,
      Identitas, satu sheet per unit, Anggaran) lengkap dengan daftar pilihan dan petunjuk.
      --units  daftar unit dipisah titik koma; bawaan: Sekretariat dan empat Bidang Kesbangpol.
      --force  menimpa FILE.xlsx bila sudah ada.

  lakip format --from LALU.xlsx --out BARU.xlsx [--force]
      Format tahun berikutnya dari workbook tahun ini: Tahun + 1, unit, sasaran, indikator,
      satuan, polaritas, Target Akhir Renstra, Standar Nasional dan Pengaturan tetap; target
      dan realisasi tahun ini pindah ke kolom "Target YYYY"/"Realisasi YYYY". Workbook yang
      masih memuat galat ditolak (status 1).

  lakip format --per-unit INDUK.xlsx --out FOLDER [--force] [--catat-di-induk]
      Satu berkas per unit (langkah 3 SOP): Petunjuk, Identitas, sheet unit itu dengan
      indikator dan targetnya, dan baris Anggarannya; hanya sel yang diisi unit yang terbuka.
      Langkah 3 dicatat di setiap berkas unit; --catat-di-induk mencatatnya juga di properti
      INDUK.xlsx (hanya properti itu yang berubah).

  lakip format --per-unit INDUK.xlsx --triwulan N --out FOLDER [--force]
      Berkas unit untuk triwulan N (1-4): hanya Realisasi TW N, Kendala TW N dan Realisasi
      anggaran TW N yang terbuka; triwulan sebelumnya tampil terkunci.

  lakip himpun INDUK.xlsx UNIT.xlsx ... --out HIMPUN.xlsx [--force] [--triwulan N]
      Menghimpun berkas unit ke salinan format induk (langkah 4 SOP): hanya sel yang diisi
      unit diambil; indikator atau target yang diubah unit dilaporkan. Format induk tidak
      pernah ditimpa. Berkas unit triwulan (atau --triwulan N) hanya menyumbang sel
      triwulan itu; triwulan lain di format induk tidak berubah.

  lakip validate FILE.xlsx [--json] [--tw N]
      Memeriksa workbook dan mencetak temuan (GALAT dan PERINGATAN).
      --tw     memeriksa untuk laporan triwulan N: realisasi setiap triwulan sampai N wajib
               (MISSING_QUARTER), Realisasi tahunan boleh kosong.
      --json   mencetak { "findings": [...] }.

  lakip compute FILE.xlsx [--json]
      Menghitung capaian per indikator, sasaran, unit dan organisasi, predikat,
      serapan anggaran dan efisiensi.
      --json   mencetak hasil lengkap sebagai JSON.

  lakip report FILE.xlsx --out LAKIP.docx [--template T.docx] [--paper A4|F4] [--pdf LAKIP.pdf] [--logo LOGO.png]
      Menyusun dokumen LAKIP (Word) dari workbook: mengisi setiap kontrol bertag lakip:
      pada templat resmi bawaan, atau pada dokumen instansi sendiri (--template).
      --pdf    juga menulis PDF lewat LibreOffice (daftar isi dengan nomor halaman).
      --logo   memasang logo pemerintah daerah (PNG/JPEG) di sampul.
      Bila ada temuan galat, tidak ada yang ditulis (status 1).
      --paper  ukuran kertas templat bawaan: A4 (bawaan) atau F4 (215 x 330 mm).

  lakip pk FILE.xlsx --out FOLDER [--template T.docx] [--paper A4|F4] [--tanggal "2 Januari 2026"] [--pdf] [--force]
      Menulis Perjanjian Kinerja Kepala (PK-Kepala.docx) dan satu per unit (PK-<unit>.docx)
      dari format yang targetnya sudah diisi; Realisasi yang masih kosong bukan galat.
      Nama yang belum ada (sheet Identitas dan Pejabat) dibiarkan untuk ditulis tangan.
      --pdf    juga menulis PDF tiap dokumen lewat LibreOffice.
  lakip triwulan FILE.xlsx --tw N --out LAPORAN.docx [--template T.docx] [--pdf LAPORAN.pdf]
      Menyusun Laporan Capaian Kinerja Triwulan N (1-4): capaian s.d. triwulan per indikator
      dan sasaran, rencana aksi dan kendala, serapan anggaran s.d. triwulan, grafik.
      Realisasi tahunan boleh masih kosong; triwulan sampai N yang belum berrealisasi adalah
      galat MISSING_QUARTER dan tidak ada yang ditulis (status 1).

  lakip --help      menampilkan bantuan ini
  lakip --version   menampilkan versi

Status keluar: 0 selesai tanpa galat; 1 ada temuan galat; 2 berkas atau argumen tidak dapat dipakai.
`;

/** The project's version, from the package.json above this file (src or build/node). */
export function readVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, "package.json");
    try {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.version) return pkg.version;
    } catch {
      // not here: look one folder up
    }
    dir = path.dirname(dir);
  }
  return "0.0.0";
}

export type CommandRunner = (argv: readonly string[], io: CliIO) => Promise<number>;

async function commandFor(name: string): Promise<CommandRunner | undefined> {
  switch (name) {
    case "format":
      return (await import("./commands/format")).runFormat;
    case "format-next":
      return (await import("./commands/formatNext")).runFormatNext;
    case "himpun":
      return (await import("./commands/himpun")).runHimpun;
    case "validate":
      return (await import("./commands/validate")).runValidate;
    case "compute":
      return (await import("./commands/compute")).runCompute;
    case "report":
      return (await import("./commands/report")).runReport;
    case "pk":
      return (await import("./commands/pk")).runPk;
    case "triwulan":
      return (await import("./commands/triwulan")).runTriwulan;
    default:
      return undefined;
  }
}

/** Runs `lakip` with the arguments after the program name; resolves to the exit status. Never throws. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    if (
      first === "help" &&
      rest.length > 0 &&
      !["format", "validate", "compute", "report", "himpun", "pk"].includes(rest[0])
    ) {
      io.err(`Perintah "${rest[0]}" tidak dikenal.\n\n${HELP}`);
      return EXIT_UNUSABLE;
    }
    if (first === undefined) {
      io.err(HELP);
      return EXIT_UNUSABLE;
    }
    io.out(HELP);
    return EXIT_OK;
  }
  if (first === "--version" || first === "-v" || first === "version") {
    io.out(`lakip ${readVersion()}\n`);
    return EXIT_OK;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(HELP);
    return EXIT_OK;
  }
  try {
    // `format --from` and `format --per-unit` are their own command (src/cli/commands/formatNext.ts).
    const next = first === "format" && rest.some((a) => /^--(from|per-unit)(=|$)/.test(a));
    const run = first === "format-next" ? undefined : await commandFor(next ? "format-next" : first);
    if (!run) {
      const what = first.startsWith("-") ? `Opsi "${first}" tidak dikenal` : `Perintah "${first}" tidak dikenal`;
      io.err(
        `${what}; perintah yang ada: format, himpun, validate, compute, report, pk, triwulan. Lihat "lakip --help".\n`,
      );
      return EXIT_UNUSABLE;
    }
    return await run(rest, io);
  } catch (e) {
    // A UserError (e.g. UsageError) speaks to the user; anything else is a defect, not the user's
    // input: one plain sentence (core/errors), the library's own text (English, e.g. a zod dump)
    // and the stack trace only with LAKIP_DEBUG=1.
    const hint = e instanceof UserError ? "" : " (Jalankan lagi dengan LAKIP_DEBUG=1 untuk rinciannya.)";
    io.err(`lakip ${first}: ${userMessage(e)}${hint}\n`);
    if (!(e instanceof UserError) && process.env.LAKIP_DEBUG)
      io.err(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_UNUSABLE;
  }
}

/** Entry point for bin/lakip.js: runs and sets the exit status without cutting stdout short. */
export function run(argv: readonly string[] = process.argv.slice(2)): void {
  void main(argv).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) run();
