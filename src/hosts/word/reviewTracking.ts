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
 * Syncs: one to read the mode, one to turn it off and read it back (Lock Tracking, below), one
 * to restore it; nothing extra when tracking is already off.
 */
import { officeSetCheck, type SetCheck } from "./sopOffice";
import { UserError } from "../../core/errors";

export type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

export class TrackingRestoreError extends UserError {
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

/** Told when Lock Tracking keeps tracking on: the add-in's content is then a tracked revision. */
export const TRACKING_LOCKED_NOTE =
  "Lacak Perubahan dikunci di dokumen ini (Tinjau > Lacak Perubahan > Kunci Pelacakan), jadi panel tidak dapat mematikannya: " +
  "isian LAKIP tercatat sebagai revisi. Setelah diperiksa, terima revisi itu (Tinjau > Terima), atau minta pemegang kata sandi " +
  "membuka kunci pelacakan sebelum mengisi.";

/**
 * Runs `fn` with change tracking off in this context and restores the previous mode afterwards
 * (also when `fn` fails). Use inside Word.run: `await withTrackingSuspended(context, async () => { ...fill...; await context.sync(); })`.
 *
 * Lock Tracking (a password on tracking, Review > Track Changes > Lock Tracking) cannot be read or
 * lifted through Office.js, and Microsoft does not document what setting changeTrackingMode does
 * then: users report that the set fails or is silently not applied (office-js-docs-reference issue
 * 1999, office-js issue 6450). So the switch is synced and read back on its own: when it failed
 * or did not take, the fill runs with tracking on and `note` tells the user why (one sync more
 * than before, only when tracking was on).
 */
export async function withTrackingSuspended<T>(
  context: Word.RequestContext,
  fn: () => Promise<T>,
  isSetSupported: SetCheck = officeSetCheck,
  note: (text: string) => void = () => undefined,
): Promise<T> {
  if (!isSetSupported("WordApi", "1.4")) return fn();
  const doc = context.document;
  doc.load("changeTrackingMode");
  await context.sync();
  const mode = doc.changeTrackingMode as TrackingMode;
  if (mode === "Off") return fn();
  let switched: boolean;
  try {
    doc.changeTrackingMode = "Off";
    doc.load("changeTrackingMode");
    await context.sync();
    switched = (doc.changeTrackingMode as TrackingMode) === "Off";
  } catch {
    switched = false;
  }
  if (!switched) {
    note(TRACKING_LOCKED_NOTE);
    return fn();
  }
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
