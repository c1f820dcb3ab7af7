/**
 * Format tab, SOP steps 2 and 3 from the open workbook: "Format tahun berikutnya" (next year's
 * format from this year's filled workbook) and "Buat file per unit" (one protected workbook per
 * unit). Each workbook is made with the same files code as `lakip format --from/--per-unit`
 * (ExcelJS, loaded only when a button is pressed) and opened with the host's createWorkbook
 * (Excel.createWorkbook, ExcelApi 1.8): the unit files one per click (UnitWorkbookList). On an older Excel the buttons explain the command-line
 * alternative. Host calls go through the ExcelHost port only.
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
import { analyzeWorkbook, hasErrors, type Finding } from "../../core/index";
import type { WorkbookLayout } from "../../core/layout/formatLayout";
import { buildNextYearLayout } from "../../core/layout/nextYear";
import { buildUnitFiles } from "../../core/layout/unitFiles";
import { recordExcelCommand, type Who } from "../../core/sop";
import type { ExcelHost } from "../../hosts/excel/port";
import { missingReason, type RequirementStatus } from "../../hosts/excel/requirements";
import { RefusalList } from "./RefusalList";
import { userMessage } from "../../core/errors";
import { EXCEL } from "../common/texts";
import { blankTargets, blankTargetsSentence } from "../common/blankTargets";
import { usePaneTask } from "../common/usePaneTask";
import { UnitWorkbookList, type UnitWorkbook } from "./UnitWorkbookList";
import { TriwulanChoice } from "./TriwulanChoice";
import { QuarterColumnsError, UNIT_FILE_QUARTER_PROPERTY } from "../../core/layout/quarterUnitFiles";
import { romanQuarter, type Quarter } from "../../core/read/quarterColumns";

/** Renders a layout to .xlsx bytes with the given custom properties. */
export type RenderXlsx = (layout: WorkbookLayout, properties: Record<string, string>) => Promise<Uint8Array>;

export interface FormatNextYearProps {
  host: ExcelHost;
  requirements?: readonly RequirementStatus[];
  /**
   * Who is recorded in the SOP steps (the pane's name field); null while no name is typed: the
   * workbooks are still made, no SOP step is recorded, and the notice says so (as every pane step).
   */
  who: Who | null;
  /** True while the pane runs another task. */
  disabled?: boolean;
  /** The .xlsx writer; default: the ExcelJS writer of `lakip format`, loaded lazily. */
  renderXlsx?: RenderXlsx;
  /** The clock of the SOP records (tests). */
  now?: () => Date;
  /** Told whether the unit files to open are shown (then Buat Format is not the primary action). */
  onUnitsShown?: (shown: boolean) => void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  hint: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
});

const defaultRender: RenderXlsx = async (layout, properties) => {
  const { renderLayoutXlsx } = await import("../../hosts/files/writeFormat");
  return renderLayoutXlsx(layout, properties);
};

async function toBase64(bytes: Uint8Array): Promise<string> {
  const { bytesToBase64 } = await import("../../hosts/files/base64");
  return bytesToBase64(bytes);
}

const CLI_HINT =
  'Gunakan perintah di komputer yang memasang add-in ini: "lakip format --from BUKU-TAHUN-INI.xlsx --out FORMAT-BARU.xlsx" untuk format tahun berikutnya, dan "lakip format --per-unit FORMAT-INDUK.xlsx --out FOLDER" untuk berkas per unit (lihat Panduan Excel).';

/** Structural errors that make a master unusable for unit files (blank Realisasi is expected). */
function structural(f: Finding): boolean {
  return (
    f.severity === "error" &&
    (f.code === "MISSING_SHEET" ||
      f.code === "MISSING_COLUMN" ||
      (f.code === "MISSING_IDENTITY" && /Tahun/.test(f.message)))
  );
}

