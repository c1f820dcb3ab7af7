/**
 * The Word task pane: tab "Laporan" (load the workbook, insert the template, fill every tagged
 * control, insert one part at the cursor) and tab "Tahapan SOP". Given a WordHost port; never
 * touches Word.run itself. All text for the user is Bahasa Indonesia.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Card,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookGrid } from "../../core/grid";
import type { Analysis, Finding } from "../../core/model";
import { analyzeWorkbook } from "../../core/index";
import { REPORT_TAGS, renderControls } from "../../core/report";
import { fillAll } from "./fillAll";
import { WordHostError, type WordHost } from "../../hosts/word/port";
import { type RequirementStatus, explainMissing, isSupported } from "../../hosts/word/requirements";
import { FindingList } from "../common/FindingList";
import { MissingFeatures } from "../common/MissingFeatures";
import { readPickedWorkbook, userMessage } from "../common/paneSupport";
import { usePaneTask } from "../common/usePaneTask";
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
  /** Content of the "Tahapan SOP" tab, given the data loaded in the Laporan tab (null: none yet). */
  sopTab?: (loaded: LoadedData) => React.ReactNode;
  /** Called after a workbook is read, before it is shown (e.g. carry its SOP records); a message for the user or null. */
  onDataLoaded?: (analysis: Analysis) => Promise<string | null>;
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
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  heading: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, margin: 0 },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  hiddenInput: { display: "none" },
  summaryGrid: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: "8px",
    rowGap: "2px",
    fontSize: tokens.fontSizeBase200,
  },
  big: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  predikatList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  predikatItem: { display: "flex", justifyContent: "space-between", fontSize: tokens.fontSizeBase200 },
  resultList: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
  fileName: { fontSize: tokens.fontSizeBase200, wordBreak: "break-all" },
  dropdown: { minWidth: "0", width: "100%" },
});

function messageOf(error: unknown): string {
  return userMessage(error, WordHostError);
}

const defaultReadGrid = readPickedWorkbook;

const TITLES = new Map<string, string>(REPORT_TAGS.map((t) => [t.tag, t.title]));
const titleOf = (tag: string) => TITLES.get(tag) ?? tag;

export function WordPane(props: WordPaneProps): React.ReactElement {
  const styles = useStyles();
  const [tab, setTab] = React.useState<"laporan" | "sop">("laporan");
  const [analysis, setAnalysis] = React.useState<Analysis | null>(null);
  const loaded: LoadedData = {
    analysis,
    errorFindings: analysis ? analysis.findings.filter((f) => f.severity === "error").length : null,
  };
  return (
    <div className={styles.root}>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as "laporan" | "sop")}
        aria-label="Bagian panel LAKIP"
      >
        <Tab value="laporan">Laporan</Tab>
        <Tab value="sop">Tahapan SOP</Tab>
      </TabList>
      <div role="tabpanel" hidden={tab !== "laporan"} aria-label="Laporan">
        <LaporanTab {...props} analysis={analysis} setAnalysis={setAnalysis} />
      </div>
      <div role="tabpanel" hidden={tab !== "sop"} aria-label="Tahapan SOP">
        {props.sopTab ? props.sopTab(loaded) : <Text>Tahapan SOP tidak tersedia di sini.</Text>}
      </div>
    </div>
  );
}

interface LaporanTabProps extends WordPaneProps {
  analysis: Analysis | null;
  setAnalysis: (analysis: Analysis | null) => void;
}

