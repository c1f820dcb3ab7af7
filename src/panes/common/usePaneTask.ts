/**
 * The busy/notice state both panes share: one task at a time with a progress label (and a value
 * when known), a Cancel that stops the task at its next step, and a failure turned into a
 * visible error notice ("<task> gagal" + what to do), never a silent catch.
 */
import * as React from "react";
import { CancelledError } from "../../core/errors";
import { COMMON } from "./texts";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  title: string;
  body?: string;
  lines?: string[];
  /** Lines shown only on request (e.g. one line per filled part): keeps the notice short. */
  details?: { label: string; lines: string[] };
}

export interface Busy {
  label: string;
  /** 0..1 when the progress is known. */
  value?: number;
}

export interface PaneTask {
  busy: Busy | null;
  setBusy: (busy: Busy | null) => void;
  notice: Notice | null;
  /** Increases with every new notice, so the notice area scrolls to and announces even a repeated one. */
  noticeKey: number;
  setNotice: (notice: Notice | null) => void;
  /** True while the running task can be cancelled. */
  cancellable: boolean;
  cancel: () => void;
  /**
   * Runs `work` with `label` shown as progress; `signal` is aborted by Cancel (the work checks it
   * between its steps, or passes it to the engine worker). An error becomes an error notice.
   */
  step: (
    label: string,
    work: (signal: AbortSignal) => Promise<void>,
    options?: { cancellable?: boolean },
  ) => Promise<void>;
}

export function usePaneTask(messageOf: (error: unknown) => string): PaneTask {
  const [busy, setBusyState] = React.useState<Busy | null>(null);
  const [notice, setNoticeState] = React.useState<Notice | null>(null);
  const [noticeKey, setNoticeKey] = React.useState(0);
  const [cancellable, setCancellable] = React.useState(false);
  const controller = React.useRef<AbortController | null>(null);
  const setNotice = React.useCallback((n: Notice | null) => {
    setNoticeState(n);
    if (n) setNoticeKey((k) => k + 1);
  }, []);
  const setBusy = React.useCallback((b: Busy | null) => {
    // A late progress update from a cancelled task must not bring the bar back.
    if (b && controller.current?.signal.aborted) return;
    setBusyState(b);
  }, []);
  const cancel = React.useCallback(() => controller.current?.abort(), []);
  async function step(
    label: string,
    work: (signal: AbortSignal) => Promise<void>,
    options: { cancellable?: boolean } = {},
  ): Promise<void> {
    const ctl = new AbortController();
    controller.current = ctl;
    setBusyState({ label });
    setCancellable(options.cancellable ?? false);
    setNoticeState(null);
    const task = label.replace(/…$/, "");
    try {
      // A task that finished although Cancel was pressed (during a host call that cannot be
      // interrupted) reports what it did: its own notice stands.
      await work(ctl.signal);
    } catch (error) {
      if (error instanceof CancelledError)
        setNotice({ intent: "info", title: COMMON.cancelled(task), body: COMMON.cancelledBody });
      else setNotice({ intent: "error", title: COMMON.failedTitle(task), body: messageOf(error) });
    } finally {
      if (controller.current === ctl) controller.current = null;
      setBusyState(null);
      setCancellable(false);
    }
  }
  return { busy, setBusy, notice, noticeKey, setNotice, cancellable, cancel, step };
}

/** Throws CancelledError when the signal was aborted: call it between the steps of a task. */
export function checkCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new CancelledError();
}
