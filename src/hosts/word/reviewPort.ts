/**
 * Step 7 in Word: turning track changes on for everyone (WordApi 1.4), listing pending tracked
 * changes (WordApi 1.6) and unresolved comments (WordApi 1.4), jumping to each. On an older Word
 * the port says what is missing and which Word is needed; the pane then lets the user mark the
 * review by hand with a recorded reason.
 *
 * Syncs: startReview 1, snapshot 1, goTo 2.
 */
import {
  contentHash,
  type ReviewCapabilities,
  type ReviewItem,
  type ReviewPort,
  type ReviewSnapshot,
} from "../../core/sop";
import {
  SOP_REQUIREMENTS,
  missingMessage,
  officeError,
  officeSetCheck,
  officeWordRun,
  type SetCheck,
  type WordRun,
} from "./sopOffice";
import { UserError } from "../../core/errors";

const TEXT_MAX = 120;

function shorten(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > TEXT_MAX ? t.slice(0, TEXT_MAX - 1) + "…" : t;
}

const TYPE_LABEL: Record<string, string> = {
  Added: "Sisipan",
  Deleted: "Hapusan",
  Formatted: "Format",
  None: "Perubahan",
};

function dateText(d: unknown): string | null {
  if (d instanceof Date && !Number.isNaN(d.getTime())) return d.toISOString();
  if (typeof d === "string" && d) return d;
  return null;
}

function revisionId(index: number, author: string, text: string, type: string): string {
  return `revisi-${index}-${contentHash(`${author}\u0000${type}\u0000${text}`).slice(0, 8)}`;
}

export interface WordReviewDeps {
  run?: WordRun;
  isSetSupported?: SetCheck;
}

export function createWordReviewPort(deps: WordReviewDeps = {}): ReviewPort {
  const run = deps.run ?? officeWordRun;
  const has = deps.isSetSupported ?? officeSetCheck;
  const req = (r: { set: string; version: string }) => has(r.set, r.version);

  const capabilities = (): ReviewCapabilities => {
    const caps = {
      trackingMode: req(SOP_REQUIREMENTS.tracking),
      trackedChanges: req(SOP_REQUIREMENTS.trackedChanges),
      comments: req(SOP_REQUIREMENTS.comments),
    };
    const messages: string[] = [];
    if (!caps.trackingMode) messages.push(missingMessage(SOP_REQUIREMENTS.tracking));
    if (!caps.trackedChanges) messages.push(missingMessage(SOP_REQUIREMENTS.trackedChanges));
    if (!caps.comments) messages.push(missingMessage(SOP_REQUIREMENTS.comments));
    return { ...caps, messages };
  };

  return {
    capabilities,

    async startReview() {
      if (!capabilities().trackingMode)
        throw new UserError(
          `${missingMessage(SOP_REQUIREMENTS.tracking)} Nyalakan sendiri di tab Tinjau (Review) > Lacak Perubahan > Untuk Semua Orang.`,
        );
      try {
        await run(async (context) => {
          context.document.changeTrackingMode = "TrackAll";
          await context.sync();
        });
      } catch (e) {
        throw officeError("Menyalakan Lacak Perubahan", e);
      }
    },

    /** Each part is read only when capabilities() found its set; the body itself is WordApi 1.1. @requires kerangka */
    async snapshot(): Promise<ReviewSnapshot> {
      const caps = capabilities();
      try {
        return await run(async (context) => {
          const body = context.document.body;
          if (caps.trackingMode) context.document.load("changeTrackingMode");
          const tracked = caps.trackedChanges ? body.getTrackedChanges() : null;
          tracked?.load("items/author,items/date,items/text,items/type");
          const comments = caps.comments ? body.getComments() : null;
          comments?.load("items/id,items/authorName,items/content,items/creationDate,items/resolved");
          await context.sync();
          const revisions: ReviewItem[] | null = tracked
            ? tracked.items.map((t, i) => ({
                id: revisionId(i, t.author, t.text, String(t.type)),
                kind: "revisi" as const,
                author: t.author || "Tanpa nama",
                date: dateText(t.date),
                text: shorten(t.text),
                detail: TYPE_LABEL[String(t.type)] ?? String(t.type),
              }))
            : null;
          const open: ReviewItem[] | null = comments
            ? comments.items
                .filter((c) => !c.resolved)
                .map((c) => ({
                  id: `komentar-${c.id}`,
                  kind: "komentar" as const,
                  author: c.authorName || "Tanpa nama",
                  date: dateText(c.creationDate),
                  text: shorten(c.content),
                  detail: shorten(c.content),
                }))
            : null;
          return {
            trackingOn: caps.trackingMode ? context.document.changeTrackingMode !== "Off" : null,
            revisions,
            comments: open,
          };
        });
      } catch (e) {
        throw officeError("Membaca revisi dan komentar", e);
      }
    },

    /** @requires kerangka */
    async goTo(item: ReviewItem) {
      const caps = capabilities();
      let found = true;
      try {
        await run(async (context) => {
          const body = context.document.body;
          if (item.kind === "revisi") {
            if (!caps.trackedChanges) throw new UserError(missingMessage(SOP_REQUIREMENTS.trackedChanges));
            const tracked = body.getTrackedChanges();
            tracked.load("items/author,items/text,items/type");
            await context.sync();
            const index = Number(item.id.split("-")[1]);
            const t = tracked.items[index];
            if (!t || revisionId(index, t.author, t.text, String(t.type)) !== item.id) {
              found = false;
              return;
            }
            t.getRange().select();
          } else {
            if (!caps.comments) throw new UserError(missingMessage(SOP_REQUIREMENTS.comments));
            const comments = body.getComments();
            comments.load("items/id");
            await context.sync();
            const c = comments.items.find((x) => `komentar-${x.id}` === item.id);
            if (!c) {
              found = false;
              return;
            }
            c.getRange().select();
          }
          await context.sync();
        });
      } catch (e) {
        throw officeError("Menuju revisi atau komentar", e);
      }
      if (!found) throw new UserError("Daftar revisi dan komentar sudah berubah. Klik Muat ulang, lalu coba lagi.");
    },
  };
}
