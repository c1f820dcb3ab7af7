/**
 * The Rekap view of LAKIP.html (SOP step 5): a copy of the current workbook with the sheet
 * "Rekap Capaian"; that copy becomes the current workbook, so Laporan carries step 5 with it.
 */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { formatPercent } from "../core/format/number";
import { rekapCopy } from "../hosts/browserFiles/workbookFiles";
import { DisabledReason } from "../panes/common/NoticeArea";
import { usePageStyles } from "./pageStyles";
import { errorCountOf, type PageEnv } from "./pageEnv";
import type { Made } from "./pageFiles";
import { XLSX_TYPE, withSuffix } from "./fileIO";
import { DownloadAgain } from "./pageParts";
import { OpenWorkbook, openWorkbook } from "./OpenWorkbook";

export function RekapView({ env }: { env: PageEnv }): React.ReactElement {
  const styles = usePageStyles();
  const { task, disabled, current } = env;
  const [rekapMade, setRekapMade] = React.useState<Made | null>(null);
  const errors = current ? errorCountOf(current.analysis.findings) : 0;

  async function onRekap(): Promise<void> {
    if (!current || errors > 0) return;
    await task.step("Menyusun rekap…", async () => {
      const { analysis } = current;
      const bytes = await rekapCopy(current.file, analysis, env.who(5), new Date());
      const tahun = analysis.identitas.tahun;
      const base = current.file.name.replace(/-rekap(-\d{4})?\.xlsx$/i, ".xlsx");
      const made = { name: withSuffix(base, `rekap${tahun ? `-${tahun}` : ""}`, ".xlsx"), bytes, type: XLSX_TYPE };
      env.deliver(made, setRekapMade);
      env.setCurrent(await env.files.workbookOf(made), "rekap");
      task.setNotice({
        intent: "success",
        title: "Rekap Capaian dibuat",
        body: `${made.name} diunduh: sheet "Rekap Capaian" dengan ${analysis.indikator.length} indikator dan ${analysis.sasaran.length} sasaran. Langkah 4 dan 5 dicatat Selesai; buku kerja ini sekarang dipakai di Laporan (langkah 6).`,
      });
    });
  }

  const blocked = disabled
    ? "Tunggu sampai pekerjaan yang sedang berjalan selesai."
    : !current
      ? "Himpun atau buka dulu buku kerjanya."
      : errors > 0
        ? `Masih ada ${errors} galat: perbaiki dulu (bagian Validasi menunjukkan selnya), lalu buka berkasnya lagi.`
        : null;
  return (
    <div className={styles.section}>
      <Text>
        Salinan buku kerja dengan sheet &quot;Rekap Capaian&quot; (capaian per indikator, sasaran, unit dan organisasi,
        serapan anggaran, efisiensi). Data harus bebas galat.
      </Text>
      <OpenWorkbook env={env} testId="rekap-workbook-input" onFiles={(f) => void openWorkbook(env, f)} />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={blocked !== null}
          aria-describedby={blocked ? "rekap-blocked" : undefined}
          onClick={() => void onRekap()}
        >
          Buat Rekap (langkah 5) dan unduh
        </Button>
        <DisabledReason id="rekap-blocked" reason={blocked} />
      </div>
      <DownloadAgain made={rekapMade} disabled={disabled} onSave={(m) => env.files.save(m)} />
      {current && errors === 0 && (
        <div className={styles.report} data-testid="rekap-summary">
          <Text>Capaian kinerja organisasi</Text>
          <span className={styles.big} data-testid="rekap-capaian">
            {formatPercent(current.analysis.organisasi.capaian)}
          </span>
          {current.analysis.organisasi.predikat && <Text>Predikat: {current.analysis.organisasi.predikat}</Text>}
          <table className={styles.table} aria-label="Capaian per sasaran">
            <thead>
              <tr>
                <th className={styles.th}>Sasaran Strategis</th>
                <th className={`${styles.th} ${styles.num}`}>Capaian</th>
                <th className={styles.th}>Predikat</th>
              </tr>
            </thead>
            <tbody>
              {current.analysis.sasaran.map((s) => (
                <tr key={s.sasaran}>
                  <td className={styles.td}>{s.sasaran}</td>
                  <td className={`${styles.td} ${styles.num}`}>{formatPercent(s.capaian)}</td>
                  <td className={styles.td}>{s.predikat ?? "-"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
