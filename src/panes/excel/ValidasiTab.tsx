/** Tab "Validasi": check every sheet, highlight, list the findings; Hapus sorotan. No host calls. */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { Finding } from "../../core/model";
import { FindingList, type FindingAction } from "../common/FindingList";
import { DisabledReason } from "../common/NoticeArea";
import { EXCEL } from "../common/texts";
import { useExcelStyles } from "./styles";

export interface ValidasiTabProps {
  findings: Finding[] | null;
  highlighted: boolean;
  onValidasi: () => void;
  onHapusSorotan: () => void;
  onSelect: (finding: Finding) => void;
  blocked: string | null;
  /** Why Hapus sorotan cannot run (busy, missing feature), or null. */
  clearBlocked: string | null;
  /** A fix the pane offers under a finding (the cell's format), or null. */
  actionFor?: (finding: Finding) => FindingAction | null;
}

export function ValidasiTab(props: ValidasiTabProps): React.ReactElement {
  const styles = useExcelStyles();
  const { findings, highlighted, blocked, clearBlocked } = props;
  return (
    <section className={styles.section} aria-labelledby="validasi-heading">
      <h2 id="validasi-heading" className={styles.heading}>
        {EXCEL.tabs.validasi}
      </h2>
      <Text>{EXCEL.validasi.intro}</Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={blocked !== null}
          aria-describedby={blocked ? "validasi-reason" : undefined}
          onClick={props.onValidasi}
        >
          {EXCEL.validasi.button}
        </Button>
        <Button
          disabled={clearBlocked !== null}
          aria-describedby={clearBlocked ? (clearBlocked === blocked ? "validasi-reason" : "sorot-reason") : undefined}
          onClick={props.onHapusSorotan}
        >
          {EXCEL.validasi.clear}
        </Button>
      </div>
      <DisabledReason id="validasi-reason" reason={blocked} />
      {clearBlocked !== blocked && <DisabledReason id="sorot-reason" reason={clearBlocked} />}
      {highlighted && <Text className={styles.hint}>{EXCEL.validasi.legend}</Text>}
      {findings ? (
        <FindingList
          findings={findings}
          onSelect={props.onSelect}
          emptyText={EXCEL.validasi.emptyList}
          actionFor={props.actionFor}
        />
      ) : (
        <Text className={styles.hint}>{EXCEL.validasi.notYet}</Text>
      )}
    </section>
  );
}
