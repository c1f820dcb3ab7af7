/**
 * The eight SOP steps as a vertical stepper: status, pelaksana (editable), start and finish in
 * Indonesian, time taken against the mutu baku ("Terlambat" in red), Mulai / Selesai / Buka lagi,
 * and "Lewati prasyarat dengan alasan" when Selesai is blocked by a missing prerequisite. No Office calls:
 * it is given the tracker state and an `act` function.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Card,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  mergeClasses,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import {
  stepViewModel,
  type SopAction,
  type StepNumber,
  type StepView,
  type TrackerState,
  type WorkCalendar,
  type Who,
} from "../../../core/sop";
import { ReasonDialog, useSopStyles } from "./common";
import { useRestoreFocus } from "../../common/ConfirmDialog";
import { currentStep } from "./CurrentStep";
import { SOP_TEXT } from "./texts";
import type { Act } from "./act";
import { useStepperStyles as useStyles } from "./stepperStyles";

export type { Act };

export interface SopStepperProps {
  state: TrackerState;
  now: Date;
  actor: Who;
  /** Performs an action; resolves to an error message (Bahasa Indonesia) or null. */
  act: Act;
  busy?: boolean;
  /** Why nothing can be recorded now (no name or role, busy), or null. */
  blocked?: string | null;
  calendar?: WorkCalendar;
}

const STATUS_BADGE: Record<
  StepView["status"],
  { color: "informative" | "brand" | "success"; appearance: "outline" | "filled" }
> = {
  Belum: { color: "informative", appearance: "outline" },
  Berjalan: { color: "brand", appearance: "filled" },
  Selesai: { color: "success", appearance: "filled" },
};

interface EditState {
  step: StepNumber;
  name: string;
  role: string;
  note: string;
}

