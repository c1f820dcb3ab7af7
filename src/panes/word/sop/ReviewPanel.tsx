/**
 * Step 7, the review: Mulai koreksi (track changes on for everyone, step 7 Berjalan), the pending
 * revisions and comments with their counts and a jump to each, and Selesaikan koreksi (only
 * when nothing is open, or with a recorded reason). On an older Word it says what is missing and
 * lets the user mark the review by hand.
 */
import * as React from "react";
import { Badge, Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import {
  finishBlockReason,
  reviewGate,
  stepOf,
  type ReviewItem,
  type ReviewPort,
  type ReviewSnapshot,
  type TrackerState,
  type Who,
} from "../../../core/sop";
import { ReasonDialog, useSopStyles } from "./common";
import { SOP_TEXT, sopErrorText } from "./texts";
import type { Act } from "./act";

export interface ReviewPanelProps {
  port: ReviewPort;
  state: TrackerState;
  actor: Who;
  act: Act;
  busy?: boolean;
  /** Why nothing can be recorded now (no name or role, busy), or null. */
  blocked?: string | null;
}

const errorText = sopErrorText;

export function ReviewPanel(props: ReviewPanelProps): React.ReactElement {
  const s = useSopStyles();
  const caps = props.port.capabilities();
  const [snap, setSnap] = React.useState<ReviewSnapshot | null>(null);
  const [loading, setLoading] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [info, setInfo] = React.useState<string | null>(null);
  const [asking, setAsking] = React.useState(false);
  const step7 = stepOf(props.state, 7);
  const step6Done = stepOf(props.state, 6).status === "Selesai";
  // The rule as stated: the review starts after step 6 (the draft) is Selesai.
  const startWhy =
    (props.blocked ?? null) !== null
      ? props.blocked!
      : step7.status !== "Berjalan" && !step6Done
        ? SOP_TEXT.reviewStartBlocked
        : null;

  const refresh = React.useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setSnap(await props.port.snapshot());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
    }
  }, [props.port]);

  React.useEffect(() => {
    void refresh();
  }, [refresh]);

  const start = async () => {
    setError(null);
    setInfo(null);
    try {
      if (caps.trackingMode) await props.port.startReview();
      if (step7.status !== "Berjalan") {
        const err = await props.act(
          step7.status === "Selesai"
            ? { type: "reopen", step: 7, actor: props.actor, reason: "Koreksi dimulai lagi" }
            : { type: "start", step: 7, actor: props.actor },
        );
        if (err) return setError(err);
      }
      setInfo(
        caps.trackingMode
          ? "Lacak Perubahan menyala untuk semua orang. Setiap koreksi tercatat sebagai revisi."
          : "Langkah 7 ditandai berjalan. Nyalakan Lacak Perubahan sendiri di tab Tinjau (Review) > Lacak Perubahan.",
      );
      await refresh();
    } catch (e) {
      setError(errorText(e));
    }
  };

  const gate = snap ? reviewGate(snap) : { clear: false, message: "Revisi dan komentar belum diperiksa." };
  const prereq = finishBlockReason(props.state, 7);

  const finish = async (reason?: string) => {
    setError(null);
    const err = await props.act(
      reason
        ? { type: "finish", step: 7, actor: props.actor, reason }
        : { type: "finish", step: 7, actor: props.actor },
    );
    if (err) setError(err);
    else setInfo("Koreksi selesai: langkah 7 Selesai.");
  };

  const goTo = async (item: ReviewItem) => {
    setError(null);
    try {
      await props.port.goTo(item);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const count = (items: ReviewItem[] | null) => (items === null ? "tidak dapat dihitung" : String(items.length));
  const items = [...(snap?.revisions ?? []), ...(snap?.comments ?? [])];
  const needsReason = !gate.clear || prereq !== null;
  // What the history records beside the reason: the open items, or that Word could not count
  // them (a fact, not the instruction shown to the user).
  const uncounted = snap
    ? [snap.revisions === null && "revisi", snap.comments === null && "komentar"].filter(Boolean)
    : [];
  const recordedFact =
    snap && gate.message && uncounted.length > 0 && !/^Masih ada/.test(gate.message)
      ? `Jumlah ${uncounted.join(" dan ")} tidak dapat dihitung di Word ini.`
      : gate.message;

  return (
    <section className={s.column} aria-label="Koreksi dokumen (langkah 7)">
      <h2 className={s.heading}>Koreksi (langkah 7)</h2>
      {caps.messages.map((m) => (
        <MessageBar key={m} intent="warning">
          <MessageBarBody>{m}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={s.row}>
        <Text>Langkah 7:</Text>
        <Badge color={step7.status === "Selesai" ? "success" : step7.status === "Berjalan" ? "brand" : "informative"}>
          {step7.status}
        </Badge>
        {snap && snap.trackingOn !== null && (
          <Badge color={snap.trackingOn ? "brand" : "informative"} appearance="outline">
            Lacak Perubahan {snap.trackingOn ? "menyala" : "mati"}
          </Badge>
        )}
      </div>
      <div className={s.row}>
        <Button
          appearance={step6Done && step7.status === "Belum" ? "primary" : "secondary"}
          disabledFocusable={props.busy || step7.status === "Berjalan" || startWhy !== null}
          aria-describedby={startWhy ? "review-start-reason" : undefined}
          onClick={() => void start()}
        >
          {caps.trackingMode
            ? step7.status === "Selesai"
              ? "Mulai koreksi lagi"
              : "Mulai koreksi"
            : step7.status === "Selesai"
              ? "Tandai koreksi dimulai lagi"
              : "Tandai koreksi dimulai"}
        </Button>
        <Button disabled={loading} onClick={() => void refresh()}>
          Muat ulang
        </Button>
        {loading && <Spinner size="tiny" label="Memeriksa…" />}
      </div>
      {startWhy && step7.status !== "Berjalan" && (
        <Text id="review-start-reason" className={startWhy === props.blocked ? s.visuallyHidden : s.small}>
          {startWhy}
        </Text>
      )}
      {info && (
        <MessageBar intent="success">
          <MessageBarBody>{info}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {snap && (
        <>
          <Text>
            Revisi terbuka: <strong>{count(snap.revisions)}</strong> · Komentar terbuka:{" "}
            <strong>{count(snap.comments)}</strong>
          </Text>
          {items.length > 0 && (
            <ul className={s.list} aria-label="Revisi dan komentar terbuka">
              {items.map((it) => (
                <li key={it.id}>
                  <Button
                    appearance="subtle"

                    style={{
                      textAlign: "left",
                      justifyContent: "flex-start",
                      maxWidth: "100%",
                      height: "auto",
                      whiteSpace: "normal",
                    }}
                    onClick={() => void goTo(it)}
                    title={`Tuju ${it.kind} ini di dokumen`}
                  >
                    <span>
                      <Badge size="small" appearance="tint" color={it.kind === "revisi" ? "brand" : "warning"}>
                        {it.kind === "revisi" ? it.detail : "Komentar"}
                      </Badge>{" "}
                      <strong>{it.author}</strong>: {it.text}
                    </span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className={s.row}>
        <Button
          appearance={needsReason || step7.status !== "Berjalan" ? "outline" : "primary"}
          disabledFocusable={props.busy || (props.blocked ?? null) !== null || step7.status === "Selesai"}
          onClick={() => (needsReason ? setAsking(true) : void finish())}
        >
          {needsReason ? "Selesaikan koreksi dengan alasan" : "Selesaikan koreksi"}
        </Button>
      </div>
      {step7.status !== "Selesai" && needsReason && (
        <Text className={s.small}>{[gate.message, prereq].filter(Boolean).join(" ")}</Text>
      )}
      <ReasonDialog
        open={asking}
        title="Selesaikan koreksi"
        explanation={`${[gate.message, prereq].filter(Boolean).join(" ")} Koreksi hanya dapat diselesaikan dengan alasan yang dicatat.`}
        confirmLabel="Selesaikan koreksi"
        onCancel={() => setAsking(false)}
        onConfirm={(reason) => {
          setAsking(false);
          void finish(`${recordedFact ? recordedFact + " " : ""}Alasan: ${reason}`);
        }}
      />
    </section>
  );
}
