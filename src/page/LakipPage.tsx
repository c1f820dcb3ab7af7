/**
 * LAKIP.html: the panes' work over files, in any modern browser, from one file opened from disk.
 * Format · Himpun · Validasi · Rekap · Laporan, with the engine (src/core), the files host
 * (src/hosts/browserFiles over src/hosts/files) and the panes' components (FindingList, the SOP
 * tab). Every result is a new file the user downloads; the page stores nothing.
 */
import * as React from "react";
import {
  Button,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Spinner,
  Tab,
  TabList,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { analyzeWorkbook, hasErrors } from "../core/index";
import type { Analysis, Finding } from "../core/model";
import { formatPercent } from "../core/format/number";
import { DEFAULT_UNITS_TEXT, checkUnitNames, parseUnits, planUnitSheets } from "../core/layout/formatLayout";
import { tagTitle, type Paper } from "../core/report";
import { recordExcelCommand, type Who } from "../core/sop";
import { FindingList } from "../panes/common/FindingList";
import type { Busy, Notice } from "../panes/common/usePaneTask";
import { SopTab, type SopPortsProp } from "../panes/word/sop";
import type { FileReport } from "../core/plan/himpunPlan";
import { UnreadableWorkbookError } from "../hosts/files/errors";
import { readWorkbookGrid } from "../hosts/files/readXlsx";
import { writeFormatXlsx } from "../hosts/files/writeFormat";
import { gatherWorkbook, highlightedCopy, rekapCopy, type WorkbookFile } from "../hosts/browserFiles/workbookFiles";
import { nextYearWorkbook, unitFilesZip } from "../hosts/browserFiles/formatFiles";
import { userMessage } from "../core/errors";
import {
  createFileApprovalPort,
  createFileReviewPort,
  createPackageTrackerStore,
  docxBytes,
  loadDocx,
  makeReport,
  PAGES_ESTIMATED_NOTE,
} from "../hosts/browserFiles/reportFiles";
import type JSZip from "jszip";
import {
  CancelledError,
  DOCX_TYPE,
  PageError,
  XLSX_TYPE,
  downloadBytes,
  nextFrame,
  readFileBytes,
  safeFileName,
  withSuffix,
} from "./fileIO";
import { SheetPreview } from "./SheetPreview";
import { PkSection } from "./PkSection";
import { readGridOffThread } from "./gridWorker";

type TabName = "format" | "himpun" | "validasi" | "rekap" | "laporan";

const ROLE = "Kasubag Program";
const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ZIP_TYPE = "application/zip";
const DOCX_ACCEPT = ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const useStyles = makeStyles({
  page: {
    maxWidth: "1100px",
    margin: "0 auto",
    padding: "16px",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", gap: "4px" },
  title: {
    fontSize: tokens.fontSizeBase600,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase600,
    margin: 0,
  },
  tabs: { flexWrap: "wrap", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  section: { display: "flex", flexDirection: "column", gap: "10px", minWidth: 0 },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  fileName: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  hiddenInput: { display: "none" },
  list: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
  report: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  reports: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  taken: { color: tokens.colorPaletteGreenForeground1 },
  refused: { color: tokens.colorPaletteRedForeground1 },
  warned: { color: tokens.colorPaletteDarkOrangeForeground1 },
  big: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  split: {
    display: "grid",
    gap: "12px",
    gridTemplateColumns: "minmax(0, 1fr)",
    "@media (min-width: 900px)": { gridTemplateColumns: "minmax(300px, 2fr) minmax(0, 3fr)" },
  },
  findings: { maxHeight: "70vh", overflowY: "auto", paddingRight: "4px" },
  busy: { display: "flex", flexDirection: "column", gap: "6px" },
  sasaranTable: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  th: { textAlign: "left", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: "4px 6px" },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "4px 6px", verticalAlign: "top" },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  footer: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** The message for a failure: a UserError's own Indonesian text, else one plain sentence (core/errors). */
function messageOf(error: unknown): string {
  return userMessage(error);
}

/** How many of the findings are errors (not warnings). */
function errorCountOf(findings: Finding[]): number {
  return findings.filter((f) => f.severity === "error").length;
}

interface Loaded {
  file: WorkbookFile;
  analysis: Analysis;
}

interface Made {
  name: string;
  bytes: Uint8Array;
  type: string;
}

/** A file chooser behind a button (the native input is hidden; its label is the button's). */
function FilePicker(props: {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  primary?: boolean;
  testId: string;
  onFiles: (files: File[]) => void;
}): React.ReactElement {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple={props.multiple}
        accept={props.accept}
        data-testid={props.testId}
        aria-label={props.label}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = "";
          if (files.length > 0) props.onFiles(files);
        }}
      />
      <Button
        appearance={props.primary ? "primary" : "secondary"}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </Button>
    </>
  );
}

function DownloadAgain({ made, disabled }: { made: Made | null; disabled?: boolean }): React.ReactElement | null {
  const styles = useStyles();
  if (!made) return null;
  return (
    <div className={styles.row}>
      <Button disabled={disabled} onClick={() => downloadBytes(made.bytes, made.name, made.type)}>
        Unduh lagi
      </Button>
      <Text className={styles.fileName}>{made.name}</Text>
    </div>
  );
}

/** The error findings that refused a Format task, in a scrolling list the keyboard can scroll too. */
function RefusalList({ findings }: { findings: Finding[] }): React.ReactElement {
  const styles = useStyles();
  return (
    <div
      className={styles.findings}
      data-testid="format-refusal"
      role="region"
      aria-label="Galat yang harus diperbaiki dulu"
      tabIndex={0}
    >
      <FindingList findings={findings} emptyText="" />
    </div>
  );
}

/** A Format task over one chosen workbook: its title and explanation, picker, "Unduh lagi" and refusal. */
function FormatFromWorkbook(props: {
  title: string;
  pickerLabel: string;
  testId: string;
  onFiles: (files: File[]) => void;
  made: Made | null;
  refused: Finding[] | null;
  disabled: boolean;
  children: React.ReactNode;
}): React.ReactElement {
  const styles = useStyles();
  return (
    <>
      <Text weight="semibold">{props.title}</Text>
      <Text size={200}>{props.children}</Text>
      <div className={styles.row}>
        <FilePicker
          label={props.pickerLabel}
          accept={XLSX_ACCEPT}
          disabled={props.disabled}
          testId={props.testId}
          onFiles={props.onFiles}
        />
      </div>
      <DownloadAgain made={props.made} disabled={props.disabled} />
      {props.refused && <RefusalList findings={props.refused} />}
    </>
  );
}

export function LakipPage(): React.ReactElement {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabName>("format");
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const abort = React.useRef<AbortController | null>(null);
  const [name, setName] = React.useState("");
  const who = (): Who => ({ name: name.trim() || "Pengguna LAKIP.html", role: ROLE });
  const disabled = busy !== null;

  // Format
  const [unitsText, setUnitsText] = React.useState(DEFAULT_UNITS_TEXT);
  const unitProblems = React.useMemo(() => checkUnitNames(parseUnits(unitsText)), [unitsText]);
  const [formatMade, setFormatMade] = React.useState<Made | null>(null);
  const [nextMade, setNextMade] = React.useState<Made | null>(null);
  const [unitsMade, setUnitsMade] = React.useState<Made | null>(null);
  // Error findings that refused "Format tahun berikutnya" or "File per unit" (listed as the CLI lists them).
  const [formatRefusal, setFormatRefusal] = React.useState<{ from: "next" | "units"; findings: Finding[] } | null>(
    null,
  );
  // Himpun
  const [master, setMaster] = React.useState<WorkbookFile | null>(null);
  const [unitFiles, setUnitFiles] = React.useState<File[]>([]);
  const [reports, setReports] = React.useState<FileReport[] | null>(null);
  const [gathered, setGathered] = React.useState<Made | null>(null);
  // Validasi / Rekap
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  // Step 8's checklist asks later for the error findings of the workbook open then, not of the one open when the document was.
  const loadedRef = React.useRef<Loaded | null>(null);
  loadedRef.current = loaded;
  const [focus, setFocus] = React.useState<{ sheet: string; cell: string; seq: number } | null>(null);
  const [highlightMade, setHighlightMade] = React.useState<Made | null>(null);
  const [rekapMade, setRekapMade] = React.useState<Made | null>(null);
  // Laporan
  const [templateChoice, setTemplateChoice] = React.useState<"A4" | "F4" | "sendiri">("A4");
  const [ownTemplate, setOwnTemplate] = React.useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [reportMade, setReportMade] = React.useState<Made | null>(null);
  const [reportLines, setReportLines] = React.useState<string[] | null>(null);
  const [review, setReview] = React.useState<{ name: string; zip: JSZip; ports: SopPortsProp; key: number } | null>(
    null,
  );

  /** Runs one task with a progress display and a Batal button; failures become an error notice. */
  async function run(label: string, work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const controller = new AbortController();
    abort.current = controller;
    setBusy({ label });
    setNotice(null);
    try {
      await work(controller.signal);
    } catch (error) {
      if (error instanceof CancelledError)
        setNotice({ intent: "info", title: "Dibatalkan", body: "Tidak ada berkas yang dibuat." });
      else setNotice({ intent: "error", title: `${label.replace(/…$/, "")} gagal`, body: messageOf(error) });
    } finally {
      abort.current = null;
      setBusy(null);
    }
  }

  /**
   * Reads a chosen workbook: a progress bar while the browser reads the file, then the CLI's
   * reader in a worker (same refusals, same words). `part`: the file's place among several.
   */
  async function readChosen(file: File, signal: AbortSignal, part?: { i: number; n: number }): Promise<WorkbookFile> {
    const of = part ? ` (${part.i + 1} dari ${part.n})` : "";
    const bytes = await readFileBytes(
      file,
      (v) => setBusy({ label: `Membaca ${file.name}${of}…`, value: part ? (part.i + v) / part.n : v }),
      signal,
    );
    // Parsing has no measurable progress: the bar runs (indeterminate) while a worker reads the
    // workbook, and the page stays responsive, Batal included.
    setBusy({ label: `Membaca isi ${file.name}${of}…` });
    await nextFrame();
    let grid;
    try {
      grid = await readGridOffThread(bytes, signal);
    } catch (error) {
      if (error instanceof UnreadableWorkbookError) throw new PageError(`${file.name}: ${error.message}`);
      throw error;
    }
    if (signal.aborted) throw new CancelledError();
    return { name: file.name, bytes, grid };
  }

  /** Keeps a made file for "Unduh lagi" and downloads it. */
  function deliver(made: Made, keep: (made: Made) => void): void {
    keep(made);
    downloadBytes(made.bytes, made.name, made.type);
  }

  /** Reads a chosen .docx's bytes with a progress bar (the document itself is checked by loadDocx). */
  function readDocxBytes(file: File, signal: AbortSignal): Promise<Uint8Array> {
    return readFileBytes(file, (v) => setBusy({ label: `Membaca ${file.name}…`, value: v }), signal);
  }

  function takeWorkbook(file: WorkbookFile): Loaded {
    const analysis = analyzeWorkbook(file.grid);
    const next = { file, analysis };
    setLoaded(next);
    setHighlightMade(null);
    setRekapMade(null);
    setFocus(null);
    return next;
  }

  // ---- Format --------------------------------------------------------------------------
  async function onFormat(): Promise<void> {
    await run("Membuat format…", async () => {
      const units = parseUnits(unitsText);
      const props = recordExcelCommand({}, "buatFormat", who(), new Date(), "Format dibuat di LAKIP.html");
      const bytes = await writeFormatXlsx(units, props);
      const made = { name: "format-pengumpulan-data-kinerja.xlsx", bytes, type: XLSX_TYPE };
      deliver(made, setFormatMade);
      const plan = planUnitSheets(units);
      const renamed = plan.filter((p) => p.sheetName !== p.unit);
      setNotice({
        intent: "success",
        title: "Format pengumpulan data dibuat",
        body: `Sheet: Petunjuk, Identitas, ${plan.map((p) => p.sheetName).join(", ")}, Anggaran. Berkas ${made.name} diunduh.`,
        lines: renamed.length
          ? renamed.map((p) => `Nama sheet dipendekkan (batas Excel 31 karakter): ${p.unit} → ${p.sheetName}`)
          : undefined,
      });
    });
  }

  /**
   * A Format task over one chosen workbook ("Format tahun berikutnya", "File per unit"): reads it,
   * builds the result, and lists the error findings that refused it under the task's own picker.
   */
  async function runFormatFrom<R extends { refused: Finding[] } | { refused: null }>(
    task: {
      from: "next" | "units";
      label: string;
      building: string;
      refusedTitle: string;
      refusedBody: (file: WorkbookFile, refused: Finding[]) => string;
    },
    files: File[],
    build: (file: WorkbookFile) => Promise<R>,
    done: (file: WorkbookFile, result: Extract<R, { refused: null }>) => void,
  ): Promise<void> {
    setFormatRefusal(null);
    await run(task.label, async (signal) => {
      const file = await readChosen(files[0], signal);
      setBusy({ label: task.building });
      await nextFrame();
      const result = await build(file);
      if (signal.aborted) throw new CancelledError();
      if (result.refused) {
        setFormatRefusal({ from: task.from, findings: result.refused });
        setNotice({ intent: "error", title: task.refusedTitle, body: task.refusedBody(file, result.refused) });
        return;
      }
      done(file, result as Extract<R, { refused: null }>);
    });
  }

  /** "Format tahun berikutnya": `lakip format --from` on a chosen workbook. */
  async function onNextYear(files: File[]): Promise<void> {
    setNextMade(null);
    await runFormatFrom(
      {
        from: "next",
        label: "Membuat format tahun berikutnya…",
        building: "Menyusun format tahun berikutnya…",
        refusedTitle: "Format tahun berikutnya tidak dibuat",
        refusedBody: (file, refused) =>
          `${file.name} masih memuat ${refused.length} galat. Perbaiki galat di bawah (bagian Validasi menunjukkan selnya), lalu coba lagi.`,
      },
      files,
      (file) => nextYearWorkbook(file, who(), new Date()),
      (file, result) => {
        const { plan } = result;
        const made = { name: result.fileName, bytes: result.bytes, type: XLSX_TYPE };
        deliver(made, setNextMade);
        setNotice({
          intent: "success",
          title: `Format tahun ${plan.tahun} dibuat`,
          body: `Dari ${file.name} (tahun ${plan.tahun - 1}); berkas ${made.name} diunduh.`,
          lines: [
            `Unit: ${plan.units.join(", ")}; ${result.indicators} indikator.`,
            `Kolom riwayat: ${plan.years.map((y) => `Target ${y}, Realisasi ${y}`).join("; ")}.`,
            `Target dan Realisasi ${plan.tahun}, Keterangan, Faktor Pendukung, Faktor Penghambat dan Upaya Perbaikan dikosongkan.`,
            ...plan.notes,
          ],
        });
      },
    );
  }

  /** "File per unit": `lakip format --per-unit` on a chosen master, the files in one .zip. */
  async function onPerUnit(files: File[]): Promise<void> {
    setUnitsMade(null);
    await runFormatFrom(
      {
        from: "units",
        label: "Membuat file per unit…",
        building: "Menyusun file per unit…",
        refusedTitle: "File per unit tidak dibuat",
        refusedBody: (file) =>
          `Susunan ${file.name} belum lengkap (sheet Identitas dengan Tahun, dan sheet unit dengan baris judulnya). Perbaiki galat di bawah, lalu coba lagi.`,
      },
      files,
      (file) => unitFilesZip(file, who(), new Date()),
      (file, result) => {
        if (result.files.length === 0) throw new PageError(`${file.name} tidak memuat sheet unit.`);
        const made = { name: result.zipName, bytes: result.zip, type: ZIP_TYPE };
        deliver(made, setUnitsMade);
        const lines: string[] = [];
        for (const f of result.files) {
          lines.push(
            `${f.fileName}: ${f.indicators} indikator${f.anggaranRows > 0 ? `, ${f.anggaranRows} baris Anggaran` : ""}`,
          );
          if (f.fileNameChanged) lines.push(`Nama berkas diubah dari nama unit "${f.unit}": ${f.fileNameChanged}.`);
        }
        setNotice({
          intent: "success",
          title: `${result.files.length} file unit dibuat`,
          body: `Berkas ${made.name} diunduh; ekstrak, lalu kirim setiap berkas ke unitnya. Hanya sel yang diisi unit yang terbuka (lembar dilindungi tanpa kata sandi). Langkah 3 SOP (format dikirim) tercatat Selesai di setiap berkas unit; ${file.name} tidak diubah. Catatan itu ikut ke hasil Himpun.`,
          lines: [...lines, ...result.notes],
        });
      },
    );
  }

  // ---- Himpun --------------------------------------------------------------------------
  async function onMaster(files: File[]): Promise<void> {
    await run("Membaca buku kerja induk…", async (signal) => {
      const file = await readChosen(files[0], signal);
      setMaster(file);
    });
  }

  async function onHimpun(): Promise<void> {
    setReports(null);
    setGathered(null);
    await run("Menghimpun data unit…", async (signal) => {
      const units: { name: string; grid?: WorkbookFile["grid"]; bytes?: Uint8Array; error?: string }[] = [];
      for (let i = 0; i < unitFiles.length; i++) {
        const f = unitFiles[i];
        try {
          const w = await readChosen(f, signal, { i, n: unitFiles.length });
          units.push({ name: w.name, grid: w.grid, bytes: w.bytes });
        } catch (error) {
          if (error instanceof CancelledError) throw error;
          units.push({ name: f.name, error: messageOf(error).replace(`${f.name}: `, "") });
        }
      }
      setBusy({ label: "Menyusun buku kerja terhimpun…" });
      await nextFrame();
      const result = await gatherWorkbook(master, units, who(), new Date());
      if (signal.aborted) throw new CancelledError();
      setReports(result.plan.reports);
      // Unit sheets taken whole, and unit sheets of this master whose open cells were taken.
      const sheetCount = new Set([
        ...result.plan.write.sheets.map((s) => s.name),
        ...(result.plan.write.cells ?? []).map((c) => c.sheet).filter((n) => n.toLowerCase() !== "anggaran"),
      ]).size;
      const anggaranCells = (result.plan.write.cells ?? []).filter((c) => c.sheet.toLowerCase() === "anggaran").length;
      if (!result.plan.reports.some((r) => r.taken.length > 0)) {
        setNotice({
          intent: "warning",
          title: "Tidak ada data yang dihimpun",
          body: "Lihat alasan per berkas di bawah.",
        });
        return;
      }
      const made = { name: "data-kinerja-terhimpun.xlsx", bytes: result.bytes, type: XLSX_TYPE };
      deliver(made, setGathered);
      takeWorkbook({ name: made.name, bytes: made.bytes, grid: await readWorkbookGrid(made.bytes) });
      const refused = result.plan.reports.some((r) => r.refused.length > 0 || (r.warnings?.length ?? 0) > 0);
      setNotice({
        intent: refused ? "warning" : "success",
        title: "Data unit dihimpun",
        body: `${sheetCount} sheet unit dan ${(result.plan.write.anggaran?.rows.length ?? 0) + anggaranCells} baris Anggaran dihimpun dari ${unitFiles.length} berkas ke ${made.name} (diunduh; sheet lain dari ${result.base}). Buka bagian Validasi untuk memeriksa isinya.`,
      });
    });
  }

  // ---- Validasi ------------------------------------------------------------------------
  async function onOpenWorkbook(files: File[]): Promise<void> {
    await run("Membuka buku kerja…", async (signal) => {
      const f = files[0];
      const file = await readChosen(f, signal);
      setBusy({ label: "Memeriksa isian…", value: 1 });
      await nextFrame();
      const l = takeWorkbook(file);
      setNotice(validasiNotice(l));
    });
  }

  function validasiNotice(l: Loaded): Notice {
    const errors = errorCountOf(l.analysis.findings);
    const warnings = l.analysis.findings.length - errors;
    return errors > 0
      ? {
          intent: "error",
          title: `${errors} galat, ${warnings} peringatan`,
          body: "Sel bertemuan ditandai (merah: galat, kuning: peringatan). Klik temuan untuk melihat selnya, perbaiki di Excel, lalu buka berkasnya lagi di sini.",
        }
      : {
          intent: "success",
          title: warnings > 0 ? `Tidak ada galat, ${warnings} peringatan` : "Data bersih",
          body: `${l.analysis.indikator.length} indikator siap direkap.`,
        };
  }

  async function onHighlight(): Promise<void> {
    if (!loaded) return;
    await run("Membuat salinan bersorot…", async () => {
      const r = await highlightedCopy(loaded.file, loaded.analysis.findings, who(), new Date());
      const made = { name: withSuffix(loaded.file.name, "sorotan", ".xlsx"), bytes: r.bytes, type: XLSX_TYPE };
      deliver(made, setHighlightMade);
      setNotice({
        intent: "success",
        title: "Salinan bersorot diunduh",
        body: `${made.name}: ${r.errorCells} sel galat (merah) dan ${r.warningCells} sel peringatan (kuning). Isi sel tidak diubah; berkas asli tetap seperti semula.`,
      });
    });
  }

  // ---- Rekap ---------------------------------------------------------------------------
  async function onRekap(): Promise<void> {
    if (!loaded) return;
    const errors = errorCountOf(loaded.analysis.findings);
    if (errors > 0) {
      setNotice({
        intent: "error",
        title: "Rekap belum dapat dibuat",
        body: `Masih ada ${errors} galat. Buka bagian Validasi, perbaiki sel yang ditandai di Excel, lalu buka berkasnya lagi.`,
      });
      return;
    }
    await run("Menyusun rekap…", async () => {
      const bytes = await rekapCopy(loaded.file, loaded.analysis, who(), new Date());
      const made = { name: withSuffix(loaded.file.name, "rekap", ".xlsx"), bytes, type: XLSX_TYPE };
      deliver(made, setRekapMade);
      setNotice({
        intent: "success",
        title: "Rekap Capaian dibuat",
        body: `${made.name}: sheet "Rekap Capaian" dengan ${loaded.analysis.indikator.length} indikator dan ${loaded.analysis.sasaran.length} sasaran. Berkas ini juga dapat dipakai di bagian Laporan.`,
      });
    });
  }

  // ---- Laporan -------------------------------------------------------------------------
  async function onOwnTemplate(files: File[]): Promise<void> {
    await run("Membaca template…", async (signal) => {
      const f = files[0];
      const bytes = await readDocxBytes(f, signal);
      await loadDocx(f.name, bytes); // refuses what the CLI refuses, with its sentence
      setOwnTemplate({ name: f.name, bytes });
      setTemplateChoice("sendiri");
    });
  }

  function openReview(docName: string, zip: JSZip): void {
    const errorFindings = () => {
      const l = loadedRef.current;
      return l ? errorCountOf(l.analysis.findings) : null;
    };
    setReview((prev) => ({
      name: docName,
      zip,
      key: (prev?.key ?? 0) + 1,
      ports: {
        tracker: createPackageTrackerStore(zip),
        review: createFileReviewPort(zip),
        approval: createFileApprovalPort(zip, errorFindings),
      },
    }));
  }

  async function onReport(): Promise<void> {
    if (!loaded) return;
    if (hasErrors(loaded.analysis.findings)) {
      const errors = errorCountOf(loaded.analysis.findings);
      setNotice({
        intent: "error",
        title: "Laporan belum dapat dibuat",
        body: `${loaded.file.name}: ${errors} galat; dokumen LAKIP tidak ditulis. Perbaiki dulu (lihat bagian Validasi).`,
      });
      return;
    }
    await run("Menyusun laporan…", async () => {
      const template =
        templateChoice === "sendiri" && ownTemplate ? await loadDocx(ownTemplate.name, ownTemplate.bytes) : null;
      const paper: Paper = templateChoice === "F4" ? "F4" : "A4";
      const r = await makeReport(loaded.analysis, template, paper, who(), new Date());
      const id = loaded.analysis.identitas;
      const made = {
        name: `${safeFileName(`LAKIP ${id.instansi ?? ""} ${id.tahun ?? ""}`, "LAKIP")}.docx`,
        bytes: r.bytes,
        type: DOCX_TYPE,
      };
      deliver(made, setReportMade);
      const lines: string[] = [];
      if (r.fill.filled.length > 0)
        lines.push(`Diisi (${r.fill.filled.length} bagian): ${r.fill.filled.map((t) => tagTitle(t)).join(", ")}.`);
      for (const t of r.fill.missingTags) lines.push(`Tidak ada di template (tidak diisi): ${tagTitle(t)}`);
      for (const s of r.fill.skipped) lines.push(`Tidak diisi: ${tagTitle(s.tag)} (${s.reason})`);
      if (r.pagesEstimated) lines.push(PAGES_ESTIMATED_NOTE);
      setReportLines(lines);
      setNotice({
        intent: r.fill.filled.length === 0 || r.fill.missingTags.length > 0 ? "warning" : "success",
        title: r.fill.filled.length === 0 ? "Template tidak memiliki kontrol LAKIP" : "Dokumen LAKIP dibuat",
        body:
          r.fill.filled.length === 0
            ? `${made.name} ditulis tanpa isi laporan: template tidak memiliki kontrol konten bertag lakip:...`
            : `${made.name} diunduh: ${r.fill.filled.length} bagian diisi, langkah 6 SOP dicatat Selesai di properti dokumen. Teks Anda di luar kontrol tidak diubah.`,
      });
      openReview(made.name, r.zip);
    });
  }

  async function onReviewed(files: File[]): Promise<void> {
    await run("Membuka dokumen hasil koreksi…", async (signal) => {
      const f = files[0];
      const bytes = await readDocxBytes(f, signal);
      openReview(f.name, await loadDocx(f.name, bytes));
    });
  }

  async function onDownloadReviewed(): Promise<void> {
    if (!review) return;
    await run("Menyimpan dokumen…", async () => {
      const bytes = await docxBytes(review.zip);
      downloadBytes(bytes, withSuffix(review.name, "tahapan", ".docx"), DOCX_TYPE);
      setNotice({
        intent: "success",
        title: "Dokumen diunduh",
        body: `${withSuffix(review.name, "tahapan", ".docx")}: catatan tahapan SOP ada di properti dokumen “LAKIP Langkah 1–8”.`,
      });
    });
  }

  const errorCount = loaded ? errorCountOf(loaded.analysis.findings) : 0;
  const onSelect = (f: Finding) => setFocus((prev) => ({ sheet: f.sheet, cell: f.cell, seq: (prev?.seq ?? 0) + 1 }));

  const currentWorkbook = loaded && (
    <Text className={styles.fileName} data-testid="current-workbook">
      Buku kerja: <strong>{loaded.file.name}</strong> ({loaded.analysis.indikator.length} indikator, {errorCount} galat)
    </Text>
  );

  /** The row that opens the workbook the Validasi, Rekap and Laporan tabs share, with the tab's task once one is open. */
  const workbookRow = (testId: string, task?: string, onTask?: () => Promise<void>) => (
    <div className={styles.row}>
      <FilePicker
        label="Buka buku kerja (.xlsx)…"
        accept={XLSX_ACCEPT}
        disabled={disabled}
        primary={!loaded}
        testId={testId}
        onFiles={(f) => void onOpenWorkbook(f)}
      />
      {loaded && task && onTask && (
        <Button appearance="primary" disabled={disabled} onClick={() => void onTask()}>
          {task}
        </Button>
      )}
    </div>
  );

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>LAKIP: penyusunan Laporan Kinerja dari berkas</h1>
        <Text size={200}>
          Semua pekerjaan panel Excel dan Word LAKIP, di peramban ini, tanpa pemasangan dan tanpa internet. Halaman ini
          tidak menyimpan apa pun di luar tab ini: berkas Anda tidak dikirim ke mana pun, dan hasilnya hanya ada setelah
          Anda mengunduhnya. Berkas asli Anda tidak pernah ditimpa; setiap hasil adalah berkas baru.
        </Text>
      </header>

      <Field label="Nama Anda (dicatat di tahapan SOP pada berkas yang diunduh)" style={{ maxWidth: "480px" }}>
        <Input value={name} placeholder="mis. Sari Dewi" onChange={(_, d) => setName(d.value)} />
      </Field>

      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => {
          setTab(d.value as TabName);
          // A finished task's message belongs to its tab; a running task keeps its progress.
          if (!busy) setNotice(null);
        }}
        aria-label="Langkah LAKIP"
      >
        <Tab value="format">1. Format</Tab>
        <Tab value="himpun">2. Himpun</Tab>
        <Tab value="validasi">3. Validasi</Tab>
        <Tab value="rekap">4. Rekap</Tab>
        <Tab value="laporan">5. Laporan</Tab>
      </TabList>

      <div aria-live="polite" className={styles.section}>
        {busy && (
          <div className={styles.busy} data-testid="busy">
            <div className={styles.row}>
              <Spinner size="tiny" label={busy.label} labelPosition="after" />
              <Button size="small" onClick={() => abort.current?.abort()} data-testid="cancel">
                Batal
              </Button>
            </div>
            <ProgressBar value={busy.value} max={1} aria-label="Kemajuan" />
          </div>
        )}
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.body && <div>{notice.body}</div>}
              {notice.lines && (
                <ul className={styles.list}>
                  {notice.lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      {tab === "format" && (
        <section className={styles.section} aria-label="Format">
          <Text>
            Langkah 2 SOP: buku kerja format pengumpulan data kinerja (Petunjuk, Identitas, satu sheet per unit,
            Anggaran), dengan daftar pilihan dan petunjuk pengisian. Isi Identitas, lalu kirim ke bidang dan
            sekretariat.
          </Text>
          <Field
            label="Daftar unit (pisahkan dengan titik koma ;)"
            validationState={unitProblems.length > 0 ? "error" : "none"}
            validationMessage={unitProblems.length > 0 ? unitProblems.join(" ") : undefined}
          >
            <Textarea value={unitsText} onChange={(_, d) => setUnitsText(d.value)} resize="vertical" rows={4} />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" disabled={disabled || unitProblems.length > 0} onClick={() => void onFormat()}>
              Unduh format (.xlsx)
            </Button>
          </div>
          <DownloadAgain made={formatMade} disabled={disabled} />

          <Divider />
          <FormatFromWorkbook
            title="Format tahun berikutnya"
            pickerLabel="Pilih buku kerja tahun ini (.xlsx)…"
            testId="next-year-input"
            onFiles={(f) => void onNextYear(f)}
            made={nextMade}
            refused={formatRefusal?.from === "next" ? formatRefusal.findings : null}
            disabled={disabled}
          >
            Dari buku kerja tahun ini yang sudah terisi dan bebas galat: format untuk Tahun + 1 dengan Identitas,
            Pengaturan, sasaran, indikator, satuan, polaritas dan Target Akhir Renstra setiap unit. Target dan realisasi
            tahun ini pindah ke kolom riwayat; Target dan Realisasi tahun baru dikosongkan.
          </FormatFromWorkbook>

          <Divider />
          <FormatFromWorkbook
            title="File per unit"
            pickerLabel="Pilih format induk (.xlsx)…"
            testId="per-unit-input"
            onFiles={(f) => void onPerUnit(f)}
            made={unitsMade}
            refused={formatRefusal?.from === "units" ? formatRefusal.findings : null}
            disabled={disabled}
          >
            Langkah 3 SOP: dari format induk, satu buku kerja per unit (Petunjuk, Identitas terkunci, sheet unitnya dan
            baris Anggarannya), semuanya dalam satu berkas .zip. Hanya sel yang diisi unit yang terbuka. Berkas yang
            kembali dihimpun di bagian Himpun bersama format induknya.
          </FormatFromWorkbook>

          <Divider />
          <PkSection disabled={disabled} />
        </section>
      )}

      {tab === "himpun" && (
        <section className={styles.section} aria-label="Himpun">
          <Text>
            Langkah 4 SOP: pilih buku kerja (.xlsx) yang diisi bidang. Sheet indikator dan baris Anggaran mereka
            dihimpun menjadi satu buku kerja baru yang Anda unduh.
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
                <Button size="small" appearance="subtle" onClick={() => setMaster(null)}>
                  Lepas
                </Button>
              </>
            ) : (
              <Text className={styles.hint}>
                Tanpa induk, sheet Identitas (dan Petunjuk, Pengaturan) diambil dari berkas unit pertama yang
                memilikinya.
              </Text>
            )}
          </div>
          <div className={styles.row}>
            <FilePicker
              label="Pilih berkas unit…"
              accept={XLSX_ACCEPT}
              multiple
              disabled={disabled}
              primary={unitFiles.length === 0}
              testId="himpun-input"
              onFiles={(f) => {
                setUnitFiles(f);
                setReports(null);
              }}
            />
            <Text className={styles.fileName} data-testid="unit-files">
              {unitFiles.length > 0
                ? `${unitFiles.length} berkas: ${unitFiles.map((f) => f.name).join(", ")}`
                : "Belum ada berkas unit dipilih."}
            </Text>
          </div>
          <div className={styles.row}>
            <Button
              appearance={unitFiles.length > 0 ? "primary" : "secondary"}
              disabled={disabled || unitFiles.length === 0}
              onClick={() => void onHimpun()}
            >
              Himpun dan unduh
            </Button>
          </div>
          <DownloadAgain made={gathered} disabled={disabled} />
          {reports && (
            <ul className={styles.reports} aria-label="Hasil per berkas">
              {reports.map((r, i) => (
                <li key={`${r.file}-${i}`} className={styles.report} data-testid="himpun-report">
                  <Text weight="semibold">{r.file}</Text>
                  {r.taken.map((t) => (
                    <Text size={200} key={t} className={styles.taken}>
                      ✓ Diambil: {t}
                    </Text>
                  ))}
                  {r.refused.map((t) => (
                    <Text size={200} key={t} className={styles.refused}>
                      ✗ Ditolak: {t}
                    </Text>
                  ))}
                  {r.warnings?.map((t) => (
                    <Text size={200} key={t} className={styles.warned}>
                      ⚠ Peringatan: {t}
                    </Text>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {tab === "validasi" && (
        <section className={styles.section} aria-label="Validasi">
          <Text>
            Memeriksa semua sheet buku kerja terhimpun. Peramban tidak dapat mengubah berkas di komputer Anda, jadi
            berkas aslinya tidak pernah ditimpa: sorotan dibuat pada salinan yang Anda unduh.
          </Text>
          {workbookRow("workbook-input", "Unduh salinan bersorot", onHighlight)}
          {currentWorkbook}
          <DownloadAgain made={highlightMade} disabled={disabled} />
          {loaded && (
            <div className={styles.split}>
              <div className={styles.findings}>
                <FindingList
                  findings={loaded.analysis.findings}
                  onSelect={onSelect}
                  emptyText="Tidak ada temuan: data siap direkap."
                />
              </div>
              <SheetPreview
                key={loaded.file.name + loaded.file.bytes.length}
                grid={loaded.file.grid}
                findings={loaded.analysis.findings}
                focus={focus}
              />
            </div>
          )}
        </section>
      )}

      {tab === "rekap" && (
        <section className={styles.section} aria-label="Rekap">
          <Text>
            Langkah 5 SOP: salinan buku kerja dengan sheet &quot;Rekap Capaian&quot; (capaian per indikator, sasaran,
            unit dan organisasi, serapan anggaran, efisiensi). Data harus bebas galat.
          </Text>
          {workbookRow("rekap-workbook-input", "Unduh salinan dengan Rekap", onRekap)}
          {currentWorkbook}
          <DownloadAgain made={rekapMade} disabled={disabled} />
          {loaded && errorCount === 0 && (
            <div className={styles.report} data-testid="rekap-summary">
              <Text size={200}>Capaian kinerja organisasi</Text>
              <span className={styles.big} data-testid="rekap-capaian">
                {formatPercent(loaded.analysis.organisasi.capaian)}
              </span>
              {loaded.analysis.organisasi.predikat && <Text>Predikat: {loaded.analysis.organisasi.predikat}</Text>}
              <table className={styles.sasaranTable} aria-label="Capaian per sasaran">
                <thead>
                  <tr>
                    <th className={styles.th}>Sasaran Strategis</th>
                    <th className={`${styles.th} ${styles.num}`}>Capaian</th>
                    <th className={styles.th}>Predikat</th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.analysis.sasaran.map((s) => (
                    <tr key={s.sasaran}>
                      <td className={styles.td}>{s.sasaran}</td>
                      <td className={`${styles.td} ${styles.num}`}>{formatPercent(s.capaian)}</td>
                      <td className={styles.td}>{s.predikat ?? "-"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {loaded && errorCount > 0 && (
            <Text className={styles.hint}>Masih ada {errorCount} galat: lihat bagian Validasi.</Text>
          )}
        </section>
      )}

      {tab === "laporan" && (
        <section className={styles.section} aria-label="Laporan">
          <Text>
            Langkah 6 SOP: dokumen LAKIP (.docx) dari buku kerja bebas galat, dengan kerangka resmi bawaan atau dokumen
            Word Anda sendiri. Hanya kontrol konten bertag lakip:... yang diisi; teks Anda di luar kontrol dan bagian
            yang Anda tulis sendiri (Latar Belakang, Tupoksi, ...) tidak diubah.
          </Text>
          {workbookRow("laporan-workbook-input")}
          {currentWorkbook}
          <RadioGroup
            value={templateChoice}
            onChange={(_, d) => setTemplateChoice(d.value as "A4" | "F4" | "sendiri")}
            aria-label="Template"
          >
            <Radio value="A4" label="Kerangka LAKIP bawaan, kertas A4" />
            <Radio value="F4" label="Kerangka LAKIP bawaan, kertas F4 (215 × 330 mm)" />
            <Radio
              value="sendiri"
              disabled={!ownTemplate}
              label={ownTemplate ? `Dokumen Word sendiri: ${ownTemplate.name}` : "Dokumen Word sendiri (pilih dulu)"}
            />
          </RadioGroup>
          <div className={styles.row}>
            <FilePicker
              label="Pilih template sendiri (.docx)…"
              accept={DOCX_ACCEPT}
              disabled={disabled}
              testId="template-input"
              onFiles={(f) => void onOwnTemplate(f)}
            />
            <Button
              appearance="primary"
              disabled={disabled || !loaded || (templateChoice === "sendiri" && !ownTemplate)}
              onClick={() => void onReport()}
            >
              Buat laporan dan unduh
            </Button>
          </div>
          <DownloadAgain made={reportMade} disabled={disabled} />
          {reportLines && reportLines.length > 0 && (
            <ul className={styles.list} data-testid="report-lines">
              {reportLines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}

          <Divider />
          <Text weight="semibold">Koreksi dan persetujuan (langkah 7–8)</Text>
          <Text size={200}>
            Setelah Sekretaris mengoreksi dokumen di Word (Lacak Perubahan dan komentar), buka dokumen hasil koreksi di
            sini: revisi dan komentar yang masih terbuka didaftar, daftar periksa persetujuan dihitung, dan langkah 7–8
            dicatat di properti dokumen yang Anda unduh.
          </Text>
          <div className={styles.row}>
            <FilePicker
              label="Buka dokumen hasil koreksi (.docx)…"
              accept={DOCX_ACCEPT}
              disabled={disabled}
              testId="reviewed-input"
              onFiles={(f) => void onReviewed(f)}
            />
            {review && (
              <Button appearance="primary" disabled={disabled} onClick={() => void onDownloadReviewed()}>
                Unduh dokumen dengan catatan tahapan
              </Button>
            )}
          </div>
          {review && (
            <div data-testid="sop-tab">
              <Text className={styles.fileName}>
                Dokumen: <strong>{review.name}</strong>
              </Text>
              <SopTab key={review.key} ports={review.ports} actor={who()} />
            </div>
          )}
        </section>
      )}

      <footer className={styles.footer}>
        LAKIP.html bekerja tanpa jaringan. Tutup tab ini untuk melupakan semua berkas yang dibuka.
      </footer>
    </main>
  );
}
