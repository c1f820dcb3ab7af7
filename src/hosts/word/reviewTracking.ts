/**
 * How the add-in's own filling meets change tracking (issue 5, section 3).
 *
 * Decision: the add-in's insertions are never tracked. Before it fills or inserts content
 * controls, it reads the document's change-tracking mode, turns tracking off, does its work and
 * puts the mode back as it was, so a reviewer's list of revisions only ever holds people's
 * edits. While step 7 (koreksi) is Berjalan, the Word pane asks before filling (a fill replaces
 * whole controls, which a reviewer may be correcting). On a Word without WordApi 1.4 the mode can
 * be neither read nor changed: the fill runs as it is, and the pane says so.
 *
 * Syncs: one to read the mode, none extra to turn it off (queued before the work), one to
 * restore it; nothing when tracking is already off.
 */
import { officeSetCheck, type SetCheck } from "./sopOffice";

export type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

export class TrackingRestoreError extends Error {
  constructor(
    readonly mode: TrackingMode,
    readonly detail: unknown,
  ) {
    super(
      `Isi sudah dimasukkan, tetapi Lacak Perubahan tidak dapat dinyalakan kembali. Nyalakan sendiri di tab Tinjau (Review) > Lacak Perubahan.`,
    );
    this.name = "TrackingRestoreError";
  }
}

/**
 * Runs `fn` with change tracking off in this context and restores the previous mode afterwards
 * (also when `fn` fails). Use inside Word.run: `await withTrackingSuspended(context, async () => { ...fill...; await context.sync(); })`.
 */
export async function withTrackingSuspended<T>(
  context: Word.RequestContext,
  fn: () => Promise<T>,
  isSetSupported: SetCheck = officeSetCheck,
): Promise<T> {
  if (!isSetSupported("WordApi", "1.4")) return fn();
  const doc = context.document;
  doc.load("changeTrackingMode");
  await context.sync();
  const mode = doc.changeTrackingMode as TrackingMode;
  if (mode === "Off") return fn();
  doc.changeTrackingMode = "Off";
  let result: T;
  try {
    result = await fn();
  } catch (e) {
    doc.changeTrackingMode = mode;
    try {
      await context.sync();
    } catch {
      // the fill's own error is the one to show; the restore is retried by the next call
    }
    throw e;
  }
  doc.changeTrackingMode = mode;
  try {
    await context.sync();
  } catch (e) {
    throw new TrackingRestoreError(mode, e);
  }
  return result;
}

/** True when tracking is on (for the pane's warning before a fill); null when Word cannot say. */
export async function isTrackingOn(
  run: (batch: (context: Word.RequestContext) => Promise<boolean>) => Promise<boolean>,
  isSetSupported: SetCheck = officeSetCheck,
): Promise<boolean | null> {
  if (!isSetSupported("WordApi", "1.4")) return null;
  return run(async (context) => {
    context.document.load("changeTrackingMode");
    await context.sync();
    return context.document.changeTrackingMode !== "Off";
  });
}
