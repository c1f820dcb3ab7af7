/**
 * Browser harness of the Excel pane: the real ExcelPane over the in-memory Excel host (the
 * Office.js adapter over a fake Office.js workbook), beside a simple drawing of the active sheet
 * (tabs, values, fills, selection) so a person or Playwright sees highlights and Rekap.
 *
 * Query parameters: `example=kesbangpol-2025` (or contoh-berantakan, contoh-tanpa-identitas;
 * default: an empty workbook), `delay=MS` slows the host down to show progress,
 * `unsupported=1.8,1.9` pretends those ExcelApi versions are missing; `api=2016|2019|365` runs the
 * fake Excel at that Office's requirement-set level (OFFICE_LEVELS: the fake refuses every member
 * above it with ApiNotFound, and the pane's requirement check sees the same level); `web=1` adds
 * Excel on the web's 5 MB request/response limit; `generate=N` (with optional `errors=K`) starts
 * with a synthetic workbook of N indicators (K blank Realisasi cells).
 * `window.excelHarness` exposes the workbook's state for tests (see ExcelHarnessState).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { a1, columnLetters, parseA1 } from "../core/grid";
import { checkRequirements } from "../hosts/excel/requirements";
import {
  createMemoryExcelHost,
  createMemoryWorkbook,
  harnessState,
  type FakeWorkbook,
} from "../hosts/memory/excelMemoryHost";
import { displayValue, type FakeWorkbookOptions } from "../hosts/memory/excelFakeOffice";
import { OFFICE_LEVELS, isSetSupportedAt, type OfficeLevelName } from "../hosts/memory/officeFakeRules";
import { ExcelPane } from "../panes/excel/ExcelPane";
import { HarnessFrame } from "./common/HarnessFrame";
import { preflightRefused } from "../panes/common/preflight";
import { syntheticWorkbook } from "./common/syntheticWorkbook";

const MAX_ROWS = 60;
const MAX_COLS = 12;

const useStyles = makeStyles({
  book: { flexGrow: 1, minWidth: 0, backgroundColor: "white", boxShadow: tokens.shadow8 },
  scroller: { overflow: "auto", maxHeight: "calc(100vh - 90px)" },
  table: {
    borderCollapse: "collapse",
    fontFamily: "Calibri, Arial, sans-serif",
    fontSize: "11px",
    tableLayout: "fixed",
  },
  th: { backgroundColor: "#f0f0f0", color: "#555", border: "1px solid #d0d0d0", fontWeight: 400, padding: "1px 4px" },
  td: {
    border: "1px solid #e0e0e0",
    padding: "1px 4px",
    width: "96px",
    maxWidth: "96px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    height: "18px",
  },
  selected: { outline: "2px solid #217346", outlineOffset: "-2px" },
  empty: { padding: "16px", color: "#888" },
});

function SheetView({ book }: { book: FakeWorkbook }): React.ReactElement {
  const styles = useStyles();
  React.useSyncExternalStore(
    (l) => book.subscribe(l),
    () => book.snapshot(),
  );
  const [shown, setShown] = React.useState<string | null>(null);
  const visible = book.sheets.filter((s) => s.visibility === "Visible");
  // Follow the workbook's active sheet (selection, Rekap) unless the user clicked a tab since.
  const [lastActive, setLastActive] = React.useState(book.active);
  if (lastActive !== book.active) {
    setLastActive(book.active);
    setShown(null);
  }
  const sheet = book.sheet(shown ?? book.active) ?? visible[0];
  const used = sheet?.usedArea();
  const rows = Math.min(MAX_ROWS, (used?.bottom ?? 0) + 1);
  const cols = Math.min(MAX_COLS, (used?.right ?? 0) + 1);
  const sel = book.selection && sheet && book.selection.sheet === sheet.name ? book.selection.address : null;
  return (
    <div className={styles.book} data-testid="workbook" aria-label="Buku kerja (memori)">
      <TabList
        size="small"
        selectedValue={sheet?.name}
        onTabSelect={(_, d) => setShown(String(d.value))}
        aria-label="Sheet"
        style={{ overflowX: "auto" }}
      >
        {visible.map((s) => (
          <Tab key={s.name} value={s.name} data-testid="sheet-tab">
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller}>
        {!sheet || !used ? (
          <div className={styles.empty}>(sheet kosong)</div>
        ) : (
          <table className={styles.table} data-testid="sheet-grid" data-sheet={sheet.name}>
            <thead>
              <tr>
                <th className={styles.th} />
                {Array.from({ length: cols }, (_, c) => (
                  <th key={c} className={styles.th}>
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th className={styles.th}>{r + 1}</th>
                  {Array.from({ length: cols }, (_, c) => {
                    const address = a1(r, c);
                    const cell = sheet.get(r, c);
                    const fill = sheet.fills.get(sheet.key(r, c));
                    const text = displayValue(cell);
                    return (
                      <td
                        key={c}
                        data-cell={address}
                        data-fill={fill ?? ""}
                        className={`${styles.td} ${sel === address ? styles.selected : ""}`}
                        style={{
                          backgroundColor: fill,
                          textAlign: typeof cell?.value === "number" ? "right" : undefined,
                        }}
                        title={text}
                      >
                        {typeof cell?.value === "number" && !cell.error
                          ? cell.value.toLocaleString("id-ID", { maximumFractionDigits: 2 })
                          : text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

async function loadExample(name: string, options: FakeWorkbookOptions): Promise<FakeWorkbook> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Nama contoh tidak sah: ${name}`);
  const response = await fetch(`examples/${name}.xlsx`);
  if (!response.ok) throw new Error(`Contoh ${name}.xlsx tidak ditemukan (${response.status}).`);
  const { readWorkbookGrid } = await import("../hosts/files/readXlsx");
  return createMemoryWorkbook(await readWorkbookGrid(await response.arrayBuffer()), options);
}

/**
 * The browser's pop-up rule for Excel.createWorkbook on the web: a new window needs a user click
 * (transient activation) and consumes it, so one click opens one workbook.
 */
