/**
 * The Excel task pane: Format · Himpun · Validasi · Rekap (SOP steps 2 to 5). Given an ExcelHost
 * port; never touches Excel.run itself. All text for the user is Bahasa Indonesia.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookGrid } from "../../core/grid";
import type { Analysis, Finding } from "../../core/model";
import { analyzeWorkbook } from "../../core/index";
import { formatPercent } from "../../core/format/number";
import type { ExcelCommand } from "../../core/sop";
import {
  DEFAULT_UNITS_TEXT,
  buildFormatLayout,
  checkUnitNames,
  parseUnits,
  type WorkbookLayout,
} from "../../core/layout/formatLayout";
import { ExcelHostError, type ExcelHost } from "../../hosts/excel/port";
import { planHimpun, type FileReport, type HimpunFile } from "../../hosts/excel/himpunPlan";
import {
  explainMissing,
  missingReason,
  type ExcelFeature,
  type RequirementStatus,
} from "../../hosts/excel/requirements";
import { FindingList } from "../common/FindingList";
import { MissingFeatures } from "../common/MissingFeatures";
import { readPickedWorkbook, userMessage } from "../common/paneSupport";
import { usePaneTask } from "../common/usePaneTask";
import { FormatNextYear } from "./FormatNextYear";

export interface ExcelPaneProps {
  host: ExcelHost;
  /** Requirement sets as checked at start; omitted: everything supported (harness). */
  requirements?: readonly RequirementStatus[];
  /** Reads an .xlsx into the neutral grid; defaults to the ExcelJS reader, loaded lazily. */
  readGrid?: (data: ArrayBuffer) => Promise<WorkbookGrid>;
  /** Where the user's name for SOP records is kept (default: localStorage). */
  storage?: Pick<Storage, "getItem" | "setItem">;
}

type TabName = "format" | "himpun" | "validasi" | "rekap";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    boxSizing: "border-box",
    maxWidth: "100%",
  },
  section: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
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
  taken: { color: tokens.colorPaletteGreenForeground1 },
  refused: { color: tokens.colorPaletteRedForeground1 },
  tabs: { overflowX: "auto" },
  big: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
});

function messageOf(error: unknown): string {
  return userMessage(error, ExcelHostError);
}

const defaultReadGrid = readPickedWorkbook;

const NAME_KEY = "lakip.excel.nama";
const ROLE = "Kasubag Program";

function defaultStorage(): Pick<Storage, "getItem" | "setItem"> | undefined {
  try {
    return typeof localStorage !== "undefined" ? localStorage : undefined;
  } catch {
    return undefined;
  }
}

