/**
 * LAKIP.html, tab Format: "Perjanjian Kinerja" (spec 5.2): the Kasubag picks the format whose
 * targets are filled (realisasi still empty) and downloads a .zip with the Kepala's PK and one per
 * unit. What is missing (a name, a NIP) is listed: it is written by hand, never invented. Its own
 * component, hooked into LakipPage with a few lines.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../core/model";
import { FindingList } from "../panes/common/FindingList";
import { UnreadableWorkbookError } from "../hosts/files/errors";
import { readWorkbookGrid } from "../hosts/files/readXlsx";
import { pkZip } from "../hosts/browserFiles/pkFiles";
import { downloadBytes } from "./fileIO";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  hidden: { display: "none" },
  findings: { maxHeight: "320px", overflowY: "auto" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Result {
  title: string;
  intent: "success" | "warning" | "error";
  lines: string[];
  refused: Finding[] | null;
  zip: { name: string; bytes: Uint8Array } | null;
}

export function PkSection({ disabled }: { disabled: boolean }): React.ReactElement {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<Result | null>(null);

  async function onFile(file: File): Promise<void> {
    setBusy(true);
    setResult(null);
    try {
      const grid = await readWorkbookGrid(new Uint8Array(await file.arrayBuffer()));
      const made = await pkZip(grid, new Date());
      const plan = made.build.plan;
      if (made.refused) {
        setResult({
          title: "Perjanjian Kinerja tidak dibuat",
          intent: "error",
          lines: [
            `${file.name}: ${made.refused.length} galat. Realisasi yang masih kosong bukan galat; perbaiki galat di bawah ini lalu pilih berkasnya lagi.`,
          ],
          refused: made.refused,
          zip: null,
        });
        return;
      }
      downloadBytes(made.zip, made.zipName, "application/zip");
      const lines = made.build.files.map((f, k) => {
        const d = plan.documents[k];
        return `${f.fileName}: ${d.pertama.jabatan} dengan ${d.kedua.jabatan}`;
      });
      if (!made.build.tanggal)
        lines.push(`Tanggal penandatanganan ditulis tangan ("……… Januari ${plan.analysis.identitas.tahun ?? ""}").`);
      setResult({
        title: `${made.build.files.length} Perjanjian Kinerja diunduh (${made.zipName})`,
        intent: plan.missing.length > 0 ? "warning" : "success",
        lines: [...lines, ...plan.missing.map((m) => `Ditulis tangan: ${m}`)],
        refused: null,
        zip: { name: made.zipName, bytes: made.zip },
      });
    } catch (e) {
      setResult({
        title: "Perjanjian Kinerja tidak dibuat",
        intent: "error",
        lines: [
          e instanceof UnreadableWorkbookError
            ? `${file.name}: ${e.message}`
            : `${file.name} tidak dapat diolah: ${e instanceof Error ? e.message : String(e)}`,
        ],
        refused: null,
        zip: null,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Text weight="semibold">Perjanjian Kinerja</Text>
      <Text size={200}>
        Awal tahun: dari format yang targetnya sudah diisi (realisasi masih kosong), Perjanjian Kinerja Kepala dengan
        Kepala Daerah dan satu per unit (kepala unit dari sheet Pejabat dengan Kepala), dengan lampiran sasaran,
        indikator, target dan anggaran program, dalam satu berkas .zip.
      </Text>
      <div className={styles.row}>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="pk-input"
          aria-label="Pilih format dengan target terisi (.xlsx)…"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            if (f) void onFile(f);
          }}
        />
        <Button disabled={disabled || busy} onClick={() => input.current?.click()}>
          Buat Perjanjian Kinerja (.zip)…
        </Button>
        {result?.zip && (
          <Button
            disabled={disabled || busy}
            onClick={() => downloadBytes(result.zip!.bytes, result.zip!.name, "application/zip")}
          >
            Unduh lagi
          </Button>
        )}
      </div>
      {busy && <Text size={200}>Menyusun Perjanjian Kinerja…</Text>}
      {result && (
        <MessageBar intent={result.intent} layout="multiline" data-testid="pk-notice">
          <MessageBarBody>
            <MessageBarTitle>{result.title}</MessageBarTitle>
            <ul className={styles.list}>
              {result.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.refused && (
        <div className={styles.findings} role="region" aria-label="Galat Perjanjian Kinerja" tabIndex={0}>
          <FindingList findings={result.refused} emptyText="" />
        </div>
      )}
    </>
  );
}