function LaporanTab({
  host,
  loadTemplate,
  requirements,
  readGrid = defaultReadGrid,
  analysis,
  setAnalysis,
  onDataLoaded,
}: LaporanTabProps): React.ReactElement {
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const { busy, notice, setNotice, step } = usePaneTask(messageOf);
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [confirmOpen, setConfirmOpen] = React.useState(false);
  const [cursorTag, setCursorTag] = React.useState<string>(REPORT_TAGS[0]?.tag ?? "");

  const summary: DataSummary | null = React.useMemo(() => (analysis ? summarize(analysis) : null), [analysis]);
  const refusal = fillRefusal(summary);
  const missingFeatures = requirements ? explainMissing(requirements) : [];
  const can = (feature: Parameters<typeof isSupported>[1]) => !requirements || isSupported(requirements, feature);

  async function onFile(e: React.ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setFileName(file.name);
    setAnalysis(null);
    await step("Membaca data kinerja…", async () => {
      if (!/\.xlsx$/i.test(file.name)) {
        throw new WordHostError(
          `Berkas "${file.name}" bukan buku kerja .xlsx. Pilih berkas format pengumpulan data kinerja (.xlsx).`,
        );
      }
      const grid = await readGrid(await file.arrayBuffer());
      const result = analyzeWorkbook(grid);
      let carried: string | null = null;
      let carryError: string | null = null;
      if (onDataLoaded) {
        try {
          carried = await onDataLoaded(result);
        } catch (error) {
          carryError = `Tahapan SOP dari buku kerja tidak dapat dicatat: ${messageOf(error)}`;
        }
      }
      setAnalysis(result);
      const s = summarize(result);
      const lines = [carried, carryError].filter((x): x is string => !!x);
      setNotice(
        s.errors > 0
          ? { intent: "error", title: "Data belum dapat dipakai", body: fillRefusal(s) ?? undefined, lines }
          : {
              intent: carryError ? "warning" : "success",
              title: "Data dimuat",
              body: `${s.jumlahIndikator} indikator dibaca${s.warnings ? `, ${s.warnings} peringatan` : ""}.`,
              lines,
            },
      );
    });
  }

  async function insertTemplate(): Promise<void> {
    setConfirmOpen(false);
    await step("Menyisipkan kerangka LAKIP…", async () => {
      const base64 = await loadTemplate();
      const inserted = await host.insertTemplate(base64);
      const controls = await host.listControls();
      const total = controls.reduce((n, c) => n + c.count, 0);
      const lines = [...(inserted.headersFooters ? [] : [templateWithoutHeadersAdvice()]), ...inserted.notes];
      setNotice({
        intent: lines.length ? "warning" : "success",
        title: "Kerangka LAKIP disisipkan",
        body: `${total} kontrol konten siap diisi.`,
        lines,
      });
    });
  }

  async function onInsertTemplate(): Promise<void> {
    await step("Memeriksa dokumen…", async () => {
      if (await host.isEmpty()) await insertTemplate();
      else setConfirmOpen(true);
    });
  }

  async function onFillAll(): Promise<void> {
    if (!analysis || refusal) return;
    await step("Mengisi laporan…", async () => {
      const r = await fillAll(host, analysis);
      setNotice({ intent: r.intent, title: r.title, lines: r.lines, body: r.body });
    });
  }

  async function onInsertAtCursor(): Promise<void> {
    if (!analysis || refusal) return;
    await step("Menyisipkan di kursor…", async () => {
      const contents = renderControls(analysis);
      const body = contents[cursorTag as keyof typeof contents];
      if (body === undefined) throw new WordHostError(`Bagian "${titleOf(cursorTag)}" tidak dikenal.`);
      const inserted = await host.insertAtCursor(cursorTag, titleOf(cursorTag), body);
      setNotice({
        intent: "success",
        title: "Disisipkan di kursor",
        body: `${titleOf(cursorTag)} disisipkan dalam kontrol baru.`,
        lines: inserted.notes,
      });
    });
  }

  const disabled = busy !== null;
  const findings: Finding[] = analysis?.findings ?? [];

  return (
    <div className={styles.root} style={{ padding: 0 }}>
      <MissingFeatures app="Word" items={missingFeatures} />

      <section className={styles.section} aria-labelledby="muat-data">
        <h2 id="muat-data" className={styles.heading}>
          1. Muat data
        </h2>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          aria-label="Berkas data kinerja (.xlsx)"
          onChange={(e) => void onFile(e)}
        />
        <div className={styles.row}>
          <Button appearance="primary" disabled={disabled} onClick={() => fileInput.current?.click()}>
            Pilih berkas .xlsx…
          </Button>
          {fileName && <span className={styles.fileName}>{fileName}</span>}
        </div>
        {summary && <SummaryCard summary={summary} />}
      </section>

      <section className={styles.section} aria-labelledby="kerangka">
        <h2 id="kerangka" className={styles.heading}>
          2. Kerangka
        </h2>
        <Button disabled={disabled || !can("kerangka")} onClick={() => void onInsertTemplate()}>
          Sisipkan kerangka LAKIP
        </Button>
      </section>

      <section className={styles.section} aria-labelledby="isi">
        <h2 id="isi" className={styles.heading}>
          3. Isi laporan
        </h2>
        {refusal && summary && <Text size={200}>{refusal}</Text>}
        <Button
          appearance="primary"
          disabled={disabled || refusal !== null || !can("isiSemua")}
          onClick={() => void onFillAll()}
        >
          Isi semua
        </Button>
        <Field label="Sisipkan satu bagian di kursor">
          <Dropdown
            className={styles.dropdown}
            value={titleOf(cursorTag)}
            selectedOptions={[cursorTag]}
            onOptionSelect={(_, d) => d.optionValue && setCursorTag(d.optionValue)}
            disabled={disabled}
            aria-label="Bagian laporan"
          >
            {REPORT_TAGS.map((t) => (
              <Option key={t.tag} value={t.tag}>
                {t.title}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button
          disabled={disabled || refusal !== null || !can("sisipkanDiKursor")}
          onClick={() => void onInsertAtCursor()}
        >
          Sisipkan di kursor
        </Button>
      </section>

      <div aria-live="polite" className={styles.section}>
        {busy && <Spinner size="tiny" label={busy.label} />}
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.lines && (
                <ul className={styles.resultList}>
                  {notice.lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              )}
              {notice.body && <div>{notice.body}</div>}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      {analysis && findings.length > 0 && (
        <section className={styles.section} aria-labelledby="temuan">
          <h2 id="temuan" className={styles.heading}>
            Temuan pemeriksaan ({findings.length})
          </h2>
          <FindingList findings={findings} />
        </section>
      )}

      <Dialog open={confirmOpen} onOpenChange={(_, d) => setConfirmOpen(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Dokumen tidak kosong</DialogTitle>
            <DialogContent>
              Seluruh isi dokumen ini akan diganti dengan kerangka LAKIP. Teks yang sudah ada akan hilang (dapat
              dibatalkan dengan Urungkan/Ctrl+Z). Lanjutkan?
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirmOpen(false)}>
                Batal
              </Button>
              <Button appearance="primary" onClick={() => void insertTemplate()}>
                Ganti dengan kerangka
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

function SummaryCard({ summary }: { summary: DataSummary }): React.ReactElement {
  const styles = useStyles();
  return (
    <Card data-testid="summary" aria-label="Ringkasan data kinerja">
      <Text size={200}>
        {summary.instansi} · Tahun {summary.tahun}
      </Text>
      <div>
        <Text size={200}>Capaian kinerja organisasi</Text>
        <div className={styles.row}>
          <span className={styles.big} data-testid="capaian-organisasi">
            {summary.capaianOrganisasi}
          </span>
          {summary.predikatOrganisasi && (
            <Badge appearance="tint" color="brand">
              {summary.predikatOrganisasi}
            </Badge>
          )}
        </div>
      </div>
      <Text size={200} weight="semibold">
        {summary.jumlahIndikator} indikator per predikat
      </Text>
      <ul className={styles.predikatList} data-testid="predikat-counts">
        {summary.perPredikat.map((p) => (
          <li key={p.predikat} className={styles.predikatItem}>
            <span>{p.predikat}</span>
            <span>{p.count}</span>
          </li>
        ))}
        {summary.tanpaCapaian > 0 && (
          <li className={styles.predikatItem}>
            <span>Capaian tidak dapat dihitung</span>
            <span>{summary.tanpaCapaian}</span>
          </li>
        )}
      </ul>
      <Text size={200} data-testid="aturan">
        {summary.aturan}
      </Text>
      {(summary.errors > 0 || summary.warnings > 0) && (
        <Text size={200}>
          {summary.errors} galat, {summary.warnings} peringatan
        </Text>
      )}
    </Card>
  );
}
