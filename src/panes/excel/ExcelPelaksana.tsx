/**
 * Who the Excel pane records for SOP steps 2-5: the user's name (required: nothing is recorded
 * without it) and, per step, the role of the SOP's pelaksana (spec section 1: Kasubag Program
 * for 2, 3 and 5, Staf for 4), which the user may change. Both are remembered in this browser.
 */
import * as React from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { STEPS, type ExcelStep, type Who } from "../../core/sop";
import { EXCEL } from "../common/texts";
import { recallName, rememberName } from "../common/safeStorage";

const NAME_KEY = "lakip.excel.nama";
const ROLES_KEY = "lakip.excel.peran";
const EXCEL_STEPS: readonly ExcelStep[] = [2, 3, 4, 5];

type Store = Pick<Storage, "getItem" | "setItem"> | undefined;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "4px" },
  message: { fontSize: tokens.fontSizeBase300 },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1, padding: "2px 0" },
  roles: { display: "flex", flexDirection: "column", gap: "4px", marginTop: "4px" },
});

function defaultRole(step: ExcelStep): string {
  return STEPS[step - 1].pelaksana;
}

function storedRoles(store: Store): Partial<Record<ExcelStep, string>> {
  try {
    const v = JSON.parse(store?.getItem(ROLES_KEY) ?? "{}") as Record<string, unknown>;
    const out: Partial<Record<ExcelStep, string>> = {};
    for (const s of EXCEL_STEPS) if (typeof v[s] === "string") out[s] = v[s] as string;
    return out;
  } catch {
    return {};
  }
}

export interface ExcelPelaksana {
  /** Who is recorded for `step`; null while the name is empty. */
  who: (step: ExcelStep) => Who | null;
  field: React.ReactElement;
}

export function useExcelPelaksana(store: Store): ExcelPelaksana {
  const styles = useStyles();
  const [name, setName] = React.useState(() => recallName(store, NAME_KEY));
  const [roles, setRoles] = React.useState(() => storedRoles(store));
  const roleOf = (step: ExcelStep) => roles[step]?.trim() || defaultRole(step);
  const who = (step: ExcelStep): Who | null => (name.trim() === "" ? null : { name: name.trim(), role: roleOf(step) });
  const field = (
    <div className={styles.root}>
      <Field
        label={EXCEL.nameLabel}
        required
        validationState={name.trim() === "" ? "warning" : "none"}
        validationMessage={name.trim() === "" ? { children: EXCEL.nameHint, className: styles.message } : undefined}
      >
        <Input
          value={name}
          placeholder={EXCEL.namePlaceholder}
          onChange={(_, d) => {
            setName(d.value);
            rememberName(store, NAME_KEY, d.value);
          }}
        />
      </Field>
      <details>
        <summary className={styles.summary}>{EXCEL.rolesSummary}</summary>
        <div className={styles.roles}>
          {EXCEL_STEPS.map((step) => (
            <Field key={step} label={EXCEL.roleLabel(step, STEPS[step - 1].kegiatan)}>
              <Input
                value={roles[step] ?? defaultRole(step)}
                onChange={(_, d) => {
                  const next = { ...roles, [step]: d.value };
                  setRoles(next);
                  rememberName(store, ROLES_KEY, JSON.stringify(next));
                }}
              />
            </Field>
          ))}
        </div>
      </details>
    </div>
  );
  return { who, field };
}
