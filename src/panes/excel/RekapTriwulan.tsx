/**
 * "Rekap triwulan" in the Rekap tab: the sheet "Rekap TW N" (capaian s.d. triwulan N per
 * indikator, sasaran and unit, serapan s.d. TW N, the chart per sasaran) beside the year's Rekap.
 * The quarter is chosen here; by default the latest quarter reported. Refused with the findings
 * (MISSING_QUARTER among them) while the data of quarters 1..N has errors.
 */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { Finding } from "../../core/model";
import { formatPercent } from "../../core/format/number";
import { figuresToDate } from "../../core/plan/rekapTwTable";
import { romanQuarter, type Quarter } from "../../core/read/quarterColumns";
import type { ExcelHost } from "../../hosts/excel/port";
import { FindingList } from "../common/FindingList";
import { DisabledReason } from "../common/NoticeArea";
import type { PaneTask } from "../common/usePaneTask";
import { rekapTriwulan, type AnalyzeFn } from "./rekapTriwulan";
import { TriwulanChoice } from "./TriwulanChoice";
import { useExcelStyles } from "./styles";

export function RekapTriwulan({
  host,
  task,
  analyze,
  onSelect,
  blocked,
}: {
  host: ExcelHost;
  task: PaneTask;
  analyze: AnalyzeFn;
  onSelect: (f: Finding) => void;
  blocked: string | null;
}): React.ReactElement {
  const styles = useExcelStyles();
  const [choice, setChoice] = React.useState<Quarter | undefined>(undefined);
  const [block, setBlock] = React.useState<Finding[] | null>(null);

  async function onRekapTw(): Promise<void> {
    setBlock(null);
    await task.step(
      "Menyusun rekap triwulan…",
      async (signal) => {
        const out = await rekapTriwulan(host, analyze, choice, signal, (label, value) =>
          task.setBusy({ label, value }),
        );
        if (out.kind === "none" || out.kind === "empty") {
          task.setNotice({
            intent: "info",
            title: "Rekap triwulan tidak dibuat",
            body:
              out.kind === "none"
                ? "Buku kerja ini belum memuat Realisasi TW satu triwulan pun. Himpun dulu berkas unit triwulan itu, atau pilih triwulannya."
                : "Belum ada indikator untuk direkap.",
          });
          return;
        }
        const tw = `Triwulan ${romanQuarter(out.n)}`;
        if (out.kind === "refused") {
          setBlock(out.errors);
          task.setNotice({
            intent: "error",
            title: `Rekap ${tw} belum dapat dibuat`,
            body: `Masih ada ${out.errors.length} galat untuk ${tw} (misalnya Realisasi TW yang belum diisi). Klik temuan untuk menuju selnya, isi atau himpun berkas unitnya, lalu jalankan lagi.`,
          });
          return;
        }
        const a = out.analysis;
        const { sasaran, organisasi } = figuresToDate(a, out.n);
        task.setNotice({
          intent: "success",
          title: `Sheet "${out.result.sheet}" diperbarui`,
          body: `Capaian organisasi s.d. ${tw}: ${formatPercent(organisasi)} (${a.indikator.length} indikator, ${sasaran.length} sasaran${out.result.chart ? ", dengan grafik per sasaran" : ""}).${out.auto ? ` ${tw} adalah triwulan terakhir yang dilaporkan.` : ""} Sheet lain tidak diubah; tahapan SOP tidak dicatat untuk rekap triwulan.`,
        });
      },
      { cancellable: true },
    );
  }

  return (
    <section className={styles.section} aria-labelledby="rekap-tw-heading" data-testid="rekap-tw">
      <h3 id="rekap-tw-heading" className={styles.heading}>
        Rekap triwulan
      </h3>
      <Text>
        Sheet &quot;Rekap TW N&quot;: capaian s.d. triwulan N per indikator, sasaran dan unit, serapan anggaran s.d.
        triwulan itu, dan grafiknya, di samping Rekap Capaian tahunan.
      </Text>
      <TriwulanChoice
        label="Triwulan"
        first="Triwulan terakhir yang dilaporkan"
        value={choice}
        onChange={setChoice}
        disabled={blocked !== null}
        testId="rekap-tw-choice"
      />
      <Button
        disabled={blocked !== null}
        aria-describedby={blocked ? "rekap-tw-reason" : undefined}
        onClick={() => void onRekapTw()}
      >
        {choice === undefined ? "Buat Rekap triwulan" : `Buat Rekap TW ${romanQuarter(choice)}`}
      </Button>
      <DisabledReason id="rekap-tw-reason" reason={blocked} />
      {block && block.length > 0 && <FindingList findings={block} onSelect={onSelect} />}
    </section>
  );
}