export function ExcelPane({
  host,
  requirements,
  readGrid = defaultReadGrid,
  storage,
}: ExcelPaneProps): React.ReactElement {
  const styles = useStyles();
  const store = storage ?? defaultStorage();
  const [tab, setTab] = React.useState<TabName>("validasi");
  const { busy, setBusy, notice, setNotice, step } = usePaneTask(messageOf);
  const [findings, setFindings] = React.useState<Finding[] | null>(null);
  const [highlighted, setHighlighted] = React.useState(false);
  const [rekap, setRekap] = React.useState<Analysis | null>(null);
  const [unitsText, setUnitsText] = React.useState(DEFAULT_UNITS_TEXT);
  const [reports, setReports] = React.useState<FileReport[] | null>(null);
  const [name, setName] = React.useState(() => store?.getItem(NAME_KEY) ?? "");
  const [confirm, setConfirm] = React.useState<null | {
    title: string;
    body: string;
    action: string;
    onYes: () => void;
    onNo: () => void;
  }>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const reason = (f: ExcelFeature) => (requirements ? missingReason(requirements, f) : null);
  const missing = requirements ? explainMissing(requirements) : [];
  const disabled = busy !== null;

  /** Records the SOP step; a failure is reported to the user as a line, never swallowed. */
  async function record(command: ExcelCommand): Promise<string | null> {
    try {
      await host.recordStep(command, { name: name.trim() || "Pengguna Excel", role: ROLE });
      return null;
    } catch (error) {
      return `Tahapan SOP tidak tercatat: ${messageOf(error)}`;
    }
  }

  function ask(title: string, body: string, action: string): Promise<boolean> {
    return new Promise((resolve) =>
      setConfirm({
        title,
        body,
        action,
        onYes: () => {
          setConfirm(null);
          resolve(true);
        },
        onNo: () => {
          setConfirm(null);
          resolve(false);
        },
      }),
    );
  }

  // ---- Format -------------------------------------------------------------------------
  const unitProblems = React.useMemo(() => checkUnitNames(parseUnits(unitsText)), [unitsText]);

  async function onBuatFormat(): Promise<void> {
    let layout: WorkbookLayout;
    try {
      layout = buildFormatLayout(parseUnits(unitsText));
    } catch (error) {
      setNotice({ intent: "error", title: "Daftar unit belum benar", body: messageOf(error) });
      return;
    }
    let replace: string[] = [];
    let proceed = true;
    await step("Memeriksa sheet yang ada…", async () => {
      const existing = new Set((await host.listSheets()).map((s) => s.toLowerCase()));
      replace = layout.sheets.map((s) => s.name).filter((n) => existing.has(n.toLowerCase()));
    });
    if (replace.length > 0) {
      proceed = await ask(
        "Sheet sudah ada",
        `Sheet ${replace.map((r) => `"${r}"`).join(", ")} sudah ada di buku kerja ini. Ganti dengan format kosong? Isinya akan hilang.`,
        "Ganti sheet",
      );
    }
    if (!proceed) {
      setNotice({ intent: "info", title: "Buat Format dibatalkan", body: "Tidak ada sheet yang diubah." });
      return;
    }
    await step("Membuat format…", async () => {
      const result = await host.createFormat(layout, { replace });
      const sop = await record("buatFormat");
      const lines = [`${result.sheets.length} sheet dibuat: ${result.sheets.join(", ")}.`];
      if (!result.validations)
        lines.push(reason("validasiData") ?? "Daftar pilihan dan pemeriksaan angka tidak dibuat.");
      if (sop) lines.push(sop);
      setNotice({
        intent: result.validations && !sop ? "success" : "warning",
        title: "Format pengumpulan data dibuat",
        lines,
      });
    });
  }

  // ---- Himpun -------------------------------------------------------------------------
  async function onHimpunFiles(e: React.ChangeEvent<HTMLInputElement>): Promise<void> {
    const chosen = Array.from(e.target.files ?? []);
    e.target.value = "";
    if (chosen.length === 0) return;
    setReports(null);
    const files: HimpunFile[] = [];
    let current: WorkbookGrid = { sheets: [] };
    await step("Membaca berkas unit…", async () => {
      for (let i = 0; i < chosen.length; i++) {
        const file = chosen[i];
        setBusy({ label: `Membaca ${file.name} (${i + 1} dari ${chosen.length})…`, value: i / chosen.length });
        if (!/\.xlsx$/i.test(file.name)) {
          files.push({ name: file.name, error: "Bukan buku kerja Excel (.xlsx); berkas dilewati." });
          continue;
        }
        try {
          files.push({ name: file.name, grid: await readGrid(await file.arrayBuffer()) });
        } catch (error) {
          // The reader's message is already written for the user (Bahasa Indonesia).
          files.push({
            name: file.name,
            error:
              error instanceof Error ? error.message : `Bukan buku kerja Excel yang dapat dibaca: ${String(error)}`,
          });
        }
      }
      setBusy({ label: "Membaca buku kerja ini…", value: 1 });
      current = await host.readWorkbook();
    });
    if (files.length === 0) return;
    let plan = planHimpun(files, current, false);
    if (plan.conflicts.length > 0) {
      const yes = await ask(
        "Unit sudah ada",
        `Sheet ${plan.conflicts.map((c) => `"${c}"`).join(", ")} sudah ada di buku kerja ini. Ganti dengan isi dari berkas unit?`,
        "Ganti unit",
      );
      if (yes) plan = planHimpun(files, current, true);
    }
    await step("Menghimpun data unit…", async () => {
      const cells = plan.write.cells?.length ?? 0;
      const taken = plan.write.sheets.length + (plan.write.anggaran?.rows.length ?? 0) + cells;
      if (taken > 0) await host.importUnits(plan.write);
      setReports(plan.reports);
      const sop = taken > 0 ? await record("himpun") : null;
      const refused = plan.reports.filter((r) => r.refused.length > 0).length;
      setNotice({
        intent: taken === 0 ? "warning" : refused > 0 || sop ? "warning" : "success",
        title: taken === 0 ? "Tidak ada data yang dihimpun" : "Data unit dihimpun",
        body: `${plan.write.sheets.length} sheet unit${cells > 0 ? `, ${cells} sel isian dari file unit` : ""} dan ${plan.write.anggaran?.rows.length ?? 0} baris Anggaran dihimpun dari ${files.length} berkas.${taken > 0 ? " Jalankan Validasi untuk memeriksa isinya." : ""}`,
        lines: sop ? [sop] : undefined,
      });
    });
  }

  // ---- Validasi -----------------------------------------------------------------------
  async function onValidasi(): Promise<void> {
    await step("Memeriksa buku kerja…", async () => {
      setBusy({ label: "Membaca semua sheet…", value: 0.2 });
      const grid = await host.readWorkbook();
      setBusy({ label: "Memeriksa isian…", value: 0.5 });
      const analysis = analyzeWorkbook(grid);
      setBusy({ label: "Menyorot sel bertemuan…", value: 0.8 });
      const result = await host.highlight(analysis.findings);
      setFindings(analysis.findings);
      setHighlighted(result.errorCells + result.warningCells > 0);
      const errors = analysis.findings.filter((f) => f.severity === "error").length;
      const warnings = analysis.findings.length - errors;
      const sop = errors === 0 ? await record("validasiBersih") : null;
      const lines = [...result.notes, ...(sop ? [sop] : [])];
      const marked = result.errorCells + result.warningCells > 0;
      setNotice(
        errors > 0
          ? {
              intent: "error",
              title: `${errors} galat, ${warnings} peringatan`,
              body: marked
                ? "Sel bertemuan disorot (merah: galat, kuning: peringatan). Klik temuan untuk memilih selnya, perbaiki, lalu jalankan Validasi lagi."
                : "Klik temuan untuk memilih selnya, perbaiki, lalu jalankan Validasi lagi.",
              lines: lines.length > 0 ? lines : undefined,
            }
          : {
              intent: lines.length > 0 ? "warning" : "success",
              title: warnings > 0 ? `Tidak ada galat, ${warnings} peringatan` : "Data bersih",
              body: `${analysis.indikator.length} indikator siap direkap.`,
              lines: lines.length > 0 ? lines : undefined,
            },
      );
    });
  }

  async function onHapusSorotan(): Promise<void> {
    await step("Menghapus sorotan…", async () => {
      const { restored: n, notes } = await host.clearHighlights();
      setHighlighted(false);
      setNotice({
        intent: notes.length > 0 ? "warning" : "success",
        title: "Sorotan dihapus",
        body: n > 0 ? `Warna isian semula dipulihkan di ${n} sel.` : "Tidak ada sorotan LAKIP di buku kerja ini.",
        lines: notes.length > 0 ? notes : undefined,
      });
    });
  }

  async function onSelect(f: Finding): Promise<void> {
    try {
      await host.selectCell(f.sheet, f.cell);
    } catch (error) {
      setNotice({ intent: "error", title: "Sel tidak dapat dipilih", body: messageOf(error) });
    }
  }

  // ---- Rekap --------------------------------------------------------------------------
  async function onRekap(): Promise<void> {
    await step("Menyusun rekap…", async () => {
      setBusy({ label: "Membaca semua sheet…", value: 0.2 });
      const analysis = analyzeWorkbook(await host.readWorkbook());
      const errors = analysis.findings.filter((f) => f.severity === "error").length;
      if (errors > 0) {
        setRekap(null);
        setFindings(analysis.findings);
        setNotice({
          intent: "error",
          title: "Rekap belum dapat dibuat",
          body: `Masih ada ${errors} galat. Buka bagian Validasi, perbaiki sel yang disorot, lalu jalankan Rekap lagi.`,
        });
        return;
      }
      setBusy({ label: `Menulis sheet Rekap Capaian…`, value: 0.6 });
      const result = await host.writeRekap(analysis);
      setRekap(analysis);
      const sop = await record("rekap");
      setNotice({
        intent: sop ? "warning" : "success",
        title: "Rekap Capaian diperbarui",
        body: `Sheet "${result.sheet}" berisi ${analysis.indikator.length} indikator, ${analysis.sasaran.length} sasaran${result.chart ? " dan grafik capaian per sasaran" : ""}.`,
        lines: sop ? [sop] : undefined,
      });
    });
  }

  const errorCount = findings?.filter((f) => f.severity === "error").length ?? 0;

  return (
    <div className={styles.root}>
      <MissingFeatures app="Excel" items={missing} />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabName)}
        aria-label="Bagian panel LAKIP"
      >
        <Tab value="format">Format</Tab>
        <Tab value="himpun">Himpun</Tab>
        <Tab value="validasi">Validasi</Tab>
        <Tab value="rekap">Rekap</Tab>
      </TabList>

      {tab === "format" && (
        <section className={styles.section} aria-label="Buat Format">
          <Text size={200}>
            Langkah 2 SOP: membuat sheet Petunjuk, Identitas, satu sheet per unit dan Anggaran di buku kerja ini.
          </Text>
          <Field
            label="Daftar unit (pisahkan dengan titik koma ;)"
            validationState={unitProblems.length > 0 ? "error" : "none"}
            validationMessage={unitProblems.length > 0 ? unitProblems.join(" ") : undefined}
          >
            <Textarea value={unitsText} onChange={(_, d) => setUnitsText(d.value)} resize="vertical" rows={5} />
          </Field>
          <Button
            appearance="primary"
            disabled={disabled || unitProblems.length > 0 || reason("buatFormat") !== null}
            onClick={() => void onBuatFormat()}
          >
            Buat Format
          </Button>
          {reason("buatFormat") && <Text className={styles.hint}>{reason("buatFormat")}</Text>}
          <FormatNextYear
            host={host}
            requirements={requirements}
            who={{ name: name.trim() || "Pengguna Excel", role: ROLE }}
            disabled={disabled}
          />
        </section>
      )}

      {tab === "himpun" && (
        <section className={styles.section} aria-label="Himpun">
          <Text size={200}>
            Langkah 4 SOP: pilih buku kerja (.xlsx) yang diisi bidang. Sheet indikator dan baris Anggaran dibawa ke buku
            kerja ini, satu sheet per unit.
          </Text>
          <input
            ref={fileInput}
            className={styles.hiddenInput}
            type="file"
            multiple
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="himpun-input"
            aria-label="Berkas unit (.xlsx)"
            onChange={(e) => void onHimpunFiles(e)}
          />
          <Button
            appearance="primary"
            disabled={disabled || reason("himpun") !== null}
            onClick={() => fileInput.current?.click()}
          >
            Pilih berkas unit…
          </Button>
          {reason("himpun") && <Text className={styles.hint}>{reason("himpun")}</Text>}
          {reports && (
            <ul className={styles.list} style={{ listStyleType: "none", padding: 0 }} aria-label="Hasil per berkas">
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
                    <Text size={200} key={t} data-testid="himpun-warning">
                      ⚠ {t}
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
          <Text size={200}>
            Memeriksa semua sheet. Sel bertemuan disorot; sorotan hanya warna dan dapat dihapus tanpa mengubah isi.
          </Text>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={disabled || reason("validasi") !== null}
              onClick={() => void onValidasi()}
            >
              Validasi
            </Button>
            <Button disabled={disabled || reason("sorot") !== null} onClick={() => void onHapusSorotan()}>
              Hapus sorotan
            </Button>
          </div>
          {(reason("validasi") || reason("sorot")) && (
            <Text className={styles.hint}>{reason("validasi") ?? reason("sorot")}</Text>
          )}
          {highlighted && <Text className={styles.hint}>Sorotan aktif: merah = galat, kuning = peringatan.</Text>}
        </section>
      )}

      {tab === "rekap" && (
        <section className={styles.section} aria-label="Rekap">
          <Text size={200}>
            Langkah 5 SOP: menulis sheet &quot;Rekap Capaian&quot; (capaian per indikator, sasaran, unit dan organisasi,
            serapan anggaran, efisiensi, grafik). Data harus bebas galat.
          </Text>
          <Button appearance="primary" disabled={disabled || reason("rekap") !== null} onClick={() => void onRekap()}>
            Rekap
          </Button>
          {reason("rekap") && <Text className={styles.hint}>{reason("rekap")}</Text>}
          {rekap && (
            <div className={styles.report} data-testid="rekap-summary">
              <Text size={200}>Capaian kinerja organisasi</Text>
              <span className={styles.big} data-testid="rekap-capaian">
                {formatPercent(rekap.organisasi.capaian)}
              </span>
              {rekap.organisasi.predikat && <Text>Predikat: {rekap.organisasi.predikat}</Text>}
            </div>
          )}
        </section>
      )}

      <div aria-live="polite" className={styles.section}>
        {busy && (
          <div className={styles.section} data-testid="busy">
            <Spinner size="tiny" label={busy.label} labelPosition="after" />
            {busy.value !== undefined && <ProgressBar value={busy.value} max={1} />}
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

      {findings && (tab === "validasi" || (tab === "rekap" && errorCount > 0)) && (
        <FindingList
          findings={findings}
          onSelect={(f) => void onSelect(f)}
          emptyText="Tidak ada temuan: data siap direkap."
        />
      )}

      <Field label="Nama Anda (dicatat di tahapan SOP)">
        <Input
          value={name}
          placeholder="mis. Sari Dewi"
          onChange={(_, d) => {
            setName(d.value);
            store?.setItem(NAME_KEY, d.value);
          }}
        />
      </Field>

      <Dialog open={confirm !== null} onOpenChange={(_, d) => !d.open && confirm?.onNo()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{confirm?.title}</DialogTitle>
            <DialogContent>{confirm?.body}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => confirm?.onNo()}>
                Batal
              </Button>
              <Button appearance="primary" onClick={() => confirm?.onYes()}>
                {confirm?.action}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