function oneWindowPerClick(): () => boolean {
  let clicks = 0;
  let used = 0;
  document.addEventListener("click", () => clicks++, true);
  return () => {
    const active = (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive ?? true;
    if (!active || used >= clicks) return false;
    used = clicks;
    return true;
  };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const example = params.get("example");
  const delayMs = Number(params.get("delay") ?? "0") || 0;
  const unsupported = new Set((params.get("unsupported") ?? "").split(",").filter(Boolean));
  const api = params.get("api");
  if (api !== null && !(api in OFFICE_LEVELS)) throw new Error(`Tingkat api tidak dikenal: ${api} (2016, 2019, 365)`);
  const level = api ? OFFICE_LEVELS[api as OfficeLevelName] : null;
  const isSetSupported = level ? isSetSupportedAt(level) : (_set: string, version: string) => !unsupported.has(version);
  const options: FakeWorkbookOptions = { apiLevel: level, web: params.get("web") === "1" };
  const generate = Number(params.get("generate") ?? "0") || 0;
  const book = example
    ? await loadExample(example, options)
    : params.has("generate")
      ? createMemoryWorkbook(
          syntheticWorkbook(Math.min(generate, 100_000), Number(params.get("errors") ?? "0") || 0),
          options,
        )
      : createMemoryWorkbook(undefined, options);
  // holdCalls() makes the host's calls wait until releaseCalls(): work that cannot end before the test says so.
  let held: { promise: Promise<void>; release: () => void } | null = null;
  const gate = () => held?.promise ?? Promise.resolve();
  const calls = {
    holdCalls() {
      let release = () => undefined as void;
      const promise = new Promise<void>((resolve) => (release = resolve));
      held = { promise, release };
    },
    releaseCalls() {
      held?.release();
      held = null;
    },
  };
  const host = createMemoryExcelHost(book, { delayMs, gate, isSetSupported, mayOpenWindow: oneWindowPerClick() });
  // What the user does in Excel itself, outside the pane: types into a cell (a cell keeps its
  // number format, as Excel does: a number typed into a date cell shows as a date), and saves the
  // workbook to a file (.xlsx, Base64) that the Word pane's "Pilih berkas .xlsx" then reads.
  const user = {
    userTypes(sheet: string, address: string, value: string | number, numberFormat?: string) {
      const s = book.sheet(sheet);
      const at = parseA1(address);
      if (!s || !at) throw new Error(`Sel ${sheet}!${address} tidak ada`);
      s.cells.set(s.key(at.row, at.col), { value });
      if (numberFormat) s.formats.set(s.key(at.row, at.col), numberFormat);
      book.changed();
    },
    async savedXlsx(): Promise<string> {
      const grid = await host.readWorkbook();
      const { writeWorkbookGrid } = await import("../hosts/files/writeGrid");
      const { bytesToBase64 } = await import("../hosts/files/base64");
      return bytesToBase64(await writeWorkbookGrid(grid));
    },
  };
  (window as unknown as { excelHarness: unknown }).excelHarness = {
    ...harnessState(book),
    ...calls,
    ...user,
    workbook: book,
  };
  if (preflightRefused()) return; // the preflight already told the user what to do
  const root = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  const Harness = () => {
    return (
      <HarnessFrame
        title="LAKIP (panel Excel)"
        pane={<ExcelPane host={host} requirements={checkRequirements(isSetSupported)} />}
      >
        <SheetView book={book} />
      </HarnessFrame>
    );
  };
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Harness />
    </FluentProvider>,
  );
}

void main().catch((error: unknown) => {
  document.body.textContent = `Harness gagal dimulai: ${String(error)}`;
});
