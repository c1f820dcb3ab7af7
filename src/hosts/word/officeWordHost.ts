/**
 * The Word host port over Office.js. Every operation batches its work: it queues all the loads
 * it needs, syncs once, queues all the writes, and syncs once more per request-sized batch, so
 * the number of `context.sync()` calls does not grow with the number of indicators or controls
 * (on the web, only with the megabytes sent: one request carries at most REQUEST_BUDGET).
 */
import { type ControlSummary, type FillReport, type WordHost, WordHostError } from "./port";
import { INSERT_FILE_LIMIT, REQUEST_BUDGET, formatMegabytes, packInOrder, payloadBytes, splitBodyXml } from "./payload";
import { type IsSetSupported, officeIsSetSupported, requirementOf } from "./requirements";
import { isAnalisisTag, isTeksPlaceholderText, isTeksTag, tagTitle, type ChartPart } from "../../core/report";
import { pageSetupNote, readTemplateSections } from "./templateSections";

/** Runs a batch against a Word request context (Word.run in Office; a fake in tests). */
export type WordRunner = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWordHostOptions {
  /** Defaults to `Word.run`. */
  run?: WordRunner;
  /** Wraps body XML into a Flat OPC package for insertOoxml (the report renderer's toFlatOpc). */
  toFlatOpc: (bodyXml: string, charts?: readonly ChartPart[], workbooks?: ReadonlyMap<string, string>) => string;
  /**
   * The embedded workbook of a chart (.xlsx bytes), so a chart inserted with insertOoxml carries
   * its data ("Understand when and how to use Office Open XML in your Word add-in"); without it
   * the chart part goes alone.
   */
  chartWorkbook?: (chart: ChartPart) => Promise<Uint8Array>;
  /** Defaults to Office.context.requirements.isSetSupported. */
  isSetSupported?: IsSetSupported;
  /**
   * True when every request must stay under the 5 MB limit of Word on the web. Defaults to
   * `Office.context.platform === Office.PlatformType.OfficeOnline`.
   */
  limitRequests?: boolean;
  /** True in Word on the web (defaults to Office.context.platform): fields are not updated there. */
  onTheWeb?: boolean;
  /**
   * Runs every write (template, fill, insert at the cursor) inside, e.g. with change tracking
   * suspended (withTrackingSuspended), so the add-in's own content is never a tracked revision.
   * `note` passes a sentence for the user (Bahasa Indonesia) into the operation's report.
   */
  aroundWrite?: <T>(context: Word.RequestContext, write: () => Promise<T>, note: (text: string) => void) => Promise<T>;
}

/** Told when "Sisipkan di kursor" put the content after the cursor's paragraph instead of inside it. */
export const INSERTED_AFTER_PARAGRAPH =
  "Kursor berada di dalam paragraf yang berisi teks, jadi isian ditempatkan sebagai paragraf baru tepat setelah paragraf itu (agar Word tidak menggandakan isinya).";

interface QueuedInsert {
  tag?: string;
  control: Word.ContentControl;
  ooxml: string;
  location: "Replace" | "End";
  bytes: number;
}

function defaultRun<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  return Word.run(batch);
}

function onTheWeb(): boolean {
  return typeof Office !== "undefined" && Office.context?.platform === Office.PlatformType.OfficeOnline;
}

/** Turns an Office.js error into a message for the user, keeping what Office said. */
export function describeOfficeError(error: unknown, action: string): WordHostError {
  if (error instanceof WordHostError) return error;
  const e = error as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
  const detail = [e?.code, e?.message].filter(Boolean).join(": ") || String(error);
  if (e?.code === "RequestPayloadSizeLimitExceeded") {
    return new WordHostError(`${action} gagal: data terlalu besar untuk satu permintaan Word (${detail}).`);
  }
  return new WordHostError(`${action} gagal. Word menjawab: ${detail}`);
}

