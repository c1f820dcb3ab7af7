/**
 * A read-only view of a workbook's sheets with the cells of the findings marked (errors red,
 * warnings amber: the colours Validasi uses in Excel). Picking a finding shows its sheet and
 * scrolls to its cell. Large sheets show their first rows only, and say so.
 */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters, parseA1, type Cell, type WorkbookGrid } from "../core/grid";
import type { Finding } from "../core/model";
import { formatNumber } from "../core/format/number";
import { ERROR_FILL, WARNING_FILL, highlightTargets } from "../core/plan/highlightPlan";

const MAX_ROWS = 400;
// 60: the format with its four quarters reaches column AK (a quarter's findings stand there).
const MAX_COLS = 60;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0 },
  tabs: { display: "flex", gap: "4px", flexWrap: "wrap" },
  scroller: {
    overflow: "auto",
    maxHeight: "60vh",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    zIndex: 1,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "right",
  },
  cell: {
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    maxWidth: "22em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    verticalAlign: "top",
  },
  number: { textAlign: "right" },
  focused: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  mark: {
    border: "none",
    background: "transparent",
    padding: 0,
    font: "inherit",
    color: "inherit",
    textAlign: "inherit",
    cursor: "pointer",
    display: "block",
    minWidth: "24px",
    minHeight: "20px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  message: {
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
    minHeight: "1.5em",
  },
  legend: { display: "flex", gap: "12px", flexWrap: "wrap", alignItems: "center", fontSize: tokens.fontSizeBase300 },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    marginRight: "4px",
    verticalAlign: "middle",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

function display(cell: Cell | null | undefined): string {
  if (!cell) return "";
  switch (cell.t) {
    case "n":
      return formatNumber(cell.v);
    case "b":
      return cell.v ? "BENAR" : "SALAH";
    default:
      return cell.v;
  }
}

export interface SheetPreviewProps {
  grid: WorkbookGrid;
  findings: readonly Finding[];
  /** The finding picked in the list: its sheet is shown and its cell scrolled to. */
  focus: { sheet: string; cell: string; seq: number } | null;
}

