/**
 * The Triwulan view of LAKIP.html: one quarter's round over files, on the current workbook (the
 * year's master): 1. unit files for quarter N (.zip, only quarter N's cells open), 2. Himpun of
 * the filled files (only quarter N's cells written; the result becomes the current workbook),
 * 3. the check of quarter N (MISSING_QUARTER at its cell), 4. the sheet "Rekap TW N" (.xlsx,
 * becomes the current workbook), 5. the Laporan Triwulan .docx. The
 * next step to do is the one primary button. No SOP step is recorded: a quarter is no step of the
 * year's SOP (docs/decisions/quarters.md).
 */
import * as React from "react";
import { Button, Field, Select, Text } from "@fluentui/react-components";
import type { Analysis, Finding } from "../core/model";
import { QUARTERS, romanQuarter, type Quarter } from "../core/read/quarterColumns";
import { FindingList } from "../panes/common/FindingList";
import { DisabledReason } from "../panes/common/NoticeArea";
import { usePageStyles } from "./pageStyles";
import { XLSX_ACCEPT, type PageEnv } from "./pageEnv";
import type { Made } from "./pageFiles";
import { DownloadAgain, FilePicker } from "./pageParts";
import { OpenWorkbook, openWorkbook } from "./OpenWorkbook";
import { SheetPreview } from "./SheetPreview";
import { GatherReports } from "./GatherReports";
import {
  checkQuarter,
  gatherQuarterFiles,
  makeQuarterRekap,
  makeQuarterUnitFiles,
  makeTriwulanReport,
  quarterBlocked,
  tw,
  type QuarterGathered,
} from "./quarterActions";

type Stage = "unit" | "himpun" | "periksa" | "rekap" | "laporan";

