/**
 * The Word task pane: tab "Laporan" (load the workbook, insert the template, fill every tagged
 * control, insert one part at the cursor) and tab "Tahapan SOP", loaded only when it is first
 * opened. The shell: it owns the WordHost port (every host call is here) and the notice area at
 * the top of the active tab; the tabs are components that show state and call back. The Laporan
 * Triwulan section (TriwulanSection) fills the quarterly report through the same host and task
 * runner. Never touches Word.run itself.
 */
import * as React from "react";
import { Spinner, Tab, TabList, Text, makeStyles } from "@fluentui/react-components";
import type { WorkbookGrid } from "../../core/grid";
import type { Analysis } from "../../core/model";
import type { RenderedReport } from "../../core/report";
import { REPORT_TAGS } from "../../core/report/tags";
import { fillAll } from "./fillAll";
import { WordHostError, type WordHost } from "../../hosts/word/port";
import { type RequirementStatus, type WordFeature, explainMissing, isSupported } from "../../hosts/word/requirements";
import { useConfirm } from "../common/ConfirmDialog";
import { analyzeOffThread, renderReportOffThread } from "../common/engine";
import { MissingFeatures } from "../common/MissingFeatures";
import { NoticeArea } from "../common/NoticeArea";
import { readPickedWorkbook } from "../common/paneSupport";
import { UserError, userMessage } from "../../core/errors";
import { COMMON, WORD } from "../common/texts";
import { checkCancelled, usePaneTask } from "../common/usePaneTask";
import { LaporanTab } from "./LaporanTab";
import { TriwulanSection } from "./TriwulanSection";
import { type DataSummary, fillRefusal, summarize } from "./summary";
import { templateWithoutHeadersAdvice } from "./templateAsset";

export interface WordPaneProps {
  host: WordHost;
  /** The template .docx as base64 (fetched from the add-in's assets). */
  loadTemplate: () => Promise<string>;
  /** Requirement sets as checked at start; omitted: everything assumed supported (harness). */
  requirements?: readonly RequirementStatus[];
  /** Reads an .xlsx into the neutral grid; defaults to the ExcelJS reader, loaded lazily. */
  readGrid?: (data: ArrayBuffer) => Promise<WorkbookGrid>;
  /**
   * The "Tahapan SOP" tab, given the data loaded in the Laporan tab. May be a React.lazy
   * component: it is rendered (and so loaded) only when the tab is first opened.
   */
  sopTab?: React.ComponentType<{ loaded: LoadedData }>;
  /** Called after a workbook is read, before it is shown (e.g. carry its SOP records); a message for the user or null. */
  onDataLoaded?: (analysis: Analysis) => Promise<string | null>;
  /** Called after "Isi semua" filled the report (step 6 recorded by doing it); a message for the user or null. */
  onFilled?: () => Promise<string | null>;
  /** The engine (default: in a Web Worker). */
  engine?: {
    analyze: (grid: WorkbookGrid, signal: AbortSignal) => Promise<Analysis>;
    render: (analysis: Analysis, signal: AbortSignal) => Promise<RenderedReport>;
  };
}

/** What the Laporan tab has loaded, shared with the SOP tab (step 8's checklist needs it). */
export interface LoadedData {
  analysis: Analysis | null;
  /** Error findings of the loaded data; null when nothing is loaded. */
  errorFindings: number | null;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    maxWidth: "100%",
    boxSizing: "border-box",
  },
});

const DEFAULT_ENGINE = { analyze: analyzeOffThread, render: renderReportOffThread };
const TITLES = new Map<string, string>(REPORT_TAGS.map((t) => [t.tag, t.title]));
const titleOf = (tag: string) => TITLES.get(tag) ?? tag;

/** Shows a message instead of a blank tab when a lazily loaded part fails to load. */
class LoadBoundary extends React.Component<{ children: React.ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): React.ReactNode {
    return this.state.failed ? <Text>{WORD.sopLoadFailed}</Text> : this.props.children;
  }
}