export function SopStepper(props: SopStepperProps): React.ReactElement {
  const styles = useStyles();
  const common = useSopStyles();
  const views = stepViewModel(props.state, props.now, props.calendar);
  const [override, setOverride] = React.useState<StepView | null>(null);
  const [edit, setEdit] = React.useState<EditState | null>(null);
  const [editError, setEditError] = React.useState<string | null>(null);
  useRestoreFocus(edit !== null);
  // One tab stop for the whole stepper: arrow keys move between its buttons (Tabster's mover), so
  // the Koreksi and Persetujuan panels below are a few Tab presses away, not dozens.
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });

  const run = (a: SopAction) => void props.act(a);
  const off = Boolean(props.busy) || (props.blocked ?? null) !== null;
  const current = currentStep(views);
  // Finished and later steps show one line; the current (or running) step and any opened one show all.
  const [opened, setOpened] = React.useState<ReadonlySet<number>>(new Set());
  const toggle = (n: number) =>
    setOpened((prev) => {
      const next = new Set(prev);
      if (next.has(n)) next.delete(n);
      else next.add(n);
      return next;
    });

  const saveEdit = async () => {
    if (!edit) return;
    const v = views[edit.step - 1];
    const wantWho = { name: edit.name.trim(), role: edit.role.trim() };
    if (wantWho.name !== v.who.name || wantWho.role !== v.who.role) {
      const err = await props.act({ type: "assign", step: edit.step, actor: props.actor, who: wantWho });
      if (err) return setEditError(err);
    }
    if (edit.note.trim() !== v.note) {
      const err = await props.act({ type: "note", step: edit.step, actor: props.actor, note: edit.note });
      if (err) return setEditError(err);
    }
    setEdit(null);
  };

  return (
    <section className={common.column} aria-label="Tahapan SOP penyusunan LAKIP">
      {props.blocked && (
        <Text id="sop-off-all" className={common.visuallyHidden}>
          {props.blocked}
        </Text>
      )}
      <Text id="sop-stepper-keys" className={common.small}>
        {SOP_TEXT.stepperKeys}
      </Text>
      <ol className={styles.list} {...arrows} aria-describedby="sop-stepper-keys">
        {views.map((v, i) => {
          const badge = STATUS_BADGE[v.status];
          // A step not yet started whose predecessor is not Selesai offers only Mulai: the rule
          // (and the override) is explained once the step runs, not as a red line on every step.
          const offerFinish = v.canFinish && !(v.status === "Belum" && v.finishBlock !== null);
          // The current step's Mulai / Selesai is the primary button of "Langkah sekarang" above
          // (steps 1-6): not repeated here, so each button's name is unique in the tab.
          const inCurrentCard = v === current && v.number <= 6;
          const full = v.status === "Berjalan" || v === current || opened.has(v.number);
          // The review (step 7) works on the finished draft: it starts once step 6 is Selesai, here
          // as in the Koreksi panel.
          const startWhy =
            v.number === 7 && v.status === "Belum" && views[5].status !== "Selesai"
              ? SOP_TEXT.reviewStartBlocked
              : null;
          return (
            <li key={v.number} className={styles.item} aria-label={`Langkah ${v.number}: ${v.status}`}>
              <div className={styles.rail} aria-hidden="true">
                <div className={mergeClasses(styles.dot, styles[`dot${v.status}` as "dotBelum"])}>
                  {v.status === "Selesai" ? "✓" : v.number}
                </div>
                {i < views.length - 1 && <div className={styles.line} />}
              </div>
              <Card className={mergeClasses(styles.card, v.overdue && styles.cardLate)} appearance="outline">
                <div className={common.row}>
                  <Badge color={badge.color} appearance={badge.appearance}>
                    {v.status}
                  </Badge>
                  {v.overdue && (
                    <Badge color="danger" appearance="filled">
                      Terlambat
                    </Badge>
                  )}
                  {v.override && (
                    <Badge color="warning" appearance="outline">
                      Prasyarat dilewati
                    </Badge>
                  )}
                </div>
                <Text className={mergeClasses(styles.title, styles.wrap)} as="h3">
                  {v.number}. {v.kegiatan}
                </Text>
                {!full && (
                  <div className={common.row}>
                    <Text className={mergeClasses(common.small, styles.wrap)}>
                      {v.status === "Selesai"
                        ? SOP_TEXT.finishedLine(v.finishedText, v.whoText)
                        : `${v.whoText} · ${v.mutuBakuText}`}
                    </Text>
                  </div>
                )}
                {startWhy && (
                  <Text id={`sop-start-${v.number}`} className={common.small}>
                    {startWhy}
                  </Text>
                )}
                {v.status !== "Berjalan" && v !== current && (
                  <div className={common.row}>
                    {!full && v.canStart && (
                      <Button
                        aria-label={SOP_TEXT.start(v.number)}
                        disabled={off || startWhy !== null}
                        aria-describedby={
                          props.blocked ? "sop-off-all" : startWhy ? `sop-start-${v.number}` : undefined
                        }
                        onClick={() => run({ type: "start", step: v.number, actor: props.actor })}
                      >
                        Mulai
                      </Button>
                    )}
                    <Button
                      appearance="transparent"
                      aria-expanded={full}
                      aria-label={full ? SOP_TEXT.hideDetailsOf(v.number) : SOP_TEXT.detailsOf(v.number)}
                      onClick={() => toggle(v.number)}
                    >
                      {full ? SOP_TEXT.hideDetails : SOP_TEXT.details}
                    </Button>
                  </div>
                )}
                {full && (
                  <>
                    <div className={styles.facts}>
                      <span className={styles.label}>Pelaksana</span>
                      <span className={styles.wrap}>{v.whoText}</span>
                      <span className={styles.label}>Mutu baku</span>
                      <span>
                        {v.mutuBakuText}
                        {v.deadlineText ? ` (batas ${v.deadlineText})` : ""}
                      </span>
                      <span className={styles.label}>Output</span>
                      <span className={styles.wrap}>{v.output}</span>
                      {v.status !== "Belum" && (
                        <>
                          <span className={styles.label}>Mulai</span>
                          <span>{v.startedText}</span>
                          <span className={styles.label}>Selesai</span>
                          <span>{v.finishedText}</span>
                        </>
                      )}
                      {v.elapsedText && (
                        <>
                          <span className={styles.label}>Waktu</span>
                          <span className={v.overdue ? styles.late : undefined}>
                            {v.elapsedText}
                            {v.overdueText ? ` (${v.overdueText})` : ""}
                          </span>
                        </>
                      )}
                      {v.note && (
                        <>
                          <span className={styles.label}>Catatan</span>
                          <span className={styles.wrap}>{v.note}</span>
                        </>
                      )}
                      {v.override && (
                        <>
                          <span className={styles.label}>Alasan</span>
                          <span className={styles.wrap}>{v.override}</span>
                        </>
                      )}
                    </div>
                    {v.conflicts.map((c) => (
                      <MessageBar key={c} intent="warning">
                        <MessageBarBody>{c}</MessageBarBody>
                      </MessageBar>
                    ))}
                    <div className={common.row}>
                      {v.canStart && !inCurrentCard && (
                        <Button
                          aria-label={SOP_TEXT.start(v.number)}
                          disabled={off || startWhy !== null}
                          aria-describedby={
                            props.blocked ? "sop-off-all" : startWhy ? `sop-start-${v.number}` : undefined
                          }
                          onClick={() => run({ type: "start", step: v.number, actor: props.actor })}
                        >
                          Mulai
                        </Button>
                      )}
                      {offerFinish && !inCurrentCard && (
                        <Button
                          aria-label={SOP_TEXT.finishOf(v.number)}
                          disabled={off || v.finishBlock !== null}
                          aria-describedby={
                            v.finishBlock ? `sop-block-${v.number}` : props.blocked ? "sop-off-all" : undefined
                          }
                          onClick={() => run({ type: "finish", step: v.number, actor: props.actor })}
                        >
                          Selesai
                        </Button>
                      )}
                      {v.status === "Selesai" && (
                        <Button
                          aria-label={SOP_TEXT.reopen(v.number)}
                          disabled={off || !v.canReopen}
                          aria-describedby={v.reopenBlock ? `sop-reopen-${v.number}` : undefined}
                          onClick={() => run({ type: "reopen", step: v.number, actor: props.actor })}
                        >
                          Buka lagi
                        </Button>
                      )}
                      <Button
                        appearance="subtle"
                        aria-label={SOP_TEXT.editWho(v.number)}
                        disabled={off}
                        onClick={() => {
                          setEditError(null);
                          setEdit({ step: v.number, name: v.who.name, role: v.who.role, note: v.note });
                        }}
                      >
                        Ubah pelaksana
                      </Button>
                    </div>
                    {offerFinish && v.finishBlock && (
                      <div className={common.column}>
                        <Text id={`sop-block-${v.number}`} className={common.block}>
                          {v.finishBlock}
                        </Text>
                        <div className={common.row}>
                          <Button
                            appearance="outline"
                            aria-label={SOP_TEXT.overrideOf(v.number)}
                            disabled={off}
                            onClick={() => setOverride(v)}
                          >
                            Lewati prasyarat dengan alasan
                          </Button>
                        </div>
                      </div>
                    )}
                    {v.reopenBlock && (
                      <Text id={`sop-reopen-${v.number}`} className={common.small}>
                        {v.reopenBlock}
                      </Text>
                    )}
                  </>
                )}
              </Card>
            </li>
          );
        })}
      </ol>

      <ReasonDialog
        open={override !== null}
        title={override ? `Tandai langkah ${override.number} Selesai` : ""}
        explanation={override?.finishBlock ?? ""}
        confirmLabel="Tandai Selesai"
        onCancel={() => setOverride(null)}
        onConfirm={(reason) => {
          const v = override!;
          setOverride(null);
          run({ type: "override", step: v.number, actor: props.actor, reason });
        }}
      />

      <Dialog open={edit !== null} onOpenChange={(_, d) => (!d.open ? setEdit(null) : undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{edit ? `Pelaksana langkah ${edit.step}` : ""}</DialogTitle>
            <DialogContent>
              {edit && (
                <div className={common.column}>
                  <Field label="Nama" required>
                    <Input value={edit.name} maxLength={120} onChange={(_, d) => setEdit({ ...edit, name: d.value })} />
                  </Field>
                  <Field label="Jabatan">
                    <Input value={edit.role} maxLength={120} onChange={(_, d) => setEdit({ ...edit, role: d.value })} />
                  </Field>
                  <Field label="Catatan singkat" hint="Tampil di properti dokumen; dipotong bila terlalu panjang.">
                    <Textarea
                      value={edit.note}
                      maxLength={1000}
                      onChange={(_, d) => setEdit({ ...edit, note: d.value })}
                    />
                  </Field>
                  {editError && (
                    <MessageBar intent="error">
                      <MessageBarBody>{editError}</MessageBarBody>
                    </MessageBar>
                  )}
                </div>
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setEdit(null)}>Batal</Button>
              <Button
                appearance="primary"
                disabled={!edit || edit.name.trim() === "" || props.busy}
                onClick={() => void saveEdit()}
              >
                Simpan
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
