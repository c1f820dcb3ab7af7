/**
 * The Validasi view of LAKIP.html: the findings of the current workbook (FindingList) beside a
 * preview of its sheets with the cells marked, and a highlighted copy to download.
 */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { Finding } from "../core/model";
import { readStepRecords } from "../core/sop";
import { highlightedCopy } from "../hosts/browserFiles/workbookFiles";
import { FindingList } from "../panes/common/FindingList";
import type { Notice } from "../panes/common/usePaneTask";
import { DisabledReason } from "../panes/common/NoticeArea";
import { usePageStyles } from "./pageStyles";
import { errorCountOf, type Current, type PageEnv } from "./pageEnv";
import type { Made } from "./pageFiles";
import { XLSX_TYPE, withSuffix } from "./fileIO";
import { DownloadAgain } from "./pageParts";
import { OpenWorkbook, openWorkbook } from "./OpenWorkbook";
import { SheetPreview } from "./SheetPreview";

export function validasiNotice(c: Current): Notice {
  const errors = errorCountOf(c.analysis.findings);
  const warnings = c.analysis.findings.length - errors;
  return errors > 0
    ? {
        intent: "error",
        title: `${errors} galat, ${warnings} peringatan`,
        body: "Sel bertemuan ditandai (merah dengan ✗: galat, kuning dengan ⚠: peringatan). Pilih temuan untuk melihat selnya, perbaiki di Excel, lalu buka berkasnya lagi di sini.",
      }
    : {
        intent: "success",
        title: warnings > 0 ? `Tidak ada galat, ${warnings} peringatan` : "Data bersih",
        body: `${c.analysis.indikator.length} indikator siap direkap (langkah 5). Langkah 4 dicatat Selesai; catatannya ikut ke berkas berikutnya yang Anda unduh.`,
      };
}

function stepFourDone(c: Current): boolean {
  return (
    errorCountOf(c.analysis.findings) === 0 &&
    readStepRecords(c.file.grid.customProperties ?? {}).get(4)?.status === "Selesai"
  );
}

export function ValidasiView({ env }: { env: PageEnv }): React.ReactElement {
  const styles = usePageStyles();
  const { task, disabled, current } = env;
  const [focus, setFocus] = React.useState<{ sheet: string; cell: string; seq: number } | null>(null);
  const [highlightMade, setHighlightMade] = React.useState<Made | null>(null);
  React.useEffect(() => {
    setFocus(null);
    setHighlightMade(null);
  }, [current]);

  async function onHighlight(): Promise<void> {
    if (!current) return;
    await task.step("Membuat salinan bersorot…", async () => {
      const r = await highlightedCopy(current.file, current.analysis.findings, env.who(4), new Date());
      const tahun = current.analysis.identitas.tahun;
      const made = {
        name: withSuffix(current.file.name, `validasi${tahun ? `-${tahun}` : ""}-sorotan`, ".xlsx"),
        bytes: r.bytes,
        type: XLSX_TYPE,
      };
      env.deliver(made, setHighlightMade);
      task.setNotice({
        intent: "success",
        title: "Salinan bersorot diunduh",
        body: `${made.name}: ${r.errorCells} sel galat (merah) dan ${r.warningCells} sel peringatan (kuning). Isi sel tidak diubah; berkas asli tetap seperti semula.`,
      });
    });
  }

  const onSelect = (f: Finding) => setFocus((prev) => ({ sheet: f.sheet, cell: f.cell, seq: (prev?.seq ?? 0) + 1 }));
  const blocked = disabled ? "Tunggu sampai pekerjaan yang sedang berjalan selesai." : null;
  return (
    <div className={styles.section}>
      <Text>
        Memeriksa semua sheet buku kerja terhimpun. Peramban tidak dapat mengubah berkas di komputer Anda, jadi berkas
        aslinya tidak pernah ditimpa: sorotan dibuat pada salinan yang Anda unduh.
      </Text>
      <OpenWorkbook
        env={env}
        testId="workbook-input"
        onFiles={(f) => void openWorkbook(env, f, validasiNotice, true)}
      />
      {current && (
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={blocked !== null}
            aria-describedby={blocked ? "highlight-blocked" : undefined}
            onClick={() => void onHighlight()}
          >
            Unduh salinan bersorot (langkah 4)
          </Button>
          <DisabledReason id="highlight-blocked" reason={blocked} />
        </div>
      )}
      {current && stepFourDone(current) && (
        <Text data-testid="step4-recorded">
          Data bebas galat: langkah 4 (menghimpun dan memeriksa data) tercatat Selesai; catatannya ikut ke berkas
          berikutnya yang Anda unduh.
        </Text>
      )}
      <DownloadAgain made={highlightMade} disabled={disabled} onSave={(m) => env.files.save(m)} />
      {current && (
        <div className={styles.split}>
          <div className={styles.findings}>
            <FindingList
              findings={current.analysis.findings}
              onSelect={onSelect}
              emptyText="Tidak ada temuan: data siap direkap."
            />
          </div>
          <SheetPreview
            key={current.file.name + current.file.bytes.length}
            grid={current.file.grid}
            findings={current.analysis.findings}
            focus={focus}
          />
        </div>
      )}
    </div>
  );
}
