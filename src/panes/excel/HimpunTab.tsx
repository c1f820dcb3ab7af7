/** Tab "Himpun" (SOP step 4): pick the units' workbooks; one report per file. No host calls. */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { FileReport } from "../../core/plan/himpunPlan";
import { DisabledReason } from "../common/NoticeArea";
import { EXCEL } from "../common/texts";
import { useExcelStyles } from "./styles";
import { TriwulanChoice } from "./TriwulanChoice";
import type { Quarter } from "../../core/read/quarterColumns";

export interface HimpunTabProps {
  /** `triwulan`: the quarter chosen for files without their `LAKIP Triwulan` property; undefined: as the files say. */
  onFiles: (files: File[], triwulan?: Quarter) => void;
  reports: FileReport[] | null;
  blocked: string | null;
}

export function HimpunTab({ onFiles, reports, blocked }: HimpunTabProps): React.ReactElement {
  const styles = useExcelStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [triwulan, setTriwulan] = React.useState<Quarter | undefined>(undefined);
  return (
    <section className={styles.section} aria-labelledby="himpun-heading">
      <h2 id="himpun-heading" className={styles.heading}>
        {EXCEL.tabs.himpun}
      </h2>
      <Text>{EXCEL.himpun.intro}</Text>
      <TriwulanChoice
        label="Yang dihimpun (tahun, atau triwulan berkas unit triwulan)"
        first="Seperti tertulis di berkas"
        value={triwulan}
        onChange={setTriwulan}
        disabled={blocked !== null}
        testId="himpun-triwulan"
      />
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="himpun-input"
        aria-label={EXCEL.himpun.inputLabel}
        onChange={(e) => {
          const chosen = Array.from(e.target.files ?? []);
          e.target.value = "";
          if (chosen.length > 0) onFiles(chosen, triwulan);
        }}
      />
      <Button
        appearance="primary"
        disabled={blocked !== null}
        aria-describedby={blocked ? "himpun-reason" : undefined}
        onClick={() => input.current?.click()}
      >
        {EXCEL.himpun.button}
      </Button>
      <DisabledReason id="himpun-reason" reason={blocked} />
      {reports && (
        <ul className={styles.plainList} aria-label={EXCEL.himpun.reportsLabel}>
          {reports.map((r, i) => (
            <li key={`${r.file}-${i}`} className={styles.report} data-testid="himpun-report">
              <Text weight="semibold">{r.file}</Text>
              {r.taken.map((t) => (
                <Text key={t} className={styles.taken}>
                  ✓ {EXCEL.himpun.taken}: {t}
                </Text>
              ))}
              {r.refused.map((t) => (
                <Text key={t} className={styles.refused}>
                  ✗ {EXCEL.himpun.refused}: {t}
                </Text>
              ))}
              {r.warnings?.map((t) => (
                <Text key={t} data-testid="himpun-warning">
                  ⚠ {EXCEL.himpun.warningsLabel}: {t}
                </Text>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