export function SheetPreview({ grid, findings, focus }: SheetPreviewProps): React.ReactElement {
  const styles = useStyles();
  const [sheetName, setSheetName] = React.useState(() => {
    const first = findings.find((f) => f.sheet && grid.sheets.some((s) => s.name === f.sheet));
    return first?.sheet ?? grid.sheets[0]?.name ?? "";
  });
  // The marked cell whose messages are shown under the legend: picked here (click, tap, Enter)
  // or in the findings list. Nothing is shown on hover only (WCAG 1.4.13).
  const [picked, setPicked] = React.useState<{ sheet: string; cell: string } | null>(null);
  React.useEffect(() => {
    if (focus && grid.sheets.some((s) => s.name === focus.sheet)) {
      setSheetName(focus.sheet);
      setPicked({ sheet: focus.sheet, cell: focus.cell.toUpperCase() });
    }
  }, [focus, grid]);

  const marks = React.useMemo(() => {
    const m = new Map<string, { severity: string; messages: string[] }>();
    const messages = new Map<string, string[]>();
    for (const f of findings) {
      if (!f.cell) continue;
      const k = `${f.sheet}!${f.cell.toUpperCase()}`;
      if (!messages.has(k)) messages.set(k, []);
      messages.get(k)!.push(f.message);
    }
    for (const t of highlightTargets(findings)) {
      const k = `${t.sheet}!${t.cell}`;
      m.set(k, { severity: t.severity, messages: messages.get(k) ?? [] });
    }
    return m;
  }, [findings]);

  const sheet = grid.sheets.find((s) => s.name === sheetName) ?? grid.sheets[0];
  const focusCell = focus && sheet && focus.sheet === sheet.name ? parseA1(focus.cell) : undefined;
  const focusRef = React.useRef<HTMLTableCellElement>(null);
  React.useEffect(() => {
    focusRef.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [focus, sheetName]);

  if (!sheet) return <Text>Buku kerja ini tidak memiliki sheet.</Text>;
  const rows = sheet.rows;
  let lastRow = rows.length;
  while (lastRow > 0 && !rows[lastRow - 1]) lastRow--;
  let width = 0;
  for (let r = 0; r < Math.min(lastRow, MAX_ROWS); r++) width = Math.max(width, rows[r]?.length ?? 0);
  // Make sure a marked cell beyond the used range is still drawn.
  for (const key of marks.keys()) {
    if (!key.startsWith(`${sheet.name}!`)) continue;
    const p = parseA1(key.slice(sheet.name.length + 1));
    if (p && p.row < MAX_ROWS) {
      lastRow = Math.max(lastRow, p.row + 1);
      width = Math.max(width, p.col + 1);
    }
  }
  const cols = Math.min(width, MAX_COLS);
  const shownRows = Math.min(lastRow, MAX_ROWS);
  const sheetCount = (name: string) => findings.filter((f) => f.sheet === name && f.cell).length;
  const pickedMark = picked ? marks.get(`${picked.sheet}!${picked.cell}`) : undefined;

  return (
    <section className={styles.root} aria-label="Tampilan sheet (hanya baca)" data-testid="sheet-preview">
      <div className={styles.tabs} role="group" aria-label="Sheet">
        {grid.sheets.map((s) => {
          const n = sheetCount(s.name);
          return (
            <Button
              key={s.name}
              size="small"
              appearance={s.name === sheet.name ? "primary" : "secondary"}
              aria-pressed={s.name === sheet.name}
              onClick={() => setSheetName(s.name)}
            >
              {n > 0 ? `${s.name} (${n})` : s.name}
            </Button>
          );
        })}
      </div>
      <div className={styles.legend}>
        <span>
          <span className={styles.swatch} style={{ backgroundColor: ERROR_FILL }} />
          galat
        </span>
        <span>
          <span className={styles.swatch} style={{ backgroundColor: WARNING_FILL }} />
          peringatan
        </span>
        <span>
          Sel bertanda ✗ (galat) atau ⚠ (peringatan): pilih selnya untuk membaca pesannya di sini. Tampilan ini tidak
          dapat diubah.
        </span>
      </div>
      <div className={styles.message} aria-live="polite" data-testid="cell-message">
        {pickedMark && picked
          ? `${picked.cell}: ${pickedMark.messages.join(" ")}`
          : "Belum ada sel bertanda yang dipilih."}
      </div>
      <div className={styles.scroller} tabIndex={0} aria-label={`Isi sheet ${sheet.name}`}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: shownRows }, (_, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const cell = rows[r]?.[c];
                  const address = `${columnLetters(c)}${r + 1}`;
                  const mark = marks.get(`${sheet.name}!${address}`);
                  const focused = focusCell && focusCell.row === r && focusCell.col === c;
                  const cls = [styles.cell, cell?.t === "n" ? styles.number : "", focused ? styles.focused : ""].join(
                    " ",
                  );
                  return (
                    <td
                      key={c}
                      ref={focused ? focusRef : undefined}
                      className={cls}
                      data-cell={mark ? address : undefined}
                      data-severity={mark?.severity}
                      title={mark ? undefined : display(cell) || undefined}
                      style={
                        mark ? { backgroundColor: mark.severity === "error" ? ERROR_FILL : WARNING_FILL } : undefined
                      }
                    >
                      {mark ? (
                        <button
                          type="button"
                          className={styles.mark}
                          aria-label={`${address}, ${mark.severity === "error" ? "galat" : "peringatan"}: ${display(cell) || "kosong"}`}
                          aria-pressed={picked?.sheet === sheet.name && picked.cell === address}
                          onClick={() => setPicked({ sheet: sheet.name, cell: address })}
                        >
                          <span aria-hidden="true">{mark.severity === "error" ? "✗ " : "⚠ "}</span>
                          {display(cell)}
                        </button>
                      ) : (
                        display(cell)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(lastRow > MAX_ROWS || width > MAX_COLS) && (
        <Text size={200}>
          Ditampilkan {shownRows} baris pertama dan {cols} kolom pertama dari sheet ini; buka salinan bersorot di Excel
          untuk melihat semuanya.
        </Text>
      )}
    </section>
  );
}
