/**
 * The Excel task pane: Format · Himpun · Validasi · Rekap (SOP steps 2 to 5). The shell: it owns
 * the ExcelHost port (every host call is here), the notice area at the top of the active tab,
 * the confirmation dialog and the user's name for the SOP records; each tab is a component of
 * its own that only shows state and calls back. Never touches Excel.run itself.
 */
import * as React from "react";
import { Tab, TabList } from "@fluentui/react-components";
import type { WorkbookGrid } from "../../core/grid";
import type { Analysis, Finding } from "../../core/model";
import { EXCEL_COMMAND_STEPS, type ExcelCommand } from "../../core/sop";
import { DEFAULT_UNITS_TEXT, buildFormatLayout, parseUnits, type WorkbookLayout } from "../../core/layout/formatLayout";
import type { ExcelHost } from "../../hosts/excel/port";
import type { FileReport } from "../../core/plan/himpunPlan";
import type { Quarter } from "../../core/read/quarterColumns";
import { runHimpun } from "./himpunFlow";
import {
  explainMissing,
  missingReason,
  type ExcelFeature,
  type RequirementStatus,
} from "../../hosts/excel/requirements";
import { useConfirm } from "../common/ConfirmDialog";
import { analyzeOffThread } from "../common/engine";
import { MissingFeatures } from "../common/MissingFeatures";
import { NoticeArea } from "../common/NoticeArea";
import { readPickedWorkbook } from "../common/paneSupport";
import { userMessage } from "../../core/errors";
import { COMMON, EXCEL } from "../common/texts";
import { checkCancelled, usePaneTask } from "../common/usePaneTask";
import { FormatNextYear } from "./FormatNextYear";
import { useExcelPelaksana } from "./ExcelPelaksana";
import { formatFixAction } from "./formatFix";
import { FormatTab } from "./FormatTab";
import { PkExcel } from "./PkExcel";
import { HimpunTab } from "./HimpunTab";
import { RekapTab } from "./RekapTab";
import { RekapTriwulan } from "./RekapTriwulan";
import type { AnalyzeFn } from "./rekapTriwulan";
import { ValidasiTab } from "./ValidasiTab";
import { useExcelStyles } from "./styles";
import { useViewNotice } from "../common/useViewNotice";
import { defaultStorage } from "../common/safeStorage";

export interface ExcelPaneProps {
  host: ExcelHost;
  /** Requirement sets as checked at start; omitted: everything supported (harness). */
  requirements?: readonly RequirementStatus[];
  /** Reads an .xlsx into the neutral grid; defaults to the ExcelJS reader, loaded lazily. */
  readGrid?: (data: ArrayBuffer) => Promise<WorkbookGrid>;
  /** Where the user's name for SOP records is kept (default: localStorage). */
  storage?: Pick<Storage, "getItem" | "setItem">;
  /** The engine (default: in a Web Worker); a page without workers may pass one that runs in place. */
  analyze?: AnalyzeFn;
}

type TabName = "format" | "himpun" | "validasi" | "rekap";

