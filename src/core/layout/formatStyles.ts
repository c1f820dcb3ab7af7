/**
 * The named cell styles of every workbook this add-in writes.
 */
import type { CellStyle, StyleName } from "./layoutTypes";

export const STYLES: Record<StyleName, CellStyle> = {
  title: { bold: true, fontSize: 14, fontColor: "1F3864" },
  subtitle: { italic: true, fontSize: 10, fontColor: "595959", wrap: false },
  header: { bold: true, fill: "D9E2F3", border: true, wrap: true, horizontal: "center", vertical: "middle" },
  label: { bold: true, border: true, vertical: "top" },
  input: { border: true, fill: "FFF2CC", vertical: "top", wrap: true },
  note: { italic: true, fontColor: "595959", wrap: true, vertical: "top" },
  text: { wrap: true, vertical: "top" },
  heading: { bold: true, fontColor: "1F3864", vertical: "top" },
  number: { border: true, vertical: "top", numFmt: "#,##0.##" },
  rupiah: { border: true, vertical: "top", numFmt: "#,##0" },
  data: { border: true, vertical: "top", wrap: true },
};
