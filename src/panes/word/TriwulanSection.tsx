/**
 * The "Laporan Triwulan" part of the Word pane's Laporan tab (spec 5.1): choose the quarter,
 * insert the quarterly template into an empty document, fill quarter N's report from the loaded
 * workbook, and the galat of quarter N (MISSING_QUARTER at its cell) when the fill is refused.
 * Its host calls go through the shell's WordHost and task runner (one notice area, one Cancel).
 * Every disabled button says why beneath it.
 */
import * as React from "react";
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookGrid } from "../../core/grid";
import type { Finding } from "../../core/model";
import type { WordHost } from "../../hosts/word/port";
import type { ConfirmRequest } from "../common/ConfirmDialog";
import { checkCancelled, type PaneTask } from "../common/usePaneTask";
import { QUARTERS, romanQuarter, type Quarter } from "../../core/read/quarterColumns";
import { FindingList } from "../common/FindingList";
import { DisabledReason } from "../common/NoticeArea";
import { fillRefusal } from "./summary";
import { fillTriwulan, triwulanTemplateBase64, twName } from "./triwulanFill";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  heading: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, margin: 0 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300, margin: 0 },
});

export interface TriwulanSectionProps {
  host: WordHost;
  /** The workbook loaded in the Laporan tab, or null. */
  grid: WorkbookGrid | null;
  task: PaneTask;
  ask: (request: ConfirmRequest) => Promise<boolean>;
  /** Why the template cannot be inserted (busy, Word too old), or null. */
  templateReason: string | null;
  /** Why nothing can be filled (busy, Word too old), or null. */
  fillReason: string | null;
  /** Today (the signature's date). */
  now?: () => Date;
}

export function TriwulanSection(props: TriwulanSectionProps): React.ReactElement {
  const styles = useStyles();
  const { host, grid, task } = props;
  const [quarter, setQuarter] = React.useState<Quarter>(1);
  const [refused, setRefused] = React.useState<Finding[] | null>(null);
  React.useEffect(() => setRefused(null), [grid]);
  const blocked = {
    template: props.templateReason,
    fill: props.fillReason ?? (grid ? null : fillRefusal(null)),
  };

  async function onInsertTemplate(): Promise<void> {
    let empty = false;
    let checked = false;
    await task.step("Memeriksa isi dokumen…", async () => {
      empty = await host.isEmpty();
      checked = true;
    });
    if (!checked) return;
    if (
      !empty &&
      !(await props.ask({
        title: "Ganti isi dokumen?",
        body: "Seluruh isi dokumen ini akan diganti dengan kerangka Laporan Triwulan. Teks yang sudah ada akan hilang (dapat dibatalkan dengan Urungkan/Ctrl+Z). Lanjutkan?",
        action: "Ganti dengan kerangka",
      }))
    )
      return;
    await task.step("Menyisipkan kerangka Laporan Triwulan…", async () => {
      const inserted = await host.insertTemplate(await triwulanTemplateBase64());
      const total = (await host.listControls()).reduce((k, c) => k + c.count, 0);
      const lines = [
        ...(inserted.headersFooters
          ? []
          : [
              "Word versi ini menyisipkan isi kerangka tanpa kepala dan kaki halaman; perintah lakip triwulan dan LAKIP.html menulis laporan lengkap.",
            ]),
        ...inserted.notes,
      ];
      task.setNotice({
        intent: lines.length > 0 ? "warning" : "success",
        title: "Kerangka Laporan Triwulan disisipkan",
        body: `${total} kontrol konten siap diisi. Pilih triwulan lalu klik Isi Laporan Triwulan.`,
        lines: lines.length > 0 ? lines : undefined,
      });
    });
  }

  async function onFill(): Promise<void> {
    if (!grid || blocked.fill) return;
    setRefused(null);
    const n = quarter;
    await task.step(
      `Mengisi Laporan ${twName(n)}…`,
      async (signal) => {
        const r = await fillTriwulan(host, grid, n, props.now?.() ?? new Date());
        checkCancelled(signal);
        if (r.refused) {
          setRefused(r.refused);
          const missing = r.refused.filter((f) => f.code === "MISSING_QUARTER").length;
          task.setNotice({
            intent: "error",
            title: `Laporan ${twName(n)} tidak diisi`,
            body: `${r.refused.length} galat ${twName(n)}${missing > 0 ? `, ${missing} di antaranya realisasi triwulan yang belum diisi unit (MISSING_QUARTER)` : ""}; lihat daftar di bawah tombol. Dokumen tidak diubah.`,
          });
          return;
        }
        task.setNotice({
          intent: r.intent,
          title: r.title,
          body: r.body,
          lines: r.lines.length > 0 ? r.lines : undefined,
          details: r.filled.length > 0 ? { label: "Lihat bagian yang diisi", lines: r.filled } : undefined,
        });
      },
      { cancellable: true },
    );
  }
  return (
    <section className={styles.section} aria-labelledby="triwulan">
      <h2 id="triwulan" className={styles.heading}>
        Laporan Triwulan
      </h2>
      <p className={styles.hint}>
        Laporan Capaian Kinerja per triwulan dari buku kerja yang sama: capaian s.d. triwulan, rencana aksi, kendala dan
        serapan anggaran. Buka dokumen kosong untuk laporan ini.
      </p>
      <Field label="Triwulan">
        <Select
          value={String(quarter)}
          data-testid="word-tw-select"
          onChange={(_, d) => {
            setQuarter(Number(d.value) as Quarter);
            setRefused(null);
          }}
        >
          {QUARTERS.map((k) => (
            <option key={k} value={k}>
              Triwulan {romanQuarter(k)}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        disabled={blocked.template !== null}
        aria-describedby={blocked.template ? "tw-template-reason" : undefined}
        onClick={() => void onInsertTemplate()}
      >
        Sisipkan kerangka Laporan Triwulan
      </Button>
      <DisabledReason id="tw-template-reason" reason={blocked.template} />
      <Button
        disabled={blocked.fill !== null}
        aria-describedby={blocked.fill ? "tw-fill-reason" : undefined}
        onClick={() => void onFill()}
      >
        Isi Laporan {twName(quarter)}
      </Button>
      <DisabledReason id="tw-fill-reason" reason={blocked.fill} />
      {refused && refused.length > 0 && (
        <div data-testid="tw-refused">
          <FindingList findings={refused} />
        </div>
      )}
    </section>
  );
}
