/**
 * Tab "Rekap" (SOP step 5): write the Rekap Capaian sheet; the organisation's capaian shows only
 * for data without errors (a figure from data with errors would mislead). No host calls.
 */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { Analysis, Finding } from "../../core/model";
import { formatPercent } from "../../core/format/number";
import { FindingList } from "../common/FindingList";
import { DisabledReason } from "../common/NoticeArea";
import { EXCEL } from "../common/texts";
import { useExcelStyles } from "./styles";

export interface RekapTabProps {
  rekap: Analysis | null;
  /** The findings that stopped the last Rekap (errors), or null. */
  blockingFindings: Finding[] | null;
  onRekap: () => void;
  onSelect: (finding: Finding) => void;
  blocked: string | null;
  /** The quarter's Rekap (RekapTriwulan), shown under the year's. */
  children?: React.ReactNode;
}

export function RekapTab({
  rekap,
  blockingFindings,
  onRekap,
  onSelect,
  blocked,
  children,
}: RekapTabProps): React.ReactElement {
  const styles = useExcelStyles();
  return (
    <section className={styles.section} aria-labelledby="rekap-heading">
      <h2 id="rekap-heading" className={styles.heading}>
        {EXCEL.tabs.rekap}
      </h2>
      <Text>{EXCEL.rekap.intro}</Text>
      <Button
        appearance="primary"
        disabled={blocked !== null}
        aria-describedby={blocked ? "rekap-reason" : undefined}
        onClick={onRekap}
      >
        {EXCEL.rekap.button}
      </Button>
      <DisabledReason id="rekap-reason" reason={blocked} />
      {rekap && (
        <div className={styles.report} data-testid="rekap-summary">
          <Text>{EXCEL.rekap.headline}</Text>
          <span className={styles.big} data-testid="rekap-capaian">
            {formatPercent(rekap.organisasi.capaian)}
          </span>
          {rekap.organisasi.predikat && <Text>{EXCEL.rekap.predikat(rekap.organisasi.predikat)}</Text>}
        </div>
      )}
      {blockingFindings && blockingFindings.length > 0 && (
        <FindingList findings={blockingFindings} onSelect={onSelect} />
      )}
      {children}
    </section>
  );
}
