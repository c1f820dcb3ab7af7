/** The styles of the SOP stepper (./SopStepper.tsx). */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStepperStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "0" },
  item: { display: "grid", gridTemplateColumns: "28px minmax(0, 1fr)", columnGap: "8px" },
  rail: { display: "flex", flexDirection: "column", alignItems: "center" },
  dot: {
    width: "24px",
    height: "24px",
    borderRadius: "50%",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    flexShrink: 0,
  },
  dotBelum: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  dotBerjalan: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  dotSelesai: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  line: { flexGrow: 1, width: "2px", backgroundColor: tokens.colorNeutralStroke2, minHeight: "8px" },
  card: { marginBottom: "8px", padding: "10px", gap: "6px" },
  cardLate: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  title: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: "6px",
    rowGap: "2px",
    fontSize: tokens.fontSizeBase300,
  },
  label: { color: tokens.colorNeutralForeground3 },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  wrap: { overflowWrap: "anywhere" },
});
