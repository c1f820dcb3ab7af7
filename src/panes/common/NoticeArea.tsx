/**
 * Where a pane tells the user what happened: at the top of the active view, right under the tabs,
 * so a result never lands out of sight below long content. The running task shows a progress bar
 * (named, with a Cancel when the task allows it); the result notice is announced (aria-live) and
 * scrolled into view each time a new one arrives, and can be dismissed.
 */
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Busy, Notice } from "./usePaneTask";
import { COMMON } from "./texts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", scrollMarginTop: "8px" },
  busyRow: { display: "flex", gap: "8px", alignItems: "flex-end" },
  progress: { flexGrow: 1, minWidth: 0 },
  list: { margin: "4px 0 0", paddingLeft: "18px", fontSize: tokens.fontSizeBase300 },
  details: { fontSize: tokens.fontSizeBase300, marginTop: "4px" },
  body: { overflowWrap: "anywhere" },
});

export interface NoticeAreaProps {
  busy: Busy | null;
  notice: Notice | null;
  /** Changes with every new notice (usePaneTask's noticeKey). */
  noticeKey: number;
  onDismiss: () => void;
  /** Given while the running task can be cancelled. */
  onCancel?: () => void;
  /**
   * Moves the keyboard focus to each new notice once no task runs (the result of the action just
   * done), so keyboard and screen-reader users go on from there, not from the top.
   */
  focusResult?: boolean;
}

export function NoticeArea(props: NoticeAreaProps): React.ReactElement {
  const { busy, notice, noticeKey, onDismiss, onCancel, focusResult } = props;
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const resultRef = React.useRef<HTMLDivElement>(null);
  const focused = React.useRef(0);
  React.useEffect(() => {
    if (!focusResult || busy || !notice || noticeKey <= focused.current) return;
    focused.current = noticeKey;
    resultRef.current?.focus();
  }, [focusResult, busy, notice, noticeKey]);
  React.useEffect(() => {
    if (noticeKey > 0 && ref.current && typeof ref.current.scrollIntoView === "function")
      ref.current.scrollIntoView({ block: "nearest" });
  }, [noticeKey]);
  return (
    <div className={styles.root} ref={ref}>
      {/* Progress is announced politely; the notice itself is a live region of its own below. */}
      {busy && (
        <div className={styles.busyRow} data-testid="busy">
          <Field className={styles.progress} validationMessage={busy.label} validationState="none">
            <ProgressBar
              value={busy.value}
              max={1}
              thickness="large"
              aria-label={busy.label}
              aria-valuetext={busy.value !== undefined ? `${Math.round(busy.value * 100)}%` : undefined}
            />
          </Field>
          {onCancel && (
            <Button size="small" onClick={onCancel} data-testid="cancel">
              {COMMON.cancelWork}
            </Button>
          )}
        </div>
      )}
      <div aria-live="polite" aria-atomic="true" ref={resultRef} tabIndex={-1} data-testid="notice-area">
        {notice && (
          <MessageBar
            key={noticeKey}
            intent={notice.intent}
            layout="multiline"
            data-testid="notice"
            data-intent={notice.intent}
          >
            <MessageBarBody className={styles.body}>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.body && <div>{notice.body}</div>}
              {notice.lines && notice.lines.length > 0 && (
                <ul className={styles.list}>
                  {notice.lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              )}
              {notice.details && notice.details.lines.length > 0 && (
                <details className={styles.details}>
                  <summary>{notice.details.label}</summary>
                  <ul className={styles.list}>
                    {notice.details.lines.map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                </details>
              )}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={COMMON.dismiss}
                  icon={<DismissRegular />}
                  onClick={onDismiss}
                />
              }
            />
          </MessageBar>
        )}
      </div>
    </div>
  );
}

/** The reason under a disabled button, linked to it by id (aria-describedby). */
export function DisabledReason({ id, reason }: { id: string; reason: string | null }): React.ReactElement | null {
  if (!reason) return null;
  return (
    <Text id={id} data-testid="disabled-reason" style={{ color: tokens.colorNeutralForeground3 }}>
      {reason}
    </Text>
  );
}
