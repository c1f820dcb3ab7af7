/**
 * The top of the SOP tab: where the SOP stands (the running step, else the first step not yet
 * Selesai) and the next action for the person recording, by their role. Its button is the one
 * primary action of the tab; steps 7 and 8 point to their panels below instead.
 */
import * as React from "react";
import { Badge, Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { stepViewModel, type StepView, type TrackerState, type WorkCalendar, type Who } from "../../../core/sop";
import { SOP_TEXT } from "./texts";
import { useSopStyles } from "./common";
import type { Act } from "./act";

const useStyles = makeStyles({
  card: { padding: "10px", gap: "6px", borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  row: { display: "flex", gap: "6px", flexWrap: "wrap", alignItems: "center" },
  next: { fontSize: tokens.fontSizeBase300 },
  small: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
});

/** The step to work on: the running one, else the first not Selesai; null when all are Selesai. */
export function currentStep(views: readonly StepView[]): StepView | null {
  return views.find((v) => v.status === "Berjalan") ?? views.find((v) => v.status !== "Selesai") ?? null;
}

/** True when the person's role is the step's pelaksana (assigned, or the SOP's default role). */
function isMine(v: StepView, actor: Who): boolean {
  const role = actor.role.trim().toLowerCase();
  const name = actor.name.trim().toLowerCase();
  if (v.who.name && v.who.name.trim().toLowerCase() === name) return true;
  const pelaksana = (v.who.role || v.pelaksanaDefault).toLowerCase();
  if (!role) return false;
  const first = pelaksana.split(/[\s(]/)[0];
  return pelaksana.includes(role) || role.includes(first);
}

export interface CurrentStepProps {
  state: TrackerState;
  now: Date;
  actor: Who;
  act: Act;
  /** Why actions cannot be recorded now (no name, busy), or null. */
  blocked: string | null;
  calendar?: WorkCalendar;
}

export function CurrentStep({ state, now, actor, act, blocked, calendar }: CurrentStepProps): React.ReactElement {
  const styles = useStyles();
  const hidden = useSopStyles();
  const views = stepViewModel(state, now, calendar);
  const v = currentStep(views);
  if (!v)
    return (
      <Card className={styles.card} data-testid="sop-current">
        <Text className={styles.title} as="h2">
          {SOP_TEXT.allDone}
        </Text>
      </Card>
    );
  const mine = isMine(v, actor);
  const pelaksana = v.who.name.trim() || v.who.role.trim() || v.pelaksanaDefault;
  let next: string;
  let button: { label: string; run: () => void; disabledWhy: string | null } | null = null;
  if (v.number === 7) next = SOP_TEXT.nextReview;
  else if (v.number === 8) next = SOP_TEXT.nextApproval;
  else if (v.status === "Belum") {
    next = SOP_TEXT.nextStart(v.kegiatan);
    button = {
      label: SOP_TEXT.start(v.number),
      run: () => void act({ type: "start", step: v.number, actor }),
      disabledWhy: blocked,
    };
  } else {
    next = SOP_TEXT.nextFinish(v.output);
    button = {
      label: SOP_TEXT.finish(v.number),
      run: () => void act({ type: "finish", step: v.number, actor }),
      disabledWhy: blocked ?? (v.finishBlock ? `${v.finishBlock} ${SOP_TEXT.overrideHint}` : null),
    };
  }
  return (
    <Card className={styles.card} data-testid="sop-current" aria-label={SOP_TEXT.currentLabel}>
      <div className={styles.row}>
        <Badge appearance="filled" color={v.status === "Berjalan" ? "brand" : "informative"}>
          {SOP_TEXT.stepOf(v.number)}
        </Badge>
        <Badge appearance="outline" color={v.status === "Berjalan" ? "brand" : "informative"}>
          {v.status}
        </Badge>
        {v.overdue && (
          <Badge appearance="filled" color="danger">
            {SOP_TEXT.late}
          </Badge>
        )}
      </div>
      <Text className={styles.title} as="h2">
        {v.kegiatan}
      </Text>
      <Text className={styles.small}>{SOP_TEXT.pelaksana(v.whoText)}</Text>
      <Text className={styles.next} data-testid="sop-next">
        {mine ? SOP_TEXT.yourTurn(next) : SOP_TEXT.waitingFor(pelaksana, next)}
      </Text>
      {button && (
        <>
          <div className={styles.row}>
            <Button
              appearance="primary"
              // held, not removed from the Tab order: focus stays here while the step is recorded
              disabledFocusable={button.disabledWhy !== null}
              aria-describedby={button.disabledWhy ? "sop-current-reason" : undefined}
              onClick={button.run}
            >
              {button.label}
            </Button>
          </div>
          {button.disabledWhy && (
            <Text
              id="sop-current-reason"
              className={button.disabledWhy === blocked ? hidden.visuallyHidden : styles.small}
            >
              {button.disabledWhy}
            </Text>
          )}
        </>
      )}
    </Card>
  );
}