export function WordPane({
  host,
  loadTemplate,
  requirements,
  readGrid = readPickedWorkbook,
  sopTab: SopTabComponent,
  onDataLoaded,
  onFilled,
  engine = DEFAULT_ENGINE,
}: WordPaneProps): React.ReactElement {
  const styles = useStyles();
  const [tab, setTab] = React.useState<"laporan" | "sop">("laporan");
  const [sopOpened, setSopOpened] = React.useState(false);
  const [analysis, setAnalysis] = React.useState<Analysis | null>(null);
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [grid, setGrid] = React.useState<WorkbookGrid | null>(null);
  const [cursorTag, setCursorTag] = React.useState<string>(REPORT_TAGS[0]?.tag ?? "");
  const task = usePaneTask(userMessage);
  const { busy, setBusy, setNotice, step } = task;
  const { ask, dialog } = useConfirm();

  const loaded: LoadedData = React.useMemo(
    () => ({
      analysis,
      errorFindings: analysis ? analysis.findings.filter((f) => f.severity === "error").length : null,
    }),
    [analysis],
  );
  const summary: DataSummary | null = React.useMemo(() => (analysis ? summarize(analysis) : null), [analysis]);
  const missingFeatures = requirements ? explainMissing(requirements) : [];
  const missing = (feature: WordFeature): string | null => {
    if (!requirements || isSupported(requirements, feature)) return null;
    const status = requirements.find((s) => s.requirement.feature === feature);
    return status ? (explainMissing([status])[0] ?? null) : null;
  };
  const busyReason = busy ? COMMON.busyReason : null;
  const dataReason =
    summary && summary.errors > 0
      ? WORD.load.fillHeld(summary.errors)
      : summary && summary.jumlahIndikator === 0
        ? WORD.load.emptyBody
        : fillRefusal(summary);
  const blocked = {
    load: busyReason,
    template: busyReason ?? missing("kerangka"),
    fill: busyReason ?? missing("isiSemua") ?? dataReason,
    cursor: busyReason ?? missing("sisipkanDiKursor") ?? dataReason,
  };

  async function onFile(file: File): Promise<void> {
    setFileName(file.name);
    setAnalysis(null);
    setGrid(null);
    await step(
      WORD.load.busy,
      async (signal) => {
        if (!/\.xlsx$/i.test(file.name)) throw new WordHostError(WORD.load.notXlsx(file.name));
        let grid: WorkbookGrid;
        try {
          grid = await readGrid(await file.arrayBuffer());
        } catch (error) {
          // The reader's messages are written for the user (Bahasa Indonesia).
          throw error instanceof UserError ? error : new WordHostError(WORD.load.notXlsx(file.name));
        }
        checkCancelled(signal);
        setBusy({ label: WORD.load.busy, value: 0.5 });
        const result = await engine.analyze(grid, signal);
        checkCancelled(signal);
        let carried: string | null = null;
        let carryError: string | null = null;
        if (onDataLoaded) {
          try {
            carried = await onDataLoaded(result);
          } catch (error) {
            carryError = WORD.load.carryFailed(userMessage(error));
          }
        }
        setAnalysis(result);
        setGrid(grid);
        const s = summarize(result);
        const lines = [carried, carryError].filter((x): x is string => !!x);
        if (s.errors > 0)
          setNotice({ intent: "error", title: WORD.load.errorsTitle, body: fillRefusal(s) ?? undefined, lines });
        else if (s.jumlahIndikator === 0)
          setNotice({ intent: "warning", title: WORD.load.emptyTitle, body: WORD.load.emptyBody, lines });
        else
          setNotice({
            intent: carryError ? "warning" : "success",
            title: WORD.load.doneTitle,
            body: WORD.load.doneBody(s.jumlahIndikator, s.warnings),
            lines,
          });
      },
      { cancellable: true },
    );
  }

  async function insertTemplate(): Promise<void> {
    await step(WORD.template.busy, async () => {
      const base64 = await loadTemplate();
      const inserted = await host.insertTemplate(base64);
      const controls = await host.listControls();
      const total = controls.reduce((n, c) => n + c.count, 0);
      // An older Word inserts the body only (no headers, footers, page numbers): say what to do.
      const lines = [...(inserted.headersFooters ? [] : [templateWithoutHeadersAdvice()]), ...inserted.notes];
      setNotice({
        intent: lines.length > 0 ? "warning" : "success",
        title: WORD.template.doneTitle,
        body: WORD.template.doneBody(total),
        lines: lines.length > 0 ? lines : undefined,
      });
    });
  }

  async function onInsertTemplate(): Promise<void> {
    let empty = false;
    let checked = false;
    await step(WORD.template.busyCheck, async () => {
      empty = await host.isEmpty();
      checked = true;
    });
    if (!checked) return;
    if (
      empty ||
      (await ask({
        title: WORD.template.confirmTitle,
        body: WORD.template.confirmBody,
        action: WORD.template.confirmAction,
      }))
    )
      await insertTemplate();
  }

  async function onFillAll(): Promise<void> {
    if (!analysis || blocked.fill) return;
    await step(
      WORD.fill.busy,
      async (signal) => {
        setBusy({ label: WORD.fill.preparing, value: 0.2 });
        const rendered = await engine.render(analysis, signal);
        checkCancelled(signal);
        setBusy({ label: WORD.fill.writing, value: 0.6 });
        // fillAll is the single path: body and header controls with charts, indexes, open sections.
        const r = await fillAll(host, analysis, new Date(), rendered);
        if (r.controls > 0 && onFilled) {
          const said = await onFilled().catch((error: unknown) => WORD.fill.stepNotRecorded(userMessage(error)));
          if (said) r.lines.push(said);
        }
        setNotice({
          intent: r.intent,
          title: r.title,
          body:
            r.controls > 0
              ? [WORD.fill.doneSummary(r.controls, r.filled.length), r.body].filter(Boolean).join(" ")
              : r.body,
          lines: r.lines.length > 0 ? r.lines : undefined,
          details: r.filled.length > 0 ? { label: WORD.fill.showParts, lines: r.filled } : undefined,
        });
      },
      { cancellable: true },
    );
  }

  async function onInsertAtCursor(): Promise<void> {
    if (!analysis || blocked.cursor) return;
    await step(
      WORD.fill.cursorBusy,
      async (signal) => {
        const { controls } = await engine.render(analysis, signal);
        checkCancelled(signal);
        const body = (controls as Record<string, string>)[cursorTag];
        if (body === undefined) throw new WordHostError(WORD.fill.unknownPart(titleOf(cursorTag)));
        const inserted = await host.insertAtCursor(cursorTag, titleOf(cursorTag), body);
        setNotice({
          intent: inserted.notes.length > 0 ? "warning" : "success",
          title: WORD.fill.cursorDoneTitle,
          body: WORD.fill.cursorDoneBody(titleOf(cursorTag)),
          lines: inserted.notes.length > 0 ? inserted.notes : undefined,
        });
      },
      { cancellable: true },
    );
  }

  const noticeArea = (
    <NoticeArea
      focusResult
      busy={task.busy}
      notice={task.notice}
      noticeKey={task.noticeKey}
      onDismiss={() => setNotice(null)}
      onCancel={task.cancellable ? task.cancel : undefined}
    />
  );

  return (
    <div className={styles.root}>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => {
          const next = d.value as "laporan" | "sop";
          setTab(next);
          if (next === "sop") setSopOpened(true);
        }}
        aria-label={COMMON.tabsLabel}
      >
        <Tab value="laporan" id="word-tab-laporan" aria-controls="word-panel-laporan">
          {WORD.tabs.laporan}
        </Tab>
        <Tab value="sop" id="word-tab-sop" aria-controls="word-panel-sop">
          {WORD.tabs.sop}
        </Tab>
      </TabList>
      <div role="tabpanel" id="word-panel-laporan" hidden={tab !== "laporan"} aria-labelledby="word-tab-laporan">
        <div className={styles.root} style={{ padding: 0 }}>
          <MissingFeatures app="Word" items={missingFeatures} />
          {tab === "laporan" && noticeArea}
          <LaporanTab
            fileName={fileName}
            summary={summary}
            findings={analysis?.findings ?? []}
            cursorTag={cursorTag}
            onCursorTag={setCursorTag}
            onFile={(f) => void onFile(f)}
            onInsertTemplate={() => void onInsertTemplate()}
            onFillAll={() => void onFillAll()}
            onInsertAtCursor={() => void onInsertAtCursor()}
            blocked={blocked}
            titleOf={titleOf}
          >
            <TriwulanSection
              host={host}
              grid={grid}
              task={task}
              ask={ask}
              templateReason={blocked.template}
              fillReason={busyReason ?? missing("isiSemua")}
            />
          </LaporanTab>
        </div>
      </div>
      <div role="tabpanel" id="word-panel-sop" hidden={tab !== "sop"} aria-labelledby="word-tab-sop">
        {!SopTabComponent ? (
          <Text>{WORD.sopUnavailable}</Text>
        ) : (
          sopOpened && (
            <LoadBoundary>
              <React.Suspense fallback={<Spinner size="small" label={WORD.sopLoading} />}>
                <SopTabComponent loaded={loaded} />
              </React.Suspense>
            </LoadBoundary>
          )
        )}
      </div>
      {dialog}
    </div>
  );
}