/** Said when Word refused one part of Isi semua (the others were filled). */
export function refusedNote(tag: string, detail: string): string {
  return `Bagian ${tagTitle(tag)} tidak dapat diisi: Word menolak isinya (${detail}). Bagian lain sudah diisi; coba Isi semua lagi, atau hubungi pengelola add-in bila tetap gagal.`;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The header fill and the index update run right after fillControls, which already said any note (Lock Tracking). */
const ignoreNote = (): void => undefined;

export function createOfficeWordHost(options: OfficeWordHostOptions): WordHost {
  const run: WordRunner = options.run ?? defaultRun;
  const isSetSupported = options.isSetSupported ?? officeIsSetSupported;
  const web = options.onTheWeb ?? onTheWeb();
  const limitRequests = options.limitRequests ?? web;
  const budget = limitRequests ? REQUEST_BUDGET : Number.POSITIVE_INFINITY;
  const wrapperBytes = payloadBytes(options.toFlatOpc(""));
  const bodyBudget = budget - wrapperBytes;
  const aroundWrite =
    options.aroundWrite ??
    (<T>(_context: Word.RequestContext, write: () => Promise<T>, _note: (text: string) => void): Promise<T> => write());

  /** Queues the inserts in request-sized batches, one sync per batch. @requires isiSemua */
  async function sendInserts(context: Word.RequestContext, inserts: readonly QueuedInsert[]): Promise<void> {
    for (const batch of packInOrder(inserts, budget)) {
      for (const q of batch) q.control.insertOoxml(q.ooxml, q.location);
      // One sync per request-sized batch (Word on the web refuses requests over 5 MB); on the desktop
      // there is a single batch, so the count does not grow with the number of indicators.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  }

  function insertsFor(
    control: Word.ContentControl,
    pieces: readonly string[],
    charts: readonly ChartPart[] = [],
    workbooks?: ReadonlyMap<string, string>,
    tag?: string,
  ): QueuedInsert[] {
    return pieces.map((piece, i) => {
      const ooxml = options.toFlatOpc(piece, charts, workbooks);
      return { tag, control, ooxml, location: i === 0 ? "Replace" : "End", bytes: payloadBytes(ooxml) };
    });
  }

  /** The charts' embedded workbooks, base64 by chart part name (none without `chartWorkbook`). */
  async function workbooksOf(charts: readonly ChartPart[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (!options.chartWorkbook) return out;
    for (const c of charts) out.set(c.name, toBase64(await options.chartWorkbook(c)));
    return out;
  }

  /**
   * Sends the fill's inserts; when Word refuses the batch, sends each control's inserts on its own
   * (one sync per control, only after a failure), so one rejected part does not leave the others
   * empty. Returns the tags Word refused, with what Word said. @requires isiSemua
   */
  async function sendEachOnFailure(
    context: Word.RequestContext,
    inserts: readonly QueuedInsert[],
  ): Promise<Map<string, string>> {
    const refused = new Map<string, string>();
    try {
      await sendInserts(context, inserts);
      return refused;
    } catch (error) {
      if ((error as { code?: string })?.code === "RequestPayloadSizeLimitExceeded") throw error;
    }
    const byControl = new Map<Word.ContentControl, QueuedInsert[]>();
    for (const q of inserts) byControl.set(q.control, [...(byControl.get(q.control) ?? []), q]);
    for (const group of byControl.values()) {
      const tag = group[0].tag ?? "";
      if (refused.has(tag)) continue;
      try {
        await sendInserts(context, group);
      } catch (error) {
        const e = error as { code?: string; message?: string };
        refused.set(tag, [e?.code, e?.message].filter(Boolean).join(": ") || String(error));
      }
    }
    return refused;
  }

  function piecesOf(bodyXml: string): string[] {
    return Number.isFinite(bodyBudget) ? splitBodyXml(bodyXml, bodyBudget) : [bodyXml];
  }

  return {
    /** @requires kerangka */
    async isEmpty() {
      try {
        return await run(async (context) => {
          const body = context.document.body;
          body.load("text");
          const controls = body.contentControls;
          controls.load("items/id");
          const pictures = body.inlinePictures;
          pictures.load("items/width");
          await context.sync();
          return body.text.trim() === "" && controls.items.length === 0 && pictures.items.length === 0;
        });
      } catch (error) {
        throw describeOfficeError(error, "Memeriksa isi dokumen");
      }
    },

    /** @requires kerangka */
    async insertTemplate(base64Docx) {
      if (base64Docx.length > INSERT_FILE_LIMIT) {
        throw new WordHostError(
          `Kerangka LAKIP berukuran ${formatMegabytes(base64Docx.length)}, melebihi batas 4 MB untuk berkas yang disisipkan Word.`,
        );
      }
      // Document.insertFileFromBase64 (WordApi 1.5) inserts the whole file, headers and footers (page
      // numbers) included; Body.insertFileFromBase64 (WordApi 1.1) inserts its body only ("To include
      // header/footer, use Document.insertFileFromBase64": the Word.Body class page).
      const wholeFile = requirementOf("kerangkaLengkap");
      const whole = isSetSupported(wholeFile.set, wholeFile.version);
      const notes: string[] = [];
      // Below WordApi 1.5 the body goes in alone: the template's primary header and footer (page
      // numbers) are put in by Section.getHeader/getFooter("Primary").insertOoxml (WordApi 1.1);
      // paper size and margins have no API there (Section.pageSetup is WordApiDesktop 1.3), so
      // the user is told the template's exact values to set.
      const sections = whole ? null : await readTemplateSections(base64Docx).catch(() => null);
      let headersFooters = whole;
      try {
        await run((context) =>
          aroundWrite(
            context,
            async () => {
              // @requires kerangkaLengkap (run-time check above: `whole`)
              if (whole) context.document.insertFileFromBase64(base64Docx, "Replace");
              else context.document.body.insertFileFromBase64(base64Docx, "Replace");
              await context.sync();
              if (!sections || (!sections.header && !sections.footer)) return;
              try {
                const list = context.document.sections;
                list.load("items");
                await context.sync();
                for (const section of list.items) {
                  if (sections.header)
                    section.getHeader("Primary").insertOoxml(options.toFlatOpc(sections.header), "Replace");
                  if (sections.footer)
                    section.getFooter("Primary").insertOoxml(options.toFlatOpc(sections.footer), "Replace");
                }
                await context.sync();
                headersFooters = true;
                notes.push(pageSetupNote(sections));
              } catch {
                // the body is in; the pane's advice (open the template file itself) covers the rest
              }
            },
            (text) => notes.push(text),
          ),
        );
      } catch (error) {
        throw describeOfficeError(error, "Menyisipkan kerangka LAKIP");
      }
      return { headersFooters, notes };
    },

    /** @requires isiSemua */
    async listControls() {
      try {
        return await run(async (context) => {
          const controls = context.document.body.contentControls;
          controls.load("items/tag,items/title");
          await context.sync();
          const byTag = new Map<string, ControlSummary>();
          for (const c of controls.items) {
            if (!c.tag) continue;
            const seen = byTag.get(c.tag);
            if (seen) seen.count++;
            else byTag.set(c.tag, { tag: c.tag, title: c.title ?? "", count: 1 });
          }
          return [...byTag.values()];
        });
      } catch (error) {
        throw describeOfficeError(error, "Membaca kontrol konten");
      }
    },

    /** @requires isiSemua */
    async fillControls(contents, charts = []) {
      const tags = Object.keys(contents);
      // Split before touching Word: a piece that cannot fit is reported before anything changes.
      const pieces = new Map(tags.map((tag) => [tag, piecesOf(contents[tag])] as const));
      const notes: string[] = [];
      const workbooks = await workbooksOf(charts);
      try {
        const report = await run(async (context) =>
          aroundWrite(
            context,
            async () => {
              const collections = tags.map((tag) => {
                const found = context.document.body.contentControls.getByTag(tag);
                found.load("items/id");
                return { tag, found };
              });
              // The agency's analysis sections (lakip:teks-analisis-N) stand inside the narrative;
              // replacing the narrative would delete what the user wrote there, so a narrative
              // holding a written one is left as it is, with a note (ContentControl.tag/.text:
              // WordApi 1.1; body.contentControls lists nested controls too).
              const everyControl = context.document.body.contentControls;
              everyControl.load("items/tag,items/text");
              await context.sync();
              const written = everyControl.items
                .filter((c) => c.tag && isAnalisisTag(c.tag) && !isTeksPlaceholderText(c.tag, c.text ?? ""))
                .map((c) => c.tag);
              const report: FillReport = { filled: [], missing: [] };
              const inserts: QueuedInsert[] = [];
              for (const { tag, found } of collections) {
                const items = found.items;
                if (items.length === 0) {
                  report.missing.push(tag);
                  continue;
                }
                if (tag === "lakip:narasi-sasaran" && written.length > 0) {
                  notes.push(
                    `Analisis Capaian per Sasaran tidak diisi ulang karena memuat analisis penyebab yang sudah ditulis (${written.join(", ")}); salin teks itu, kosongkan bagiannya, lalu klik Isi semua lagi bila narasi perlu diperbarui.`,
                  );
                  continue;
                }
                report.filled.push({ tag, count: items.length });
                for (const control of items)
                  inserts.push(...insertsFor(control, pieces.get(tag) ?? [""], charts, workbooks, tag));
              }
              const refused = await sendEachOnFailure(context, inserts);
              for (const [tag, detail] of refused) {
                report.filled = report.filled.filter((f) => f.tag !== tag);
                notes.push(refusedNote(tag, detail));
              }
              return report;
            },
            (text) => notes.push(text),
          ),
        );
        return notes.length > 0 ? { ...report, notes } : report;
      } catch (error) {
        throw describeOfficeError(error, "Mengisi kontrol konten");
      }
    },

    /** @requires isiSemua */
    async fillHeaders(contents) {
      const tags = Object.keys(contents);
      try {
        return await run(async (context) =>
          aroundWrite(
            context,
            async () => {
              // Document.sections, Section.getHeader and Body.contentControls: WordApi 1.1
              const sections = context.document.sections;
              sections.load("items");
              await context.sync();
              const found = tags.map((tag) => ({
                tag,
                lists: sections.items.map((section) => {
                  const list = section.getHeader("Primary").contentControls.getByTag(tag);
                  list.load("items/id");
                  return list;
                }),
              }));
              await context.sync();
              const report: FillReport = { filled: [], missing: [] };
              const inserts: QueuedInsert[] = [];
              for (const { tag, lists } of found) {
                const items = lists.flatMap((l) => l.items);
                if (items.length === 0) {
                  report.missing.push(tag);
                  continue;
                }
                report.filled.push({ tag, count: items.length });
                for (const control of items) inserts.push(...insertsFor(control, [contents[tag]]));
              }
              await sendInserts(context, inserts);
              return report;
            },
            ignoreNote,
          ),
        );
      } catch (error) {
        throw describeOfficeError(error, "Mengisi kepala halaman");
      }
    },

    async updateIndexes() {
      // Field.updateResult is WordApi 1.5; body.fields and Field.code are WordApi 1.4
      // (https://learn.microsoft.com/javascript/api/word/word.field). Word on the web shows fields
      // but does not let an add-in update a TOC or SEQ result (office-js issue: fields on the web
      // are largely read-only): the call is not made there, the pane says how to update them.
      if (web) return "web";
      if (!isSetSupported("WordApi", "1.5")) return "unsupported";
      try {
        await run((context) =>
          aroundWrite(
            context,
            async () => {
              const fields = context.document.body.fields;
              fields.load("items/code");
              await context.sync();
              const byKind = (kind: RegExp) => fields.items.filter((f) => kind.test(f.code ?? ""));
              // captions first (their numbers), then the indexes that list them
              for (const f of byKind(/^\s*SEQ\b/i)) f.updateResult();
              await context.sync();
              for (const f of byKind(/^\s*TOC\b/i)) f.updateResult();
              await context.sync();
            },
            ignoreNote,
          ),
        );
        return "updated";
      } catch (error) {
        throw describeOfficeError(error, "Memperbarui daftar isi");
      }
    },

    /** @requires isiSemua */
    async listOpenSections() {
      try {
        return await run(async (context) => {
          // ContentControl.text and .tag: WordApi 1.1. showingPlaceholderText would say it directly
          // but is WordApiDesktop 1.3 only, so the text is compared with the placeholder written.
          const controls = context.document.body.contentControls;
          controls.load("items/tag,items/text");
          await context.sync();
          const open: string[] = [];
          for (const c of controls.items) {
            // the agency's sections, the analysis sections (lakip:teks-analisis-N) in the narrative included
            if (!c.tag || !isTeksTag(c.tag)) continue;
            if (isTeksPlaceholderText(c.tag, c.text ?? "") && !open.includes(c.tag)) open.push(c.tag);
          }
          return open;
        });
      } catch (error) {
        throw describeOfficeError(error, "Membaca bagian yang ditulis instansi");
      }
    },

    /** @requires sisipkanDiKursor */
    async insertAtCursor(tag, title, bodyXml) {
      const parts = piecesOf(bodyXml);
      const checkParent = isSetSupported("WordApi", "1.3");
      const notes: string[] = [];
      try {
        await run(async (context) => {
          const selection = context.document.getSelection();
          selection.load("text");
          // The cursor's paragraph (Range.paragraphs, WordApi 1.1): where the new control goes. A
          // navigation property returns a proxy (no sync needed); it is loaded on the next line.
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
          const paragraphs = selection.paragraphs;
          paragraphs.load("items/text");
          // A navigation property returns a proxy (no sync needed); it is loaded on the next line.
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
          const parent = checkParent ? selection.parentContentControlOrNullObject : null;
          if (parent) parent.load("tag,title");
          await context.sync();
          if (selection.text.trim() !== "") {
            throw new WordHostError(
              "Ada teks yang sedang dipilih. Klik sekali di tempat tujuan (tanpa memilih teks) agar teks Anda tidak tertimpa, lalu coba lagi.",
            );
          }
          if (parent && !parent.isNullObject && parent.tag.startsWith("lakip:")) {
            throw new WordHostError(
              `Kursor berada di dalam kontrol "${parent.title || parent.tag}". Pindahkan kursor ke luar kontrol itu, lalu coba lagi.`,
            );
          }
          const paragraph = paragraphs.items[0];
          await aroundWrite(
            context,
            async () => {
              // A control that shares its paragraph with text gets its content twice on Word on the
              // web (office-js issue 1914), and a table cannot sit inside a line of text: the control
              // always wraps a paragraph of its own, the cursor's when it is empty, otherwise a new one
              // after it (Paragraph.insertParagraph and Paragraph.insertContentControl, WordApi 1.1).
              let control: Word.ContentControl;
              if (!paragraph) control = selection.insertContentControl();
              else if (paragraph.text.trim() === "") control = paragraph.insertContentControl();
              else {
                control = paragraph.insertParagraph("", "After").insertContentControl();
                notes.push(INSERTED_AFTER_PARAGRAPH);
              }
              control.tag = tag;
              control.title = title;
              await sendInserts(context, insertsFor(control, parts));
            },
            (text) => notes.push(text),
          );
        });
      } catch (error) {
        throw describeOfficeError(error, "Menyisipkan di kursor");
      }
      return { notes };
    },
  };
}