export function FormatNextYear({
  host,
  requirements,
  who,
  disabled = false,
  renderXlsx = defaultRender,
  now = () => new Date(),
  onUnitsShown,
}: FormatNextYearProps): React.ReactElement {
  const styles = useStyles();
  const { busy, notice, setNotice, step } = usePaneTask(userMessage);
  const [refusal, setRefusal] = React.useState<Finding[] | null>(null);
  const [units, setUnitList] = React.useState<UnitWorkbook[] | null>(null);
  // While unit files wait to be opened, the next one to open is the tab's one primary action. The
  // parent is told in the same update as the list (not from an effect a frame later), so no frame
  // ever draws Buat Format and the first unit both as primary.
  const setUnits = (list: UnitWorkbook[] | null): void => {
    setUnitList(list);
    onUnitsShown?.(list !== null);
  };
  const [triwulan, setTriwulan] = React.useState<Quarter | undefined>(undefined);
  const missing = requirements ? missingReason(requirements, "bukuKerjaBaru") : null;
  const off = disabled || busy !== null;
  // Focus goes to the result once the work is done (keyboard and screen-reader users go on from there).
  const result = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (notice && !busy) result.current?.focus();
  }, [notice, busy]);

  async function onNextYear(): Promise<void> {
    setRefusal(null);
    await step("Membuat format tahun berikutnya…", async () => {
      const grid = await host.readWorkbook();
      const analysis = analyzeWorkbook(grid);
      if (hasErrors(analysis.findings)) {
        const errors = analysis.findings.filter((f) => f.severity === "error");
        setRefusal(errors);
        setNotice({
          intent: "error",
          title: "Format tahun berikutnya tidak dibuat",
          body: `Buku kerja ini masih memuat ${errors.length} galat. Perbaiki dulu (klik temuan untuk menuju selnya), lalu coba lagi.`,
        });
        return;
      }
      const plan = buildNextYearLayout(grid, analysis);
      const step2 = who
        ? recordExcelCommand(
            {},
            "buatFormat",
            who,
            now(),
            `Format ${plan.tahun} dibuat dari buku kerja ${plan.tahun - 1}`,
          )
        : {};
      const bytes = await renderXlsx(plan.layout, step2);
      await host.createWorkbook(await toBase64(bytes));
      setNotice({
        intent: who ? "success" : "warning",
        title: `Format tahun ${plan.tahun} dibuka di jendela baru`,
        body: `Simpan buku kerja baru itu, misalnya dengan nama "Format ${plan.tahun}.xlsx". Kolom riwayat: ${plan.years
          .map((y) => `Target ${y} dan Realisasi ${y}`)
          .join(", ")}. Target, Realisasi dan teks unit tahun ${plan.tahun} masih kosong.`,
        lines: who ? plan.notes : [...plan.notes, EXCEL.noName],
      });
    });
  }

  async function onPerUnit(): Promise<void> {
    setRefusal(null);
    setUnits(null);
    const tw = triwulan;
    await step("Membuat berkas per unit…", async () => {
      const grid = await host.readWorkbook();
      const analysis = analyzeWorkbook(grid);
      const bad = analysis.findings.filter(structural);
      if (bad.length > 0) {
        setRefusal(bad);
        setNotice({
          intent: "error",
          title: "Berkas per unit tidak dibuat",
          body: "Susunan buku kerja ini belum lengkap (sheet Identitas dengan Tahun, dan sheet unit dengan baris judulnya).",
        });
        return;
      }
      let plan: ReturnType<typeof buildUnitFiles>;
      try {
        plan = buildUnitFiles(grid, analysis.identitas, { triwulan: tw });
      } catch (e) {
        if (!(e instanceof QuarterColumnsError)) throw e;
        // The master lacks quarter N's Realisasi TW columns: nothing is made, each sheet named.
        setNotice({ intent: "error", title: "Berkas per unit triwulan tidak dibuat", lines: e.problems });
        return;
      }
      if (plan.files.length === 0) {
        setNotice({
          intent: "error",
          title: "Berkas per unit tidak dibuat",
          body: "Buku kerja ini tidak memuat sheet unit.",
        });
        return;
      }
      const props = { ...(grid.customProperties ?? {}) };
      // A quarter's files are no step of the year's SOP: they carry their quarter instead (Himpun reads it).
      const extra =
        tw !== undefined
          ? { [UNIT_FILE_QUARTER_PROPERTY]: String(tw) }
          : who
            ? recordExcelCommand(props, "kirimFormat", who, now(), `${plan.files.length} berkas unit dibuat`)
            : {};
      // Every file is made now; each is opened by its own click below (UnitWorkbookList).
      const ready: UnitWorkbook[] = [];
      const lines: string[] = [];
      for (const f of plan.files) {
        const bytes = await renderXlsx(f.layout, { ...props, ...extra });
        ready.push({ unit: f.unit, fileName: f.fileName, base64: await toBase64(bytes) });
        lines.push(
          `${f.unit}: simpan sebagai "${f.fileName}"${f.fileNameChanged ? ` (nama disesuaikan: ${f.fileNameChanged})` : ""}.`,
        );
      }
      setUnits(ready);
      if (tw !== undefined) {
        const q = romanQuarter(tw);
        setNotice({
          intent: "success",
          title: `${plan.files.length} berkas unit Triwulan ${q} siap dibuka`,
          body: `Klik "Buka berkas" untuk setiap unit (satu buku kerja baru per klik), simpan dengan nama di bawah ini, lalu kirim ke unitnya. Hanya Realisasi TW ${q}, Kendala TW ${q} dan Realisasi anggaran TW ${q} yang dapat diisi; triwulan lain terkunci. Himpun kembali di bagian Himpun: hanya Triwulan ${q} yang diambil. Berkas triwulan bukan langkah SOP LAKIP tahunan, jadi tidak ada tahapan yang dicatat.`,
          lines: [...lines, ...plan.notes],
        });
        return;
      }
      let recorded = "Langkah 3 SOP tercatat Selesai di buku kerja ini.";
      if (!who) recorded = EXCEL.noName;
      else
        try {
          await host.recordStep("kirimFormat", who);
        } catch (e) {
          recorded = EXCEL.sopNotRecorded(userMessage(e));
        }
      const blank = blankTargets(analysis.findings);
      setNotice({
        intent: who && blank.length === 0 ? "success" : "warning",
        title: `${plan.files.length} berkas unit siap dibuka${blank.length > 0 ? `, tetapi ${blank.length} Target kosong` : ""}`,
        body: `${blank.length > 0 ? `${blankTargetsSentence(blank, "buku kerja ini")} ` : ""}Klik "Buka berkas" untuk setiap unit: setiap klik membuka satu buku kerja baru (Excel di web membuka buku kerja baru hanya dari klik Anda). Simpan setiap buku kerja dengan nama di bawah ini, lalu kirim ke unitnya. Hanya sel yang diisi unit yang terbuka (lembar kerja dilindungi tanpa kata sandi). ${recorded}`,
        lines: [...lines, ...plan.notes],
      });
    });
  }

  return (
    <section className={styles.section} aria-label="Format tahun berikutnya dan berkas per unit">
      <Text>
        Dari buku kerja yang terbuka: format tahun berikutnya (indikator dan riwayat dibawa, target dan realisasi
        dikosongkan), atau satu berkas per unit untuk dikirim (langkah 3 SOP).
      </Text>
      <Button disabled={missing !== null} disabledFocusable={off} onClick={() => void onNextYear()}>
        Format tahun berikutnya
      </Button>
      <TriwulanChoice
        label="Berkas per unit untuk"
        first="Tahun ini (langkah 3)"
        value={triwulan}
        onChange={setTriwulan}
        disabled={off || missing !== null}
        testId="per-unit-triwulan"
      />
      <Button disabled={missing !== null} disabledFocusable={off} onClick={() => void onPerUnit()}>
        {triwulan === undefined
          ? "Buat berkas per unit (langkah 3)"
          : `Buat berkas per unit Triwulan ${romanQuarter(triwulan)}`}
      </Button>
      {missing && (
        <MessageBar intent="info" layout="multiline" data-testid="bukukerja-alternatif">
          <MessageBarBody>
            <MessageBarTitle>Tidak tersedia di Excel ini</MessageBarTitle>
            {missing} {CLI_HINT}
          </MessageBarBody>
        </MessageBar>
      )}
      <div aria-live="polite" className={styles.section} ref={result} tabIndex={-1} data-testid="format-lanjut-result">
        {busy && <Spinner size="tiny" label={busy.label} labelPosition="after" />}
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="format-lanjut-notice">
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.body && <div>{notice.body}</div>}
              {notice.lines && notice.lines.length > 0 && (
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
      {units && <UnitWorkbookList host={host} files={units} />}
      {refusal && <RefusalList host={host} findings={refusal} setNotice={setNotice} />}
    </section>
  );
}
