/**
 * Step 8, approval: the final checklist (every tagged control filled, no error findings in the
 * loaded data, no open revisions or comments, steps 1-7 Selesai), Siap disetujui (records step
 * 8, with a recorded reason when the checklist is not all green) and the document as PDF.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Text, Link } from "@fluentui/react-components";
import {
  approvalChecklist,
  checklistPassed,
  stepOf,
  type ApprovalPort,
  type ChecklistItem,
  type ReviewPort,
  type TrackerState,
  type Who,
} from "../../../core/sop";
import { tagTitle } from "../../../core/report/tags";
import { ReasonDialog, useSopStyles } from "./common";
import { sopErrorText } from "./texts";
import type { Act } from "./act";

export interface ApprovalPanelProps {
  port: ApprovalPort;
  review: ReviewPort;
  state: TrackerState;
  actor: Who;
  act: Act;
  busy?: boolean;
  /** Why nothing can be recorded now (no name or role, busy), or null. */
  blocked?: string | null;
  /** File name offered for the PDF. */
  pdfName?: string;
}

const MARK: Record<string, { sign: string; color: string; word: string }> = {
  true: { sign: "✔", color: "#107c10", word: "terpenuhi" },
  false: { sign: "✖", color: "#c50f1f", word: "belum terpenuhi" },
  null: { sign: "?", color: "#8a6100", word: "belum dapat diperiksa" },
  reminder: { sign: "!", color: "#8a6100", word: "pengingat sebelum mencetak" },
};

/** The checklist names controls by tag ("lakip:ikhtisar"); the user knows them by title ("Ikhtisar Eksekutif"). */
function readable(detail: string): string {
  return detail.replace(/lakip:[a-z0-9-]+/gi, (tag) => tagTitle(tag.toLowerCase()));
}

export function ApprovalPanel(props: ApprovalPanelProps): React.ReactElement {
  const s = useSopStyles();
  const [items, setItems] = React.useState<ChecklistItem[] | null>(null);
  const [loading, setLoading] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [asking, setAsking] = React.useState(false);
  const [pdfUrl, setPdfUrl] = React.useState<string | null>(null);
  const [pdfBusy, setPdfBusy] = React.useState(false);
  const step8 = stepOf(props.state, 8);
  const { port, review, state } = props;

  const check = React.useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const [facts, snap] = await Promise.all([port.facts(), review.snapshot()]);
      setItems(approvalChecklist(facts, snap, state));
    } catch (e) {
      setError(sopErrorText(e));
    } finally {
      setLoading(false);
    }
  }, [port, review, state]);

  React.useEffect(() => {
    void check();
  }, [check]);

  React.useEffect(
    () => () => {
      if (pdfUrl) URL.revokeObjectURL(pdfUrl);
    },
    [pdfUrl],
  );

  const passed = items !== null && checklistPassed(items);

  const approve = async (reason?: string) => {
    setError(null);
    approved.current = true; // before the act: the tracker's new state renders before it resolves
    const err = await props.act({ type: "finish", step: 8, actor: props.actor, ...(reason ? { reason } : {}) });
    if (err) {
      approved.current = false;
      setError(err);
    }
  };
  // The button goes once step 8 is Selesai: focus moves to the result in its place.
  const approved = React.useRef(false);
  const doneRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (approved.current && step8.status === "Selesai") {
      approved.current = false;
      doneRef.current?.focus();
    }
  }, [step8.status]);

  const makePdf = async () => {
    setPdfBusy(true);
    setError(null);
    try {
      const pdf = await port.exportPdf();
      setPdfUrl(URL.createObjectURL(new Blob([await pdf.arrayBuffer()], { type: pdf.type })));
    } catch (e) {
      setError(sopErrorText(e));
    } finally {
      setPdfBusy(false);
    }
  };

  const failing = (items ?? []).filter((i) => i.ok !== true && !i.reminder);
  const pdfWhy = port.pdfUnavailable();

  return (
    <section className={s.column} aria-label="Persetujuan (langkah 8)">
      <h2 className={s.heading}>Persetujuan (langkah 8)</h2>
      <div className={s.row}>
        <Button disabled={loading} onClick={() => void check()}>
          Periksa lagi
        </Button>
        {loading && <Spinner size="tiny" label="Memeriksa…" />}
      </div>
      {items && (
        <ul className={s.list} aria-label="Daftar periksa akhir">
          {items.map((i) => {
            const m = MARK[i.ok !== true && i.reminder ? "reminder" : String(i.ok)];
            return (
              <li key={i.id} style={{ display: "grid", gridTemplateColumns: "20px minmax(0,1fr)", columnGap: 6 }}>
                <span aria-hidden="true" style={{ color: m.color, fontWeight: 700 }}>
                  {m.sign}
                </span>
                <span>
                  <Text weight="semibold">{i.label}</Text>
                  <span className="visually-hidden" style={{ position: "absolute", left: -9999 }}>
                    {` (${m.word})`}
                  </span>
                  <br />
                  <Text style={{ overflowWrap: "anywhere" }}>{readable(i.detail)}</Text>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {step8.status === "Selesai" ? (
        <MessageBar intent="success" ref={doneRef} tabIndex={-1} data-testid="approval-done">
          <MessageBarBody>Langkah 8 Selesai: LAKIP siap disetujui Kepala.</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={s.row}>
          <Button
            appearance={passed ? "primary" : "outline"}
            disabledFocusable={props.busy || items === null || (props.blocked ?? null) !== null}
            onClick={() => (passed ? void approve() : setAsking(true))}
          >
            {passed ? "Siap disetujui" : "Siap disetujui dengan alasan"}
          </Button>
        </div>
      )}
      <div className={s.row}>
        <Button disabled={pdfBusy || pdfWhy !== null} onClick={() => void makePdf()}>
          Simpan sebagai PDF
        </Button>
        {pdfBusy && <Spinner size="tiny" label="Membuat PDF…" />}
        {pdfUrl && (
          <Link href={pdfUrl} download={props.pdfName ?? "LAKIP.pdf"}>
            Unduh {props.pdfName ?? "LAKIP.pdf"}
          </Link>
        )}
      </div>
      {pdfWhy && <Text className={s.small}>{pdfWhy}</Text>}
      <ReasonDialog
        open={asking}
        title="Siap disetujui"
        explanation={
          <>
            Daftar periksa belum terpenuhi:
            <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
              {failing.map((i) => (
                <li key={i.id}>
                  <strong>{i.label}.</strong> {readable(i.detail)}
                </li>
              ))}
            </ul>
          </>
        }
        confirmLabel="Tandai siap disetujui"
        onCancel={() => setAsking(false)}
        onConfirm={(reason) => {
          setAsking(false);
          void approve(
            `Daftar periksa: ${failing.map((i) => `${i.label}: ${i.ok === null ? "belum dapat diperiksa" : "belum"}`).join("; ")}. Alasan: ${reason}`,
          );
        }}
      />
    </section>
  );
}