export function ExcelPane({
  host,
  requirements,
  readGrid = readPickedWorkbook,
  storage,
  analyze = analyzeOffThread,
}: ExcelPaneProps): React.ReactElement {
  const styles = useExcelStyles();
  const store = storage ?? defaultStorage();
  const [tab, setTab] = React.useState<TabName>("validasi");
  const task = usePaneTask(userMessage);
  const { busy, setBusy, setNotice, step } = task;
  const [findings, setFindings] = React.useState<Finding[] | null>(null);
  const [highlighted, setHighlighted] = React.useState(false);
  const [unitsShown, setUnitsShown] = React.useState(false);
  const [rekap, setRekap] = React.useState<Analysis | null>(null);
  const [rekapBlock, setRekapBlock] = React.useState<Finding[] | null>(null);
  const [unitsText, setUnitsText] = React.useState(DEFAULT_UNITS_TEXT);
  const [reports, setReports] = React.useState<FileReport[] | null>(null);
  const pelaksana = useExcelPelaksana(store);
  const { ask, dialog } = useConfirm();
  const view = useViewNotice(task, tab);

  const missing = requirements ? explainMissing(requirements) : [];
  /** Why a button cannot run now: a task is running, or this Excel lacks the feature. */
  const blocked = (f: ExcelFeature): string | null =>
    busy ? COMMON.busyReason : requirements ? missingReason(requirements, f) : null;

  /** Records the SOP step under the user's name; without a name nothing is recorded (and the user is told). */
  async function record(command: ExcelCommand): Promise<string | null> {
    const who = pelaksana.who(EXCEL_COMMAND_STEPS[command].step);
    if (!who) return EXCEL.noName;
    try {
      await host.recordStep(command, who);
      return null;
    } catch (error) {
      return EXCEL.sopNotRecorded(userMessage(error));
    }
  }

  // ---- Format -------------------------------------------------------------------------
  async function onBuatFormat(): Promise<void> {
    let layout: WorkbookLayout;
    try {
      layout = buildFormatLayout(parseUnits(unitsText));
    } catch (error) {
      // The layout's own message names the unit and what to change (an expected mistake).
      setNotice({
        intent: "error",
        title: EXCEL.format.badUnits,
        body: userMessage(error),
      });
      return;
    }
    let replace: string[] = [];
    await step(EXCEL.format.busyCheck, async () => {
      const existing = new Set((await host.listSheets()).map((s) => s.toLowerCase()));
      replace = layout.sheets.map((s) => s.name).filter((n) => existing.has(n.toLowerCase()));
    });
    if (
      replace.length > 0 &&
      !(await ask({
        title: EXCEL.format.replaceTitle,
        body: EXCEL.format.replaceBody(replace),
        action: EXCEL.format.replaceAction,
      }))
    ) {
      setNotice({ intent: "info", title: EXCEL.format.cancelledTitle, body: EXCEL.format.cancelledBody });
      return;
    }
    await step(EXCEL.format.busyMake, async () => {
      const result = await host.createFormat(layout, { replace });
      const sop = await record("buatFormat");
      const lines = [EXCEL.format.doneSheets(result.sheets)];
      if (!result.validations)
        lines.push(
          requirements
            ? (missingReason(requirements, "validasiData") ?? EXCEL.format.noValidations)
            : EXCEL.format.noValidations,
        );
      if (sop) lines.push(sop);
      setNotice({
        intent: result.validations && !sop ? "success" : "warning",
        title: EXCEL.format.doneTitle,
        lines,
      });
    });
  }

  // ---- Himpun -------------------------------------------------------------------------
  const onHimpunFiles = (chosen: File[], triwulan?: Quarter) =>
    runHimpun({ host, task, readGrid, ask, record: () => record("himpun"), setReports }, chosen, triwulan);

  // ---- Validasi -----------------------------------------------------------------------
  async function onValidasi(): Promise<void> {
    await step(
      EXCEL.validasi.busy,
      async (signal) => {
        setBusy({ label: EXCEL.validasi.reading, value: 0.1 });
        const grid = await host.readWorkbook();
        checkCancelled(signal);
        setBusy({ label: EXCEL.validasi.checking, value: 0.4 });
        const analysis = await analyze(grid, signal);
        checkCancelled(signal);
        setBusy({ label: EXCEL.validasi.highlighting, value: 0.75 });
        const result = await host.highlight(analysis.findings);
        setFindings(analysis.findings);
        // Only say "disorot" when cells were coloured (an older Excel or a protected sheet may not colour).
        const marked = result.errorCells + result.warningCells > 0;
        setHighlighted(marked);
        const errors = analysis.findings.filter((f) => f.severity === "error").length;
        const warnings = analysis.findings.length - errors;
        if (analysis.indikator.length === 0) {
          setNotice({
            intent: "info",
            title: EXCEL.validasi.emptyTitle,
            body: EXCEL.validasi.emptyBody,
            lines: result.notes.length > 0 ? result.notes : undefined,
          });
          return;
        }
        const sop = errors === 0 ? await record("validasiBersih") : null;
        // The adapter's notes (what it could not colour, and why) come first.
        const lines = [...(grid.readNotes ?? []), ...result.notes, ...(sop ? [sop] : [])];
        setNotice(
          errors > 0
            ? {
                intent: "error",
                title: EXCEL.validasi.errorsTitle(errors, warnings),
                body: marked ? EXCEL.validasi.errorsBody : EXCEL.validasi.errorsBodyUnmarked,
                lines: lines.length > 0 ? lines : undefined,
              }
            : {
                intent: lines.length > 0 ? "warning" : "success",
                title: EXCEL.validasi.cleanTitle(warnings),
                body: EXCEL.validasi.cleanBody(analysis.indikator.length),
                lines: lines.length > 0 ? lines : undefined,
              },
        );
      },
      { cancellable: true },
    );
  }

  async function onHapusSorotan(): Promise<void> {
    await step(EXCEL.validasi.clearBusy, async () => {
      const { restored, notes } = await host.clearHighlights();
      setHighlighted(false);
      setNotice({
        intent: notes.length > 0 ? "warning" : "success",
        title: EXCEL.validasi.clearedTitle,
        body: EXCEL.validasi.clearedBody(restored),
        lines: notes.length > 0 ? notes : undefined,
      });
    });
  }

  async function onSelect(f: Finding): Promise<void> {
    try {
      await host.selectCell(f.sheet, f.cell);
    } catch (error) {
      setNotice({ intent: "error", title: EXCEL.validasi.selectFailed, body: userMessage(error) });
    }
  }

  // ---- Rekap --------------------------------------------------------------------------
  async function onRekap(): Promise<void> {
    await step(
      EXCEL.rekap.busy,
      async (signal) => {
        setBusy({ label: EXCEL.rekap.reading, value: 0.1 });
        const grid = await host.readWorkbook();
        checkCancelled(signal);
        setBusy({ label: EXCEL.rekap.checking, value: 0.4 });
        const analysis = await analyze(grid, signal);
        checkCancelled(signal);
        const errors = analysis.findings.filter((f) => f.severity === "error");
        if (errors.length > 0 || analysis.indikator.length === 0) {
          setRekap(null);
          setRekapBlock(errors);
          setFindings(analysis.findings);
          setNotice(
            errors.length > 0
              ? { intent: "error", title: EXCEL.rekap.refusedTitle, body: EXCEL.rekap.refusedBody(errors.length) }
              : { intent: "info", title: EXCEL.rekap.emptyTitle, body: EXCEL.validasi.emptyBody },
          );
          return;
        }
        setBusy({ label: EXCEL.rekap.writing, value: 0.7 });
        const result = await host.writeRekap(analysis);
        setRekap(analysis);
        setRekapBlock(null);
        const sop = await record("rekap");
        setNotice({
          intent: sop ? "warning" : "success",
          title: EXCEL.rekap.doneTitle,
          body: EXCEL.rekap.doneBody(result.sheet, analysis.indikator.length, analysis.sasaran.length, result.chart),
          lines: sop ? [sop] : undefined,
        });
      },
      { cancellable: true },
    );
  }

  const clearBlocked = blocked("sorot");
  // Rekap is held while the last Validasi found galat: the reason shows before any click.
  const knownErrors = findings?.filter((f) => f.severity === "error").length ?? 0;
  const rekapBlocked = blocked("rekap") ?? (knownErrors > 0 ? EXCEL.rekap.errorsReason(knownErrors) : null);
  const ids = (t: TabName) => ({ id: `excel-tab-${t}`, "aria-controls": `excel-panel-${t}` });
  return (
    <div className={styles.root}>
      <MissingFeatures app="Excel" items={missing} />
      {pelaksana.field}
      <TabList
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => {
          view.leave();
          setTab(d.value as TabName);
        }}
        aria-label={COMMON.tabsLabel}
      >
        <Tab value="format" {...ids("format")}>
          {EXCEL.tabs.format}
        </Tab>
        <Tab value="himpun" {...ids("himpun")}>
          {EXCEL.tabs.himpun}
        </Tab>
        <Tab value="validasi" {...ids("validasi")}>
          {EXCEL.tabs.validasi}
        </Tab>
        <Tab value="rekap" {...ids("rekap")}>
          {EXCEL.tabs.rekap}
        </Tab>
      </TabList>

      {/* One panel, the active tab's: its result notice on top, then its content. */}
      <div role="tabpanel" id={`excel-panel-${tab}`} aria-labelledby={`excel-tab-${tab}`} className={styles.panel}>
        <NoticeArea
          focusResult
          busy={task.busy}
          notice={view.notice}
          noticeKey={task.noticeKey}
          onDismiss={() => setNotice(null)}
          onCancel={task.cancellable ? task.cancel : undefined}
        />

        {tab === "format" && (
          <FormatTab
            unitsText={unitsText}
            onUnitsText={setUnitsText}
            onBuatFormat={() => void onBuatFormat()}
            blocked={blocked("buatFormat")}
            primary={!unitsShown}
          >
            <FormatNextYear
              host={host}
              requirements={requirements}
              who={pelaksana.who(2)}
              disabled={busy !== null}
              onUnitsShown={setUnitsShown}
            />
            <PkExcel host={host} disabled={busy !== null} />
          </FormatTab>
        )}
        {tab === "himpun" && (
          <HimpunTab onFiles={(f, q) => void onHimpunFiles(f, q)} reports={reports} blocked={blocked("himpun")} />
        )}
        {tab === "validasi" && (
          <ValidasiTab
            findings={findings}
            highlighted={highlighted}
            onValidasi={() => void onValidasi()}
            onHapusSorotan={() => void onHapusSorotan()}
            onSelect={(f) => void onSelect(f)}
            blocked={blocked("validasi")}
            clearBlocked={clearBlocked}
            actionFor={formatFixAction(host, task, onValidasi)}
          />
        )}
        {tab === "rekap" && (
          <RekapTab
            rekap={rekap}
            blockingFindings={rekapBlock}
            onRekap={() => void onRekap()}
            onSelect={(f) => void onSelect(f)}
            blocked={rekapBlocked}
          >
            <RekapTriwulan
              host={host}
              task={task}
              analyze={analyze}
              onSelect={(f) => void onSelect(f)}
              blocked={blocked("rekap")}
            />
          </RekapTab>
        )}
      </div>

      {dialog}
    </div>
  );
}
