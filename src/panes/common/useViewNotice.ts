/**
 * A pane's result notice belongs to the view (tab) it was made in: it shows only there, and it is
 * cleared when the user changes the view (issue 21: no stale banner from another tab). A task's
 * notice belongs to the view the task started in, even if the user switched while it ran.
 */
import * as React from "react";
import type { Notice, PaneTask } from "./usePaneTask";

export interface ViewNotice {
  /** The notice to show in `view`, or null. */
  notice: Notice | null;
  /** Call when the user leaves the view: its notice is cleared (a running task's result still comes). */
  leave: () => void;
}

export function useViewNotice(task: PaneTask, view: string): ViewNotice {
  const origin = React.useRef<{ view: string; pending: boolean }>({ view, pending: false });
  const wasBusy = React.useRef(false);
  if (task.busy && !wasBusy.current) origin.current = { view, pending: true };
  wasBusy.current = task.busy !== null;
  const [owner, setOwner] = React.useState({ key: task.noticeKey, view });
  if (owner.key !== task.noticeKey) {
    const from = origin.current.pending ? origin.current.view : view;
    origin.current = { view: from, pending: false };
    setOwner({ key: task.noticeKey, view: from });
  }
  const { busy, setNotice } = task;
  const mine = owner.view === view;
  const leave = React.useCallback(() => {
    if (!busy && mine) setNotice(null);
  }, [busy, mine, setNotice]);
  return { notice: mine ? task.notice : null, leave };
}
