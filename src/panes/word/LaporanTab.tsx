/**
 * Tab "Laporan": 1. load the workbook (summary card), 2. the template, 3. fill everything or one
 * part at the cursor, and the findings of the loaded data. No host calls: the shell does them.
 * Every disabled button says why beneath it.
 */
import * as React from "react";
import { Button, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/model";
import { REPORT_TAGS } from "../../core/report/tags";
import { FindingList } from "../common/FindingList";
import { DisabledReason } from "../common/NoticeArea";
import { WORD } from "../common/texts";
import { SummaryCard } from "./SummaryCard";
import type { DataSummary } from "./summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  heading: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, margin: 0 },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  hiddenInput: { display: "none" },
  fileName: { fontSize: tokens.fontSizeBase200, wordBreak: "break-all" },
  dropdown: { minWidth: "0", width: "100%" },
});

export interface LaporanTabProps {
  fileName: string | null;
  summary: DataSummary | null;
  findings: readonly Finding[];
  cursorTag: string;
  onCursorTag: (tag: string) => void;
  onFile: (file: File) => void;
  onInsertTemplate: () => void;
  onFillAll: () => void;
  onInsertAtCursor: () => void;
  /** Why each action cannot run now, or null when it can. */
  blocked: { load: string | null; template: string | null; fill: string | null; cursor: string | null };
  /** The title of a report tag. */
  titleOf: (tag: string) => string;
  /** Shown after the fill section (the Laporan Triwulan section). */
  children?: React.ReactNode;
}

export function LaporanTab(props: LaporanTabProps): React.ReactElement {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const { blocked, summary } = props;
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="muat-data">
        <h2 id="muat-data" className={styles.heading}>
          {WORD.load.heading}
        </h2>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          aria-label={WORD.load.inputLabel}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) props.onFile(file);
          }}
        />
        <div className={styles.row}>
          <Button
            appearance={summary ? "secondary" : "primary"}
            disabled={blocked.load !== null}
            aria-describedby={blocked.load ? "load-reason" : undefined}
            onClick={() => input.current?.click()}
          >
            {WORD.load.button}
          </Button>
          {props.fileName && <span className={styles.fileName}>{props.fileName}</span>}
        </div>
        <DisabledReason id="load-reason" reason={blocked.load} />
        {summary && summary.jumlahIndikator > 0 && <SummaryCard summary={summary} />}
      </section>

      <section className={styles.section} aria-labelledby="kerangka">
        <h2 id="kerangka" className={styles.heading}>
          {WORD.template.heading}
        </h2>
        <Button
          disabled={blocked.template !== null}
          aria-describedby={blocked.template ? "template-reason" : undefined}
          onClick={props.onInsertTemplate}
        >
          {WORD.template.button}
        </Button>
        <DisabledReason id="template-reason" reason={blocked.template} />
      </section>

      <section className={styles.section} aria-labelledby="isi">
        <h2 id="isi" className={styles.heading}>
          {WORD.fill.heading}
        </h2>
        <Button
          appearance={summary ? "primary" : "secondary"}
          disabled={blocked.fill !== null}
          aria-describedby={blocked.fill ? "fill-reason" : undefined}
          onClick={props.onFillAll}
        >
          {WORD.fill.button}
        </Button>
        <DisabledReason id="fill-reason" reason={blocked.fill} />
        <Field label={WORD.fill.cursorLabel}>
          <Dropdown
            className={styles.dropdown}
            value={props.titleOf(props.cursorTag)}
            selectedOptions={[props.cursorTag]}
            onOptionSelect={(_, d) => d.optionValue && props.onCursorTag(d.optionValue)}
            aria-label={WORD.fill.cursorAria}
          >
            {REPORT_TAGS.map((t) => (
              <Option key={t.tag} value={t.tag}>
                {t.title}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button
          disabled={blocked.cursor !== null}
          aria-describedby={
            blocked.cursor ? (blocked.cursor === blocked.fill ? "fill-reason" : "cursor-reason") : undefined
          }
          onClick={props.onInsertAtCursor}
        >
          {WORD.fill.cursorButton}
        </Button>
        {blocked.cursor !== blocked.fill && <DisabledReason id="cursor-reason" reason={blocked.cursor} />}
      </section>

      {props.children}

      {summary && props.findings.length > 0 && (
        <section className={styles.section} aria-labelledby="temuan">
          <h2 id="temuan" className={styles.heading}>
            {WORD.findingsHeading(props.findings.length)}
          </h2>
          <FindingList findings={props.findings} />
        </section>
      )}
    </div>
  );
}
