/** The one outcome of Himpun in LAKIP.html: success, warning (something refused or changed) or nothing gathered. */
import type { GatherResult } from "../hosts/browserFiles/workbookFiles";
import type { Notice } from "../panes/common/usePaneTask";
import type { Made } from "./pageFiles";
import { XLSX_TYPE } from "./fileIO";

export function himpunNotice(
  result: GatherResult,
  fileCount: number,
  previous: string | undefined,
): { made: Made | null; notice: Notice } {
  const { plan } = result;
  if (!plan.reports.some((r) => r.taken.length > 0))
    return {
      made: null,
      notice: {
        intent: "warning",
        title: "Tidak ada data yang dihimpun",
        body: "Tidak ada berkas yang dibuat. Lihat alasan per berkas di bawah.",
      },
    };
  // Unit sheets taken whole, and unit sheets of this master whose open cells were taken.
  const sheetCount = new Set([
    ...plan.write.sheets.map((s) => s.name),
    ...(plan.write.cells ?? []).map((c) => c.sheet).filter((n) => n.toLowerCase() !== "anggaran"),
  ]).size;
  const anggaranCells = (plan.write.cells ?? []).filter((c) => c.sheet.toLowerCase() === "anggaran").length;
  const refused = plan.reports.reduce((n, r) => n + r.refused.length, 0);
  const warned = plan.reports.reduce((n, r) => n + (r.warnings?.length ?? 0), 0);
  const made = { name: "data-kinerja-terhimpun.xlsx", bytes: result.bytes, type: XLSX_TYPE };
  const replaced = previous && previous !== made.name ? ` menggantikan ${previous}` : "";
  const body = `${sheetCount} sheet unit dan ${(plan.write.anggaran?.rows.length ?? 0) + anggaranCells} baris Anggaran dari ${fileCount} berkas dihimpun ke ${made.name} (diunduh; sheet lain dari ${result.base}). Buku kerja ini${replaced} dipakai di Validasi, Rekap dan Laporan. Langkah 4 dicatat Berjalan.`;
  if (refused > 0 || warned > 0)
    return {
      made,
      notice: {
        intent: "warning",
        title: `Data unit dihimpun sebagian: ${[refused > 0 ? `${refused} ditolak` : "", warned > 0 ? `${warned} peringatan` : ""].filter(Boolean).join(", ")}`,
        body: `${body} Lihat yang ditolak dan peringatannya per berkas di bawah.`,
      },
    };
  return {
    made,
    notice: { intent: "success", title: "Data unit dihimpun", body: `${body} Buka Validasi berikutnya.` },
  };
}
