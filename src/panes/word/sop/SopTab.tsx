/**
 * The "Tahapan SOP" tab: who records, the stepper, the review panel and the approval panel,
 * given the three ports. Mount with one line: `<SopTab ports={ports} />`.
 */
import * as React from "react";
import { Divider, Field, Input, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import {
  importWorkbookRecords,
  performAction,
  type ApprovalPort,
  type ReviewPort,
  type SopAction,
  type TrackerSnapshot,
  type TrackerStore,
  type StepNumber,
  type WorkCalendar,
  type Who,
} from "../../../core/sop";
import { useSopStyles } from "./common";
import { CurrentStep } from "./CurrentStep";
import { SOP_TEXT, sopErrorText } from "./texts";
import { SopStepper } from "./SopStepper";
import { ReviewPanel } from "./ReviewPanel";
import { ApprovalPanel } from "./ApprovalPanel";

export interface SopPortsProp {
  tracker: TrackerStore;
  review: ReviewPort;
  approval: ApprovalPort;
}

export interface SopTabProps {
  ports: SopPortsProp;
  /** Who the actions are recorded for (editable in the tab). */
  actor?: Who;
  /**
   * The role recorded for an action on a step (LAKIP.html: the step's pelaksana, set on the
   * page); when given, the tab asks only for the name.
   */
  roleOf?: (step: StepNumber) => string;
  /** The clock (tests and the harness pass a fixed one). */
  now?: () => Date;
  calendar?: WorkCalendar;
  /** Called after every change of the tracker (e.g. for the Laporan tab's fill warning in step 7). */
  onChange?: (snapshot: TrackerSnapshot) => void;
  /** Bump to reload (e.g. after "Muat data" imported workbook records). */
  reloadKey?: number;
  /** Where the name and role are remembered between sessions (default: localStorage). */
  storage?: Pick<Storage, "getItem" | "setItem">;
}

const WHO_KEY = "lakip.word.pelaksana";

function defaultStorage(): Pick<Storage, "getItem" | "setItem"> | undefined {
  try {
    return typeof localStorage !== "undefined" ? localStorage : undefined;
  } catch {
    return undefined;
  }
}

/** The name and role the SOP tab remembers (this browser), for records made outside the tab. */
export function rememberedActor(): Who | null {
  return rememberedWho(defaultStorage());
}

function rememberedWho(store: Pick<Storage, "getItem"> | undefined): Who | null {
  try {
    const v = JSON.parse(store?.getItem(WHO_KEY) ?? "null") as Partial<Who> | null;
    return v && typeof v.name === "string" && typeof v.role === "string" ? { name: v.name, role: v.role } : null;
  } catch {
    return null;
  }
}

export function SopTab(props: SopTabProps): React.ReactElement {
  const s = useSopStyles();
  const clock = props.now ?? (() => new Date());
  const [snapshot, setSnapshot] = React.useState<TrackerSnapshot | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const store = props.storage ?? defaultStorage();
  const [actor, setActorState] = React.useState<Who>(
    () => props.actor ?? rememberedWho(store) ?? { name: "", role: "" },
  );
  const setActor = (who: Who) => {
    setActorState(who);
    try {
      store?.setItem(WHO_KEY, JSON.stringify(who));
    } catch {
      // Not remembered: the fields still hold the name for this session.
    }
  };
  const whoMissing = actor.name.trim() === "" || actor.role.trim() === "";
  const { tracker } = props.ports;
  // a ref, so that an inline onChange from the parent does not reload the tracker on every render
  const onChangeRef = React.useRef(props.onChange);
  onChangeRef.current = props.onChange;
  const onChange = React.useCallback((snap: TrackerSnapshot) => onChangeRef.current?.(snap), []);
  const roleOfRef = React.useRef(props.roleOf);
  roleOfRef.current = props.roleOf;
  // While a step runs, its time taken grows: redraw every 30 s so "Terlambat" appears without a click.
  const [, setTick] = React.useState(0);
  const running = snapshot?.state.steps.some((st) => st.status === "Berjalan") ?? false;
  React.useEffect(() => {
    if (!running) return undefined;
    const id = setInterval(() => setTick((t) => t + 1), 30_000);
    return () => clearInterval(id);
  }, [running]);

  React.useEffect(() => {
    let live = true;
    tracker
      .load()
      .then((snap) => {
        if (!live) return;
        setSnapshot(snap);
        onChange?.(snap);
      })
      .catch((e: unknown) => live && setError(sopErrorText(e)));
    return () => {
      live = false;
    };
  }, [tracker, props.reloadKey, onChange]);

  const act = React.useCallback(
    async (action: SopAction): Promise<string | null> => {
      setBusy(true);
      setError(null);
      try {
        // Nothing is recorded without a name and a role: the history is an accountability record.
        if (actor.name.trim() === "" || actor.role.trim() === "") {
          setError(SOP_TEXT.whoRequired);
          return SOP_TEXT.whoRequired;
        }
        const role = roleOfRef.current ? roleOfRef.current(action.step) : actor.role;
        const who = { name: actor.name.trim(), role: role.trim() };
        const r = await performAction(tracker, { ...action, actor: who } as SopAction, clock());
        if ("error" in r) {
          setError(r.error);
          return r.error;
        }
        setSnapshot(r.snapshot);
        onChange?.(r.snapshot);
        return null;
      } catch (e) {
        const msg = sopErrorText(e);
        setError(msg);
        return msg;
      } finally {
        setBusy(false);
      }
    },
    [tracker, actor, onChange],
  );

  if (!snapshot)
    return error ? (
      <MessageBar intent="error">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    ) : (
      <Spinner size="small" label="Membaca tahapan SOP…" />
    );

  const now = clock();
  const blocked = whoMissing ? SOP_TEXT.whoRequired : busy ? SOP_TEXT.busy : null;
  return (
    <div className={s.column} style={{ padding: "4px 0" }}>
      <div className={s.row}>
        <Field label={SOP_TEXT.nameLabel} required style={{ flex: "1 1 140px", minWidth: 0 }}>
          <Input
            style={{ width: "100%", minWidth: 0 }}
            value={actor.name}
            maxLength={120}
            placeholder={SOP_TEXT.namePlaceholder}
            onChange={(_, d) => setActor({ ...actor, name: d.value })}
          />
        </Field>
        {!props.roleOf && (
          <Field label={SOP_TEXT.roleLabel} required style={{ flex: "1 1 120px", minWidth: 0 }}>
            <Input
              style={{ width: "100%", minWidth: 0 }}
              value={actor.role}
              maxLength={120}
              placeholder={SOP_TEXT.rolePlaceholder}
              onChange={(_, d) => setActor({ ...actor, role: d.value })}
            />
          </Field>
        )}
      </div>
      {whoMissing && (
        <MessageBar intent="info" data-testid="sop-who-missing">
          <MessageBarBody>{SOP_TEXT.whoMissing}</MessageBarBody>
        </MessageBar>
      )}
      {snapshot.skipped > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{snapshot.skipped} catatan riwayat tidak dapat dibaca dan dilewati.</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <CurrentStep
        state={snapshot.state}
        now={now}
        actor={actor}
        act={act}
        blocked={blocked}
        calendar={props.calendar}
      />
      <SopStepper
        state={snapshot.state}
        now={now}
        actor={actor}
        act={act}
        busy={busy}
        blocked={blocked}
        calendar={props.calendar}
      />
      <Divider />
      <ReviewPanel
        port={props.ports.review}
        state={snapshot.state}
        actor={actor}
        act={act}
        busy={busy}
        blocked={blocked}
      />
      <Divider />
      <ApprovalPanel
        port={props.ports.approval}
        review={props.ports.review}
        state={snapshot.state}
        actor={actor}
        act={act}
        busy={busy}
        blocked={blocked}
      />
      <Text className={s.small}>{SOP_TEXT.intro(snapshot.storage)}</Text>
    </div>
  );
}

/** "Muat data" in the Laporan tab: carries a workbook's steps 2-5 into the tracker; returns a message for the user. */
export async function carryWorkbookSteps(
  tracker: TrackerStore,
  workbookProps: Readonly<Record<string, string>>,
  now: Date = new Date(),
): Promise<string> {
  const r = await importWorkbookRecords(tracker, workbookProps, now);
  const parts: string[] = [];
  if (r.imported.length) parts.push(`Tahapan dari buku kerja dicatat: langkah ${r.imported.join(", ")}.`);
  for (const s of r.skipped) parts.push(s.reason);
  return parts.join(" ") || "Tidak ada tahapan baru dari buku kerja.";
}
