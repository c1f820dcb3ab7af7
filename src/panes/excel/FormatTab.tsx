/** Tab "Format" (SOP step 2): the list of units and Buat Format. No host calls: the shell does them. */
import * as React from "react";
import { Button, Field, Text, Textarea } from "@fluentui/react-components";
import { checkUnitNames, parseUnits, planUnitSheets } from "../../core/layout/formatLayout";
import { DisabledReason } from "../common/NoticeArea";
import { EXCEL } from "../common/texts";
import { useExcelStyles } from "./styles";

export interface FormatTabProps {
  unitsText: string;
  onUnitsText: (text: string) => void;
  onBuatFormat: () => void;
  /** Why Buat Format cannot run now (busy, missing Office feature), or null. */
  blocked: string | null;
  /** False while another action of the tab is the next one (the unit files to open): one primary per view. */
  primary?: boolean;
  /** Shown below Buat Format: the tools that start from the open workbook (FormatNextYear). */
  children?: React.ReactNode;
}

export function FormatTab({
  unitsText,
  onUnitsText,
  onBuatFormat,
  blocked,
  primary = true,
  children,
}: FormatTabProps): React.ReactElement {
  const styles = useExcelStyles();
  const units = React.useMemo(() => parseUnits(unitsText), [unitsText]);
  const problems = React.useMemo(() => checkUnitNames(units), [units]);
  const shortened = React.useMemo(
    () =>
      problems.length > 0
        ? []
        : planUnitSheets(units)
            .filter((p) => p.sheetName !== p.unit)
            .map((p) => ({ unit: p.unit, sheet: p.sheetName })),
    [units, problems],
  );
  const reason = problems.length > 0 ? EXCEL.format.unitsReason : blocked;
  return (
    <section className={styles.section} aria-labelledby="format-heading">
      <h2 id="format-heading" className={styles.heading}>
        {EXCEL.tabs.format}
      </h2>
      <Text>{EXCEL.format.intro}</Text>
      <Field
        label={EXCEL.format.unitsLabel}
        validationState={problems.length > 0 ? "error" : "none"}
        validationMessage={
          problems.length > 0 ? { children: problems.join(" "), className: styles.fieldText } : undefined
        }
        hint={
          shortened.length > 0
            ? { children: EXCEL.format.shortened(shortened), className: styles.fieldText }
            : undefined
        }
      >
        <Textarea value={unitsText} onChange={(_, d) => onUnitsText(d.value)} resize="vertical" rows={5} />
      </Field>
      <Button
        appearance={primary ? "primary" : "secondary"}
        disabled={reason !== null}
        aria-describedby={reason ? "format-reason" : undefined}
        onClick={onBuatFormat}
      >
        {EXCEL.format.button}
      </Button>
      <DisabledReason id="format-reason" reason={reason} />
      {children}
    </section>
  );
}
