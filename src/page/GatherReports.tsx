/** What Himpun took and refused, per file (the Himpun and Triwulan views of LAKIP.html). */
import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { FileReport } from "../core/plan/himpunPlan";
import { usePageStyles } from "./pageStyles";

export function GatherReports({ reports }: { reports: readonly FileReport[] }): React.ReactElement {
  const styles = usePageStyles();
  return (
    <ul className={styles.reports} aria-label="Hasil per berkas">
      {reports.map((r, i) => (
        <li key={`${r.file}-${i}`} className={styles.report} data-testid="himpun-report">
          <Text weight="semibold">{r.file}</Text>
          {r.taken.map((t) => (
            <Text key={t} className={styles.taken}>
              ✓ Diambil: {t}
            </Text>
          ))}
          {r.refused.map((t) => (
            <Text key={t} className={styles.refused}>
              ✗ Ditolak: {t}
            </Text>
          ))}
          {r.warnings?.map((t) => (
            <Text key={t} className={styles.warned}>
              ⚠ Peringatan: {t}
            </Text>
          ))}
        </li>
      ))}
    </ul>
  );
}
