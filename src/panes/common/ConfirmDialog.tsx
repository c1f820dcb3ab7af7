/**
 * A yes/no dialog (Batal / the action) that gives focus back to the control that opened it when
 * it closes, by Esc too: a controlled Fluent Dialog opened from code has no trigger to return to.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { COMMON } from "./texts";

export interface ConfirmRequest {
  title: string;
  body: React.ReactNode;
  action: string;
  /**
   * The action destroys something (its body names what): Batal is then the primary button and
   * has the focus, and the action is a plain one, so Enter never destroys by default.
   */
  destructive?: boolean;
}

/** Remembers the focused element when `open` turns true and focuses it again when it turns false. */
export function useRestoreFocus(open: boolean): void {
  const opener = React.useRef<HTMLElement | null>(null);
  const wasOpen = React.useRef(false);
  if (open && !wasOpen.current && typeof document !== "undefined") {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }
  React.useEffect(() => {
    if (wasOpen.current && !open) {
      const el = opener.current;
      opener.current = null;
      // After Fluent's own focus handling of the closing dialog.
      if (el) requestAnimationFrame(() => el.isConnected && el.focus());
    }
    wasOpen.current = open;
  }, [open]);
}

/**
 * `ask(request)` opens the dialog and resolves true (the action) or false (Batal, Esc); the
 * element renders the dialog.
 */
export function useConfirm(): { ask: (request: ConfirmRequest) => Promise<boolean>; dialog: React.ReactElement } {
  const [state, setState] = React.useState<(ConfirmRequest & { resolve: (yes: boolean) => void }) | null>(null);
  const ask = React.useCallback(
    (request: ConfirmRequest) => new Promise<boolean>((resolve) => setState({ ...request, resolve })),
    [],
  );
  const close = (yes: boolean) => {
    state?.resolve(yes);
    setState(null);
  };
  useRestoreFocus(state !== null);
  const dialog = (
    <Dialog open={state !== null} onOpenChange={(_, d) => !d.open && close(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{state?.title}</DialogTitle>
          <DialogContent>{state?.body}</DialogContent>
          <DialogActions>
            <Button appearance={state?.destructive ? "primary" : "secondary"} onClick={() => close(false)}>
              {COMMON.cancel}
            </Button>
            <Button appearance={state?.destructive ? "outline" : "primary"} onClick={() => close(true)}>
              {state?.action}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return { ask, dialog };
}
