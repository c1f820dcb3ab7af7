/**
 * The busy/notice state both panes share: run one task at a time with a progress label, and turn
 * a failure into a visible error notice ("<task> gagal" + what to do), never a silent catch.
 */
import * as React from "react";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  title: string;
  body?: string;
  lines?: string[];
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
  setNotice: (notice: Notice | null) => void;
  /** Runs `work` with `label` shown as progress; an error becomes an error notice. */
  step: (label: string, work: () => Promise<void>) => Promise<void>;
}

export function usePaneTask(messageOf: (error: unknown) => string): PaneTask {
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  async function step(label: string, work: () => Promise<void>): Promise<void> {
    setBusy({ label });
    setNotice(null);
    try {
      await work();
    } catch (error) {
      setNotice({ intent: "error", title: `${label.replace(/…$/, "")} gagal`, body: messageOf(error) });
    } finally {
      setBusy(null);
    }
  }
  return { busy, setBusy, notice, setNotice, step };
}