export function TriwulanView({ env }: { env: PageEnv }): React.ReactElement {
  const styles = usePageStyles();
  const { disabled, current } = env;
  const [n, setN] = React.useState<Quarter>(1);
  const [unitZip, setUnitZip] = React.useState<Made | null>(null);
  const [unitFiles, setUnitFiles] = React.useState<File[]>([]);
  const [gathered, setGathered] = React.useState<QuarterGathered | null>(null);
  const [checked, setChecked] = React.useState<Analysis | null>(null);
  const [rekap, setRekap] = React.useState<Made | null>(null);
  const [report, setReport] = React.useState<Made | null>(null);
  const [focus, setFocus] = React.useState<{ sheet: string; cell: string; seq: number } | null>(null);
  const chosen = React.useRef<HTMLSpanElement>(null);
  // A new workbook (opened or gathered) makes the earlier check stale.
  React.useEffect(() => {
    setChecked(null);
    setFocus(null);
  }, [current]);

  // The next step to do is the primary button; a clean check of quarter N leads to its report.
  const checkedClean = checked !== null && !checked.findings.some((f) => f.severity === "error");
  const stage: Stage =
    report || rekap ? "laporan" : checkedClean ? "rekap" : gathered ? "periksa" : unitZip ? "himpun" : "unit";
  const blocked = quarterBlocked(env);
  const himpunBlocked = blocked ?? (unitFiles.length === 0 ? "Pilih dulu berkas unit yang sudah diisi." : null);
  const onSelect = (f: Finding) => setFocus((prev) => ({ sheet: f.sheet, cell: f.cell, seq: (prev?.seq ?? 0) + 1 }));
  const q = romanQuarter(n);

  return (
    <div className={styles.section}>
      <Text>
        Satu putaran triwulan pada buku kerja tahun ini: buat berkas unit yang hanya membuka sel triwulan yang dipilih,
        himpun berkas yang sudah diisi, periksa triwulan itu, buat sheet Rekap triwulan (dengan grafik), lalu unduh
        Laporan Capaian Kinerja Triwulan. Triwulan sebelumnya dan kolom tahunan tidak pernah diubah.
      </Text>
      <OpenWorkbook env={env} testId="tw-workbook-input" onFiles={(f) => void openWorkbook(env, f)} />
      <Field label="Triwulan" className={styles.row}>
        <Select
          value={String(n)}
          disabled={disabled}
          data-testid="tw-select"
          onChange={(_, d) => {
            setN(Number(d.value) as Quarter);
            setUnitZip(null);
            setGathered(null);
            setChecked(null);
            setRekap(null);
            setReport(null);
          }}
        >
          {QUARTERS.map((k) => (
            <option key={k} value={k}>
              Triwulan {romanQuarter(k)}
            </option>
          ))}
        </Select>
      </Field>

      <h2 className={styles.h2}>1. Berkas unit {tw(n)}</h2>
      <div className={styles.row}>
        <Button
          appearance={stage === "unit" ? "primary" : "secondary"}
          disabled={blocked !== null}
          aria-describedby={blocked ? "tw-blocked" : undefined}
          onClick={() => void makeQuarterUnitFiles(env, n, setUnitZip)}
        >
          Buat berkas unit {tw(n)} (.zip)
        </Button>
        <DisabledReason id="tw-blocked" reason={blocked} />
      </div>
      <DownloadAgain made={unitZip} disabled={disabled} onSave={(m) => env.files.save(m)} />

      <h2 className={styles.h2}>2. Himpun {tw(n)}</h2>
      <div className={styles.row}>
        <FilePicker
          label="Pilih berkas unit yang sudah diisi…"
          accept={XLSX_ACCEPT}
          multiple
          disabled={disabled}
          testId="tw-himpun-input"
          onFiles={(f) => {
            setUnitFiles(f);
            env.task.setNotice(null);
            requestAnimationFrame(() => chosen.current?.focus());
          }}
        />
        <Text className={styles.fileName} data-testid="tw-unit-files" tabIndex={-1} ref={chosen}>
          {unitFiles.length > 0
            ? `${unitFiles.length} berkas: ${unitFiles.map((f) => f.name).join(", ")}`
            : "Belum ada berkas unit dipilih."}
        </Text>
      </div>
      <div className={styles.row}>
        <Button
          appearance={stage === "himpun" ? "primary" : "secondary"}
          disabled={himpunBlocked !== null}
          aria-describedby={himpunBlocked ? "tw-himpun-blocked" : undefined}
          onClick={() => void gatherQuarterFiles(env, n, unitFiles, setGathered)}
        >
          Himpun {tw(n)} dan unduh
        </Button>
        <DisabledReason id="tw-himpun-blocked" reason={himpunBlocked} />
      </div>
      {gathered && (
        <>
          <DownloadAgain made={gathered.made} disabled={disabled} onSave={(m) => env.files.save(m)} />
          <GatherReports reports={gathered.reports} />
        </>
      )}

      <h2 className={styles.h2}>3. Periksa {tw(n)}</h2>
      <div className={styles.row}>
        <Button
          appearance={stage === "periksa" ? "primary" : "secondary"}
          disabled={blocked !== null}
          onClick={() => void checkQuarter(env, n).then(setChecked)}
        >
          Periksa {tw(n)}
        </Button>
      </div>

      <h2 className={styles.h2}>4. Rekap {tw(n)}</h2>
      <div className={styles.row}>
        <Button
          appearance={stage === "rekap" ? "primary" : "secondary"}
          disabled={blocked !== null}
          onClick={() => void makeQuarterRekap(env, n, setRekap).then((refused) => refused && setChecked(refused))}
        >
          Unduh Rekap {tw(n)} (.xlsx)
        </Button>
      </div>
      <DownloadAgain made={rekap} disabled={disabled} onSave={(m) => env.files.save(m)} />

      <h2 className={styles.h2}>5. Laporan {tw(n)}</h2>
      <div className={styles.row}>
        <Button
          appearance={stage === "laporan" ? "primary" : "secondary"}
          disabled={blocked !== null}
          onClick={() => void makeTriwulanReport(env, n, setReport).then((refused) => refused && setChecked(refused))}
        >
          Unduh Laporan {tw(n)} (.docx)
        </Button>
      </div>
      <DownloadAgain made={report} disabled={disabled} onSave={(m) => env.files.save(m)} />

      {current && checked && (
        <div className={styles.split} data-testid="tw-findings">
          <div className={styles.findings}>
            <FindingList
              findings={checked.findings}
              onSelect={onSelect}
              emptyText={`Tidak ada temuan: ${tw(n)} siap dilaporkan.`}
            />
          </div>
          <SheetPreview
            key={`${current.file.name}-${current.file.bytes.length}-tw${q}`}
            grid={current.file.grid}
            findings={checked.findings}
            focus={focus}
          />
        </div>
      )}
    </div>
  );
}
