/**
 * What the loaded workbook says at a glance. The organisation's capaian and predikat show only
 * for data without errors: with errors they may still change, so the card says so instead of
 * showing a figure that would mislead. No indicators: nothing to summarise (the notice says what
 * to do).
 */
import * as React from "react";
import { Badge, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { WORD } from "../common/texts";
import type { DataSummary } from "./summary";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  big: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  predikatList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  predikatItem: { display: "flex", justifyContent: "space-between", fontSize: tokens.fontSizeBase200 },
  provisional: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function SummaryCard({ summary }: { summary: DataSummary }): React.ReactElement {
  const styles = useStyles();
  const provisional = summary.errors > 0;
  return (
    <Card data-testid="summary" aria-label={WORD.summary.label}>
      <Text size={200}>
        {summary.instansi === "-" && summary.tahun === "-"
          ? WORD.summary.noIdentitas
          : WORD.summary.year(summary.instansi, summary.tahun)}
      </Text>
      {provisional ? (
        <div data-testid="summary-provisional">
          <Text weight="semibold">{WORD.summary.provisionalTitle}</Text>
          <div className={styles.provisional}>{WORD.summary.provisionalBody(summary.errors)}</div>
        </div>
      ) : (
        <>
          <div>
            <Text size={200}>{WORD.summary.headline}</Text>
            <div className={styles.row}>
              <span className={styles.big} data-testid="capaian-organisasi">
                {summary.capaianOrganisasi}
              </span>
              {summary.predikatOrganisasi && (
                <Badge appearance="tint" color="brand">
                  {summary.predikatOrganisasi}
                </Badge>
              )}
            </div>
          </div>
          <Text size={200} weight="semibold">
            {WORD.summary.perPredikat(summary.jumlahIndikator)}
          </Text>
          <ul className={styles.predikatList} data-testid="predikat-counts">
            {summary.perPredikat.map((p) => (
              <li key={p.predikat} className={styles.predikatItem}>
                <span>{p.predikat}</span>
                <span>{p.count}</span>
              </li>
            ))}
            {summary.tanpaCapaian > 0 && (
              <li className={styles.predikatItem}>
                <span>{WORD.summary.noCapaian}</span>
                <span>{summary.tanpaCapaian}</span>
              </li>
            )}
          </ul>
        </>
      )}
      <Text size={200} data-testid="aturan">
        {summary.aturan}
      </Text>
      {(summary.errors > 0 || summary.warnings > 0) && (
        <Text size={200}>{WORD.summary.counts(summary.errors, summary.warnings)}</Text>
      )}
    </Card>
  );
}
