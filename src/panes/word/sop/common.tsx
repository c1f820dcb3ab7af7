/** Small pieces shared by the SOP components: the reason dialog and the styles. */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRestoreFocus } from "../../common/ConfirmDialog";

export const useSopStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  row: { display: "flex", gap: "6px", flexWrap: "wrap", alignItems: "center" },
  heading: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, margin: 0 },
  small: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  block: { fontSize: tokens.fontSizeBase300, color: tokens.colorPaletteRedForeground1 },
  /** Read by screen readers (aria-describedby) but not shown: the same text is visible above. */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
});

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  /** What is being overridden and why it needs a reason. */
  explanation: React.ReactNode;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** Asks for the reason of an override; the reason is required and recorded in the history. */
export function ReasonDialog(props: ReasonDialogProps): React.ReactElement {
  const [reason, setReason] = React.useState("");
  const [touched, setTouched] = React.useState(false);
  useRestoreFocus(props.open);
  React.useEffect(() => {
    if (props.open) {
      setReason("");
      setTouched(false);
    }
  }, [props.open]);
  const empty = reason.trim().length === 0;
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => (!d.open ? props.onCancel() : undefined)}>
      <DialogSurface aria-describedby="sop-reason-explanation">
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
              <div id="sop-reason-explanation">{props.explanation}</div>
              <Field
                label="Alasan (dicatat dalam riwayat)"
                required
                validationMessage={touched && empty ? "Alasan wajib diisi." : undefined}
              >
                <Textarea
                  value={reason}
                  maxLength={1000}
                  onChange={(_, d) => setReason(d.value)}
                  onBlur={() => setTouched(true)}
                  resize="vertical"
                />
              </Field>
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onCancel}>
              Batal
            </Button>
            <Button
              appearance="primary"
              disabled={empty}
              onClick={() => {
                if (!empty) props.onConfirm(reason.trim());
              }}
            >
              {props.confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
