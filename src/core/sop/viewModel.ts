/** What the stepper shows per step: labels in Bahasa Indonesia, elapsed time against the mutu baku, what may be done. */
import { formatTanggal, formatTanggalJam } from "../format/date";
import { DEFAULT_CALENDAR, workingDayDeadline, workingDaysBetween, type WorkCalendar } from "./calendar";
import { finishBlockReason, selesaiDependents, type StepStatus, type TrackerState } from "./state";
import { STEPS, formatMutuBaku, type StepNumber, type Who } from "./steps";
import { timeToDate } from "./time";

export interface StepView {
  number: StepNumber;
  kegiatan: string;
  input: string;
  output: string;
  alat: string;
  pelaksanaDefault: string;
  status: StepStatus;
  /** Who does it: the assigned person, or the default pelaksana role with no name. */
  who: Who;
  whoText: string;
  startedText: string;
  finishedText: string;
  mutuBakuText: string;
  /** "1 jam 25 menit", "3 hari kerja"; null before the step starts. */
  elapsedText: string | null;
  /** For "hari": the last day allowed ("27 November 2026"); null otherwise. */
  deadlineText: string | null;
  overdue: boolean;
  /** "Terlambat 25 menit", "Terlambat 1 hari kerja"; null when not overdue. */
  overdueText: string | null;
  note: string;
  override: string | null;
  canStart: boolean;
  canFinish: boolean;
  /** Why Selesai needs a reason (missing prerequisites); null when it does not. */
  finishBlock: string | null;
  canReopen: boolean;
  reopenBlock: string | null;
  conflicts: string[];
}

/** "1 jam 25 menit", "45 menit", "2 hari 3 jam", "kurang dari 1 menit". */
export function formatDuration(ms: number): string {
  const totalMin = Math.floor(Math.max(0, ms) / 60000);
  if (totalMin < 1) return "kurang dari 1 menit";
  const days = Math.floor(totalMin / 1440);
  const hours = Math.floor((totalMin % 1440) / 60);
  const mins = totalMin % 60;
  if (days > 0) return hours > 0 ? `${days} hari ${hours} jam` : `${days} hari`;
  if (hours > 0) return mins > 0 ? `${hours} jam ${mins} menit` : `${hours} jam`;
  return `${mins} menit`;
}

export interface Elapsed {
  elapsedText: string;
  overdue: boolean;
  overdueText: string | null;
  deadlineText: string | null;
}

/** Elapsed time of a step against its mutu baku: clock time for menit/jam, working days for hari. */
export function elapsedAgainstMutuBaku(
  n: StepNumber,
  start: Date,
  end: Date,
  cal: WorkCalendar = DEFAULT_CALENDAR,
): Elapsed {
  const { waktu } = STEPS[n - 1];
  if (waktu.unit === "hari") {
    const used = workingDaysBetween(start, end, cal);
    const deadline = workingDayDeadline(start, waktu.amount, cal);
    const late = used - waktu.amount;
    return {
      elapsedText: `${used} hari kerja`,
      overdue: end.getTime() > deadline.getTime(),
      overdueText: end.getTime() > deadline.getTime() ? `Terlambat ${Math.max(1, late)} hari kerja` : null,
      deadlineText: formatTanggal(deadline),
    };
  }
  const limit = waktu.amount * (waktu.unit === "jam" ? 3600000 : 60000);
  const ms = end.getTime() - start.getTime();
  return {
    elapsedText: formatDuration(ms),
    overdue: ms > limit,
    overdueText: ms > limit ? `Terlambat ${formatDuration(ms - limit)}` : null,
    deadlineText: null,
  };
}

export function formatWho(w: Who | null): string {
  if (!w || !w.name) return "-";
  return w.role ? `${w.name}, ${w.role}` : w.name;
}

export function stepViewModel(state: TrackerState, now: Date, cal: WorkCalendar = DEFAULT_CALENDAR): StepView[] {
  return state.steps.map((s) => {
    const def = STEPS[s.number - 1];
    const start = timeToDate(s.startedAt);
    const finish = s.status === "Selesai" ? timeToDate(s.finishedAt) : null;
    const el = start && s.status !== "Belum" ? elapsedAgainstMutuBaku(s.number, start, finish ?? now, cal) : null;
    const finishBlock = s.status === "Selesai" ? null : finishBlockReason(state, s.number);
    const deps = s.status === "Selesai" ? selesaiDependents(state, s.number) : [];
    const who = s.who && s.who.name ? s.who : { name: "", role: s.who?.role || def.pelaksana };
    return {
      number: s.number,
      kegiatan: def.kegiatan,
      input: def.input,
      output: def.output,
      alat: def.alat,
      pelaksanaDefault: def.pelaksana,
      status: s.status,
      who,
      whoText: who.name ? formatWho(who) : `${who.role} (belum ditunjuk)`,
      startedText: start ? formatTanggalJam(start) : "-",
      finishedText: finish ? formatTanggalJam(finish) : "-",
      mutuBakuText: formatMutuBaku(def.waktu),
      elapsedText: el?.elapsedText ?? null,
      deadlineText: el?.deadlineText ?? null,
      overdue: el?.overdue ?? false,
      overdueText: el?.overdueText ?? null,
      note: s.note,
      override: s.override,
      canStart: s.status === "Belum",
      canFinish: s.status !== "Selesai",
      finishBlock,
      canReopen: s.status === "Selesai" && deps.length === 0,
      reopenBlock:
        s.status === "Selesai" && deps.length > 0 ? `Buka lagi langkah ${deps.join(", ")} terlebih dahulu.` : null,
      conflicts: state.conflicts.filter((c) => c.step === s.number).map((c) => c.message),
    };
  });
}
