/**
 * A view of a sheet grid in which every cell covered by a merged range reads as the merge's
 * top-left cell (what the user sees), and which knows the sheet's last used row.
 */
import type { Cell, SheetGrid } from "../grid";
import { isBlank } from "../grid";

export class SheetView {
  readonly name: string;
  private readonly grid: SheetGrid;
  /** "row,col" of a covered cell -> the merge's top-left [row, col]. */
  private readonly covered = new Map<number, [number, number]>();
  readonly lastRow: number;

  constructor(grid: SheetGrid) {
    this.name = grid.name;
    this.grid = grid;
    let last = -1;
    const rows = grid.rows ?? [];
    for (let r = rows.length - 1; r >= 0; r--) {
      const row = rows[r];
      if (row && row.some((c) => !isBlank(c))) {
        last = r;
        break;
      }
    }
    for (const m of grid.merges ?? []) {
      if (!m || !(m.bottom >= m.top) || !(m.right >= m.left)) continue;
      const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (!Number.isFinite(cells) || cells > 1_000_000) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          this.covered.set(key(r, c), [m.top, m.left]);
        }
      }
    }
    this.lastRow = last;
  }

  /** The raw cell (undefined when blank or missing), merges not applied. */
  raw(row: number, col: number): Cell | undefined {
    const r = this.grid.rows[row];
    const c = r ? r[col] : undefined;
    return c && !isBlank(c) ? c : undefined;
  }

  /** The cell as the user sees it: a covered cell reads as its merge's top-left cell. */
  get(row: number, col: number): Cell | undefined {
    const own = this.raw(row, col);
    if (own) return own;
    const origin = this.covered.get(key(row, col));
    return origin ? this.raw(origin[0], origin[1]) : undefined;
  }

  /** True when the cell is covered by a merge whose top-left lies in an earlier row. */
  isContinuedFromAbove(row: number, col: number): boolean {
    const origin = this.covered.get(key(row, col));
    return origin !== undefined && origin[0] < row;
  }

  /** The widest row length among the first `rows` rows. */
  width(rows: number): number {
    let w = 0;
    for (let r = 0; r < Math.min(rows, this.grid.rows.length); r++) w = Math.max(w, this.grid.rows[r]?.length ?? 0);
    return w;
  }
}

function key(row: number, col: number): number {
  return row * 16384 + col;
}

/** The text a cell shows, for labels and text columns: numbers and booleans as text, errors as their code. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  switch (cell.t) {
    case "s":
      return cell.v;
    case "n":
      return String(cell.v);
    case "b":
      return cell.v ? "TRUE" : "FALSE";
    case "d":
      return cell.v;
    case "e":
      return cell.v;
  }
}
