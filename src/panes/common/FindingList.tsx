/**
 * The list of validation findings, grouped by sheet with error and warning counts. Each finding
 * names its cell and says what to fix; with `onSelect`, a finding is a button that selects its
 * cell (keyboard: Tab to it, Enter or Space).
 */
import * as React from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Finding } from "../../core/model";
import { CODE_TITLES } from "../../core/validate/findings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  totals: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  group: { display: "flex", flexDirection: "column", gap: "4px" },
  groupHeader: { display: "flex", alignItems: "center", gap: "6px", flexWrap: "wrap" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  item: {
    display: "flex",
    gap: "6px",
    alignItems: "flex-start",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "left",
    width: "100%",
    boxSizing: "border-box",
    minWidth: 0,
    height: "auto",
    justifyContent: "flex-start",
    fontWeight: tokens.fontWeightRegular,
  },
  icon: { flexShrink: 0, marginTop: "2px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  where: { fontWeight: tokens.fontWeightSemibold },
});

export interface FindingListProps {
  findings: readonly Finding[];
  /** Called when the user picks a finding (the Excel pane selects its cell). */
  onSelect?: (finding: Finding) => void;
  /** Shown when there are no findings. */
  emptyText?: string;
}

interface Group {
  sheet: string;
  items: Finding[];
  errors: number;
  warnings: number;
}

function groupBySheet(findings: readonly Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    let g = groups.get(f.sheet);
    if (!g) groups.set(f.sheet, (g = { sheet: f.sheet, items: [], errors: 0, warnings: 0 }));
    g.items.push(f);
    if (f.severity === "error") g.errors++;
    else g.warnings++;
  }
  return [...groups.values()];
}

export function FindingList({ findings, onSelect, emptyText }: FindingListProps): React.JSX.Element {
  const styles = useStyles();
  const groups = React.useMemo(() => groupBySheet(findings), [findings]);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (findings.length === 0)
    return <Text data-testid="findings-empty">{emptyText ?? "Tidak ada temuan: data siap dihitung."}</Text>;
  return (
    <section className={styles.root} aria-label="Temuan validasi" data-testid="findings">
      <div className={styles.totals}>
        <Badge appearance="filled" color="danger" data-testid="count-errors">
          {errors} galat
        </Badge>
        <Badge appearance="filled" color="warning" data-testid="count-warnings">
          {warnings} peringatan
        </Badge>
      </div>
      {groups.map((g) => (
        <div key={g.sheet} className={styles.group} data-testid="finding-group">
          <div className={styles.groupHeader}>
            <Text weight="semibold">{g.sheet === "" ? "Buku kerja" : `Sheet ${g.sheet}`}</Text>
            {g.errors > 0 && (
              <Badge size="small" appearance="tint" color="danger">
                {g.errors} galat
              </Badge>
            )}
            {g.warnings > 0 && (
              <Badge size="small" appearance="tint" color="warning">
                {g.warnings} peringatan
              </Badge>
            )}
          </div>
          <ul className={styles.list}>
            {g.items.map((f, i) => {
              const where = f.cell ? `${f.cell} · ${CODE_TITLES[f.code]}` : CODE_TITLES[f.code];
              const icon =
                f.severity === "error" ? (
                  <ErrorCircle16Filled className={`${styles.icon} ${styles.error}`} aria-label="Galat" />
                ) : (
                  <Warning16Filled className={`${styles.icon} ${styles.warning}`} aria-label="Peringatan" />
                );
              const body = (
                <span className={styles.text}>
                  <span className={styles.where}>{where}</span>
                  <span>{f.message}</span>
                </span>
              );
              return (
                <li
                  key={`${f.sheet}!${f.cell}!${f.code}!${i}`}
                  data-testid="finding"
                  data-code={f.code}
                  data-cell={f.cell}
                >
                  {onSelect && f.cell ? (
                    <Button
                      appearance="subtle"
                      className={styles.item}
                      onClick={() => onSelect(f)}
                      title={`Pilih sel ${f.cell} di sheet ${f.sheet}`}
                    >
                      {icon}
                      {body}
                    </Button>
                  ) : (
                    <div className={styles.item}>
                      {icon}
                      {body}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
