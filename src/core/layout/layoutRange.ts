/**
 * Ranges of a sheet layout: built from their corners, written in A1 notation.
 */
import { columnLetters } from "../grid";
import type { LayoutRange } from "./layoutTypes";

/** A range from its corners (0-based, inclusive). */
export function range(top: number, left: number, bottom: number, right: number): LayoutRange {
  return { top, left, bottom, right };
}

/** Data-validation range in A1 notation ("E4:E203"). */
export function rangeA1(r: LayoutRange): string {
  const tl = `${columnLetters(r.left)}${r.top + 1}`;
  const br = `${columnLetters(r.right)}${r.bottom + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}
