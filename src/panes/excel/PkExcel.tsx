/**
 * Excel pane, tab Format: "Buat Perjanjian Kinerja" (spec 5.2), after the format's targets are
 * typed and validated. It checks the open workbook as `lakip pk` does (blank Realisasi is not a
 * galat) and lists the PKs it gives, with their parties and what is to be written by hand. Excel
 * cannot make a Word document from an add-in (Office.js in Excel creates workbooks only:
 * Excel.createWorkbook), so the .docx files themselves are made where they can be: LAKIP.html
 * (a .zip of the PKs) or `lakip pk`; the notice says so in Bahasa Indonesia.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../core/index";
import { planPk } from "../../core/pk";
import type { ExcelHost } from "../../hosts/excel/port";
import { RefusalList } from "./RefusalList";
import { userMessage } from "../../core/errors";
import { usePaneTask } from "../common/usePaneTask";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  list: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
});

export const PK_WHERE =
  'Excel tidak dapat membuat dokumen Word dari panel add-in. Simpan buku kerja ini, lalu buka LAKIP.html (tab Format, bagian Perjanjian Kinerja) dan pilih berkasnya untuk mengunduh semua dokumen dalam satu .zip, atau jalankan "lakip pk BERKAS.xlsx --out FOLDER".';

export function PkExcel({ host, disabled = false }: { host: ExcelHost; disabled?: boolean }): React.ReactElement {
  const styles = useStyles();
  const { busy, notice, setNotice, step } = usePaneTask((e) => userMessage(e));
  const [refusal, setRefusal] = React.useState<Finding[] | null>(null);
  const [lines, setLines] = React.useState<string[]>([]);

  async function onPk(): Promise<void> {
    setRefusal(null);
    setLines([]);
    await step("Memeriksa buku kerja untuk Perjanjian Kinerja…", async () => {
      const plan = planPk(await host.readWorkbook());
      const errors = plan.findings.filter((f) => f.severity === "error");
      if (errors.length > 0) {
        setRefusal(errors);
        setNotice({
          intent: "error",
          title: "Perjanjian Kinerja belum dapat dibuat",
          body: `Buku kerja ini memuat ${errors.length} galat (Realisasi yang masih kosong tidak dihitung). Perbaiki dulu (klik temuan untuk menuju selnya), lalu coba lagi.`,
        });
        return;
      }
      setLines([
        ...plan.documents.map(
          (d) =>
            `${d.unit === null ? "PK Kepala" : `PK ${d.unit}`}: ${d.pertama.nama ?? "(nama ditulis tangan)"}, ${d.pertama.jabatan}, dengan ${d.kedua.jabatan}; ${d.sasaran.reduce((s, g) => s + g.indikator.length, 0)} indikator, ${d.program.length} program.`,
        ),
        ...plan.missing.map((m) => `Ditulis tangan: ${m}`),
      ]);
      setNotice({
        intent: plan.missing.length > 0 ? "warning" : "info",
        title: `Format siap untuk ${plan.documents.length} Perjanjian Kinerja`,
        body: PK_WHERE,
      });
    });
  }

  return (
    <section className={styles.section} aria-label="Perjanjian Kinerja">
      <Text>
        Awal tahun, setelah target diisi dan divalidasi: Perjanjian Kinerja Kepala dan setiap unit (penanda tangan unit
        dari sheet Pejabat).
      </Text>
      <Button disabled={disabled || busy !== null} onClick={() => void onPk()}>
        Buat Perjanjian Kinerja
      </Button>
      <div aria-live="polite" className={styles.section}>
        {busy && <Spinner size="tiny" label={busy.label} labelPosition="after" />}
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="pk-notice">
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.body && <div>{notice.body}</div>}
              {lines.length > 0 && (
                <ul className={styles.list}>
                  {lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {refusal && <RefusalList host={host} findings={refusal} setNotice={setNotice} />}
      </div>
    </section>
  );
}
