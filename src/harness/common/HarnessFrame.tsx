/**
 * The harness layout both pages share: a 320 px task pane (as Office shows it) beside the
 * in-memory document or workbook, so that screenshots show the pane and what it changed.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  layout: {
    display: "flex",
    gap: "16px",
    alignItems: "flex-start",
    padding: "12px",
    backgroundColor: "#e8e8e8",
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  pane: {
    width: "320px",
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minHeight: "600px",
  },
  paneTitle: {
    padding: "8px 12px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface HarnessFrameProps {
  /** The pane's title bar text, e.g. "LAKIP (panel Excel)". */
  title: string;
  pane: React.ReactNode;
  /** The in-memory workbook or document view beside the pane. */
  children: React.ReactNode;
}

export function HarnessFrame({ title, pane, children }: HarnessFrameProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.layout}>
      <div className={styles.pane} data-testid="pane">
        <div className={styles.paneTitle}>{title}</div>
        {pane}
      </div>
      {children}
    </div>
  );
}
