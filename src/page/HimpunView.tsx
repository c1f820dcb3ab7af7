/**
 * The Himpun view of LAKIP.html (SOP step 4): the units' filled workbooks gathered into one new
 * workbook, which becomes the current workbook of Validasi, Rekap and Laporan.
 */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { FileReport } from "../core/plan/himpunPlan";
import { gatherWorkbook, type WorkbookFile } from "../hosts/browserFiles/workbookFiles";
import { DisabledReason } from "../panes/common/NoticeArea";
import { usePageStyles } from "./pageStyles";
import { XLSX_ACCEPT, type PageEnv } from "./pageEnv";
import type { Made } from "./pageFiles";
import { CancelledError, nextFrame } from "./fileIO";
import { pageMessage } from "./pageMessage";
import { DownloadAgain, FilePicker } from "./pageParts";
import { himpunNotice } from "./himpunNotice";
import { GatherReports } from "./GatherReports";

export function HimpunView({ env }: { env: PageEnv }): React.ReactElement {
  const styles = usePageStyles();
  const { task, disabled } = env;
  const [master, setMaster] = React.useState<WorkbookFile | null>(null);
  const [unitFiles, setUnitFiles] = React.useState<File[]>([]);
  const [reports, setReports] = React.useState<FileReport[] | null>(null);
  const [gathered, setGathered] = React.useState<Made | null>(null);
  const chosen = React.useRef<HTMLSpanElement>(null);

  async function onMaster(files: File[]): Promise<void> {
    await task.step("Membaca buku kerja induk…", async (signal) => {
      const file = await env.files.readWorkbook(files[0], signal, task.setBusy);
      setMaster(file);
      task.setNotice({ intent: "info", title: "Buku kerja induk dipilih", body: file.name });
    });
  }

  async function onHimpun(): Promise<void> {
    setReports(null);
    setGathered(null);
    await task.step("Menghimpun data unit…", async (signal) => {
      const units: { name: string; grid?: WorkbookFile["grid"]; bytes?: Uint8Array; error?: string }[] = [];
      for (let i = 0; i < unitFiles.length; i++) {
        const f = unitFiles[i];
        try {
          const w = await env.files.readWorkbook(f, signal, task.setBusy, { i, n: unitFiles.length });
          units.push({ name: w.name, grid: w.grid, bytes: w.bytes });
        } catch (error) {
          if (error instanceof CancelledError) throw error;
          units.push({ name: f.name, error: pageMessage(error).replace(`${f.name}: `, "") });
        }
      }
      task.setBusy({ label: "Menyusun buku kerja terhimpun…" });
      await nextFrame();
      const result = await gatherWorkbook(master, units, env.who(4), new Date());
      if (signal.aborted) throw new CancelledError();
      setReports(result.plan.reports);
      const outcome = himpunNotice(result, unitFiles.length, env.current?.file.name);
      if (outcome.made) {
        env.deliver(outcome.made, setGathered);
        env.setCurrent(await env.files.workbookOf(outcome.made), "himpun");
      }
      task.setNotice(outcome.notice);
    });
  }

  const himpunBlocked = disabled
    ? "Tunggu sampai pekerjaan yang sedang berjalan selesai."
    : unitFiles.length === 0
      ? "Pilih dulu berkas unit yang sudah diisi."
      : null;
  return (
    <div className={styles.section}>
      <Text>
        Pilih buku kerja (.xlsx) yang diisi bidang dan sekretariat. Sheet indikator dan baris Anggaran mereka dihimpun
        menjadi satu buku kerja baru yang Anda unduh; buku kerja itu dipakai di Validasi, Rekap dan Laporan. Langkah 4
        dicatat Berjalan, lalu Selesai saat datanya bebas galat.
      </Text>
      <div className={styles.row}>
        <FilePicker
          label="Pilih buku kerja induk (opsional)…"
          accept={XLSX_ACCEPT}
          disabled={disabled}
          testId="master-input"
          onFiles={(f) => void onMaster(f)}
        />
        {master ? (
          <>
            <Text className={styles.fileName}>{master.name}</Text>
            <Button appearance="subtle" onClick={() => setMaster(null)} aria-label={`Lepas induk ${master.name}`}>
              Lepas
            </Button>
          </>
        ) : (
          <Text className={styles.hint}>
            Tanpa induk, sheet Identitas (dan Petunjuk, Pengaturan) diambil dari berkas unit pertama yang memilikinya.
          </Text>
        )}
      </div>
      <div className={styles.row}>
        <FilePicker
          label="Pilih berkas unit…"
          accept={XLSX_ACCEPT}
          multiple
          disabled={disabled}
          testId="himpun-input"
          onFiles={(f) => {
            setUnitFiles(f);
            setReports(null);
            task.setNotice(null);
            // The choice is the result of this action: focus moves to it.
            requestAnimationFrame(() => chosen.current?.focus());
          }}
        />
        <Text className={styles.fileName} data-testid="unit-files" tabIndex={-1} ref={chosen}>
          {unitFiles.length > 0
            ? `${unitFiles.length} berkas: ${unitFiles.map((f) => f.name).join(", ")}`
            : "Belum ada berkas unit dipilih."}
        </Text>
      </div>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={himpunBlocked !== null}
          aria-describedby={himpunBlocked ? "himpun-blocked" : undefined}
          onClick={() => void onHimpun()}
        >
          Himpun (langkah 4) dan unduh
        </Button>
        <DisabledReason id="himpun-blocked" reason={himpunBlocked} />
      </div>
      <DownloadAgain made={gathered} disabled={disabled} onSave={(m) => env.files.save(m)} />
      {reports && <GatherReports reports={reports} />}
    </div>
  );
}
