/**
 * The list of validation findings: totals, a filter (all / errors only / warnings), and one
 * collapsible group per sheet with its error and warning counts. Each finding names its cell and
 * says what to fix; with `onSelect`, a finding with a cell is a button that selects it (keyboard:
 * Tab to it, Enter or Space). Long groups show their first items and a "Tampilkan N lagi" button,
 * so a workbook with thousands of findings stays quick.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Finding } from "../../core/model";
import { CODE_TITLES } from "../../core/validate/findings";
import { COMMON } from "./texts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  totals: { display: "flex", gap: "6px", flexWrap: "wrap", alignItems: "center" },
  groupHeader: { display: "flex", alignItems: "center", gap: "6px", flexWrap: "wrap", minWidth: 0 },
  groupTitle: { overflowWrap: "anywhere" },
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
  hint: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground3 },
  panel: { margin: "0 0 8px 0" },
  action: { margin: "4px 0 0 30px" },
});

type Filter = "all" | "error" | "warning";

export interface FindingListProps {
  findings: readonly Finding[];
  /** Called when the user picks a finding (the Excel pane selects its cell). */
  onSelect?: (finding: Finding) => void;
  /** Shown when there are no findings. */
  emptyText?: string;
  /** How many findings of a group show before "Tampilkan N lagi" (default 50). */
  pageSize?: number;
  /** A fix the pane can make for a finding (e.g. "Ubah format sel ke Umum"), shown under it; null: none. */
  actionFor?: (finding: Finding) => FindingAction | null;
}

export interface FindingAction {
  label: string;
  run: () => void;
  disabled?: boolean;
}

interface Group {
  sheet: string;
  items: Finding[];
  errors: number;
  warnings: number;
}

/** Up to this many findings every sheet's group starts open. */
const OPEN_ALL_UP_TO = 60;

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

export function FindingList(props: FindingListProps): React.JSX.Element {
  const { findings, onSelect, emptyText, pageSize = 50 } = props;
  const styles = useStyles();
  const [filter, setFilter] = React.useState<Filter>("all");
  const errors = React.useMemo(() => findings.filter((f) => f.severity === "error").length, [findings]);
  const warnings = findings.length - errors;
  const shown = React.useMemo(
    () => (filter === "all" ? findings : findings.filter((f) => f.severity === filter)),
    [findings, filter],
  );
  const groups = React.useMemo(() => groupBySheet(shown), [shown]);
  // Small lists open every group; long ones open the first group only (the user opens the rest).
  // A messy unit workbook with its analysis asked for (MISSING_ANALYSIS) is about 30-40 findings: still small.
  const initiallyOpen = React.useMemo(
    () => (shown.length <= OPEN_ALL_UP_TO ? groups.map((g) => g.sheet) : groups.slice(0, 1).map((g) => g.sheet)),
    [groups, shown.length],
  );
  const [open, setOpen] = React.useState<string[]>(initiallyOpen);
  React.useEffect(() => setOpen(initiallyOpen), [initiallyOpen]);

  if (findings.length === 0) return <Text data-testid="findings-empty">{emptyText ?? COMMON.findingsNone}</Text>;
  return (
    <section className={styles.root} aria-label={COMMON.findingsLabel} data-testid="findings">
      <div className={styles.totals}>
        {errors > 0 ? (
          <Badge appearance="filled" color="danger" data-testid="count-errors">
            {COMMON.errorsCount(errors)}
          </Badge>
        ) : (
          <Badge appearance="tint" color="success" data-testid="count-errors">
            Tidak ada galat
          </Badge>
        )}
        {warnings > 0 && (
          <Badge appearance="tint" color="warning" data-testid="count-warnings">
            {COMMON.warningsCount(warnings)}
          </Badge>
        )}
      </div>
      {errors > 0 && warnings > 0 && (
        <div className={styles.totals} role="group" aria-label={COMMON.filterLabel}>
          <ToggleButton size="small" checked={filter === "all"} onClick={() => setFilter("all")}>
            {COMMON.filterAll(findings.length)}
          </ToggleButton>
          <ToggleButton size="small" checked={filter === "error"} onClick={() => setFilter("error")}>
            {COMMON.filterErrors(errors)}
          </ToggleButton>
          <ToggleButton size="small" checked={filter === "warning"} onClick={() => setFilter("warning")}>
            {COMMON.filterWarnings(warnings)}
          </ToggleButton>
        </div>
      )}
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems.map(String))}>
        {groups.map((g) => (
          <AccordionItem key={g.sheet} value={g.sheet} data-testid="finding-group">
            <AccordionHeader size="small">
              <span className={styles.groupHeader}>
                <Text weight="semibold" className={styles.groupTitle}>
                  {g.sheet.trim() === "" ? COMMON.workbookGroup : COMMON.sheetGroup(g.sheet.trim())}
                </Text>
                {g.errors > 0 && (
                  <Badge size="small" appearance="tint" color="danger">
                    {COMMON.errorsCount(g.errors)}
                  </Badge>
                )}
                {g.warnings > 0 && (
                  <Badge size="small" appearance="tint" color="warning">
                    {COMMON.warningsCount(g.warnings)}
                  </Badge>
                )}
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {open.includes(g.sheet) && (
                <GroupItems group={g} onSelect={onSelect} pageSize={pageSize} actionFor={props.actionFor} />
              )}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {shown.length === 0 && <Text>{COMMON.filterEmpty}</Text>}
    </section>
  );
}

function GroupItems({
  group,
  onSelect,
  pageSize,
  actionFor,
}: {
  group: Group;
  onSelect?: (finding: Finding) => void;
  pageSize: number;
  actionFor?: (finding: Finding) => FindingAction | null;
}): React.JSX.Element {
  const styles = useStyles();
  const [limit, setLimit] = React.useState(pageSize);
  const items = group.items.slice(0, limit);
  const rest = group.items.length - items.length;
  return (
    <>
      <ul className={styles.list}>
        {items.map((f, i) => {
          const where = f.cell ? `${f.cell} · ${CODE_TITLES[f.code]}` : CODE_TITLES[f.code];
          const icon =
            f.severity === "error" ? (
              <ErrorCircle16Filled className={mergeClasses(styles.icon, styles.error)} aria-label={COMMON.errorIcon} />
            ) : (
              <Warning16Filled className={mergeClasses(styles.icon, styles.warning)} aria-label={COMMON.warningIcon} />
            );
          const body = (
            <span className={styles.text}>
              <span className={styles.where}>{where}</span>
              <span>{f.message}</span>
              {onSelect && !f.cell && <span className={styles.hint}>{COMMON.noCell}</span>}
            </span>
          );
          const action = actionFor?.(f) ?? null;
          return (
            <li key={`${f.sheet}!${f.cell}!${f.code}!${i}`} data-testid="finding" data-code={f.code} data-cell={f.cell}>
              {onSelect && f.cell ? (
                <Button
                  appearance="subtle"
                  className={styles.item}
                  onClick={() => onSelect(f)}
                  title={COMMON.selectCell(f.cell, f.sheet.trim())}
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
              {action && (
                <Button
                  size="small"
                  appearance="secondary"
                  className={styles.action}
                  disabled={action.disabled}
                  onClick={action.run}
                  data-testid="finding-action"
                >
                  {action.label}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {rest > 0 && (
        <Button size="small" appearance="secondary" onClick={() => setLimit((n) => n + pageSize * 4)}>
          {COMMON.showMore(rest)}
        </Button>
      )}
    </>
  );
}
