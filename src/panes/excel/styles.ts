/** Styles the Excel pane's tabs share. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useExcelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    boxSizing: "border-box",
    maxWidth: "100%",
  },
  panel: { display: "flex", flexDirection: "column", gap: "12px", minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    margin: 0,
  },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  /** A Field's hint or message at body size (Fluent's default is 12 px). */
  fieldText: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  hint: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground3 },
  hiddenInput: { display: "none" },
  list: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase300 },
  plainList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
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
  big: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
});
