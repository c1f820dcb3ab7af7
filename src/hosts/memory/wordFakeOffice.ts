/**
 * A fake of the Office.js Word object model, just large enough for the Word adapter, with the
 * semantics that matter: writes and loads are queued and happen at `context.sync()`; reading a
 * property that was not loaded (and synced) throws; every sync is counted with its request size;
 * a request above the limit fails the way Word on the web does. Used by the adapter tests and by
 * `npm run bench`.
 *
 * Documented behaviour it follows (shared with the Excel fake, ./officeFakeRules.ts):
 * PropertyNotLoaded and ItemNotFound with their codes ("Error handling with the
 * application-specific JavaScript APIs", learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling);
 * the 5 MB request limit of Office on the web ("Resource limits and performance optimization for
 * Office Add-ins"); and, with `apiLevel`, a requirement-set level: members whose `[Api set: ...]`
 * note is above it are refused with ApiNotFound.
 *
 * Documented behaviours it enforces (each names its page):
 * - Requirement level (`wordApi`): a member above the level fails at sync with ApiNotFound, as
 *   Office does ("Office Common API error codes", docs/reference/javascript-api-for-office-error-codes.md;
 *   levels from "Word JavaScript API requirement sets"): Range.parentContentControlOrNullObject
 *   1.3, Document.changeTrackingMode 1.4, Document.insertFileFromBase64 1.5.
 * - Body.insertFileFromBase64 inserts the file's body only, never its headers and footers ("To
 *   include header/footer, use Document.insertFileFromBase64": Word.Body class page);
 *   Document.insertFileFromBase64 copies headers, footers and section properties by default
 *   (Word.Document class page, WordApi 1.5).
 * - Word on the web duplicates content written with insertOoxml into a content control that
 *   shares its paragraph with other content (office-js issue 1914): `platform: "web"`.
 * - Lock Tracking (Review > Track Changes > Lock Tracking): Office.js has no API for it and the
 *   docs do not say what setting changeTrackingMode does then; users report the set either fails
 *   or is silently not applied (office-js-docs-reference issue 1999, office-js issue 6450). The
 *   fake does either (`trackingLocked: "rejects" | "ignores"`), so the adapter must verify.
 */
import { payloadBytes } from "../word/payload";
import { officeError, tagOfficeClasses, withApiLevel, type ApiLevel } from "./officeFakeRules";

export type FakeBlock =
  | { kind: "text"; text: string }
  /** `inline`: the control sits inside a paragraph that has other text (see office-js issue 1914). */
  | { kind: "control"; id: number; tag: string; title: string; parts: string[]; inline?: boolean }
  | { kind: "picture" };

export type FakeTrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

export interface FakeWordDocument {
  blocks: FakeBlock[];
  /** Index of the block the cursor stands before (blocks.length: at the end). */
  cursor: number;
  /** Text selected at the cursor ("" for an insertion point). */
  selectedText: string;
  /** The control the cursor is inside, if any (by id). */
  cursorInsideControlId: number | null;
  /**
   * True when the cursor stands inside the text paragraph blocks[cursor] (a paragraph with text);
   * otherwise it stands in an empty paragraph before blocks[cursor].
   */
  cursorInText?: boolean;
  /** The headers and footers of the document's sections (their text). */
  headersFooters?: string[];
  /** Document.changeTrackingMode (default "Off"). */
  changeTrackingMode?: FakeTrackingMode;
  /** Lock Tracking is on: setting the mode fails ("rejects") or is silently not applied ("ignores"). */
  trackingLocked?: "rejects" | "ignores";
}

export interface FakeWordOptions {
  /** Reject a request whose queued strings exceed this many bytes (Word on the web: 5 MB). */
  requestLimit?: number;
  /** Highest requirement set versions this "Word" supports, e.g. { WordApi: "1.1" } (null: every set). */
  apiLevel?: ApiLevel | null;
  /** What insertFileFromBase64 puts in the body (the fake cannot read a .docx). */
  decodeFile?: (base64: string) => FakeBlock[];
  /** The headers and footers of the inserted file (Document.insertFileFromBase64 copies them). */
  decodeHeadersFooters?: (base64: string) => string[];
  /** The WordApi level this Word supports ("1.9" when not given). */
  wordApi?: string;
  /** "web": Word on the web's behaviours (issue 1914). */
  platform?: "web" | "desktop";
}

/** `isSetSupported` for a fake at `level`: WordApi versions up to it. */
export function fakeIsSetSupported(level: string): (set: string, version: string) => boolean {
  return (set, version) => set === "WordApi" && versionAtMost(version, level);
}

function versionAtMost(version: string, level: string): boolean {
  const [a, b] = version.split(".").map(Number);
  const [x, y] = level.split(".").map(Number);
  return a < x || (a === x && (b ?? 0) <= (y ?? 0));
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface SyncRecord {
  /** Bytes of the strings sent in the request. */
  bytes: number;
  /** Operations (writes and loads) it carried. */
  operations: number;
}

class NotLoadedError extends Error {
  code = "PropertyNotLoaded";
  constructor(what: string) {
    super(
      `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }
}

type Op = { bytes: number; run: () => void };

export class FakeWordContext {
  readonly syncs: SyncRecord[] = [];
  readonly document: FakeDocumentProxy;
  private queue: Op[] = [];
  private nextId: number;

  constructor(
    readonly doc: FakeWordDocument,
    readonly options: FakeWordOptions = {},
  ) {
    this.nextId = 1 + Math.max(0, ...doc.blocks.map((b) => (b.kind === "control" ? b.id : 0)));
    this.document = new FakeDocumentProxy(this);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** @internal */ enqueue(run: () => void, ...strings: string[]): void {
    this.queue.push({ run, bytes: strings.reduce((n, s) => n + payloadBytes(s), 0) });
  }

  /** @internal */ newId(): number {
    return this.nextId++;
  }

  /** @internal */ supports(version: string): boolean {
    return versionAtMost(version, this.options.wordApi ?? "1.9");
  }

  /** @internal Queues a call of a member above the fake's level: the sync fails as Office's does. */
  enqueueApiNotFound(member: string): void {
    this.enqueue(() => {
      throw new OfficeError(
        "ApiNotFound",
        `The API you are trying to use could not be found. It may be available in a newer version of Word. (${member})`,
      );
    });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.syncs.push({ bytes, operations: ops.length });
    const limit = this.options.requestLimit;
    if (limit !== undefined && bytes > limit) {
      const e = new Error(`The request payload size has exceeded the limit (${bytes} > ${limit}).`) as Error & {
        code: string;
      };
      e.code = "RequestPayloadSizeLimitExceeded";
      throw e;
    }
    for (const op of ops) op.run();
  }
}

class Loadable {
  private loaded = new Set<string>();
  protected constructor(protected readonly ctx: FakeWordContext) {}
  protected mark(names: string[]): void {
    for (const n of names) this.loaded.add(n);
  }
  protected need(name: string): void {
    if (!this.loaded.has(name)) throw new NotLoadedError(name);
  }
  protected static names(spec: string | string[] | undefined): string[] {
    const list = Array.isArray(spec) ? spec : (spec ?? "").split(",");
    return list.map((s) => s.trim()).filter(Boolean);
  }
}

class FakeDocumentProxy extends Loadable {
  readonly body: FakeBodyProxy;
  private mode: FakeTrackingMode = "Off";
  constructor(ctx: FakeWordContext) {
    super(ctx);
    this.body = new FakeBodyProxy(ctx);
  }
  getSelection(): FakeRangeProxy {
    return new FakeRangeProxy(this.ctx);
  }
  load(spec?: string | string[]): this {
    const names = Loadable.names(spec);
    if (names.includes("changeTrackingMode") && !this.ctx.supports("1.4")) {
      this.ctx.enqueueApiNotFound("Document.changeTrackingMode");
      return this;
    }
    this.ctx.enqueue(() => {
      this.mode = this.ctx.doc.changeTrackingMode ?? "Off";
      this.mark(names);
    });
    return this;
  }
  get changeTrackingMode(): FakeTrackingMode {
    this.need("changeTrackingMode");
    return this.mode;
  }
  set changeTrackingMode(mode: FakeTrackingMode) {
    if (!this.ctx.supports("1.4")) {
      this.ctx.enqueueApiNotFound("Document.changeTrackingMode");
      return;
    }
    this.ctx.enqueue(() => {
      const doc = this.ctx.doc;
      if (doc.trackingLocked === "rejects") {
        throw new OfficeError("AccessDenied", "You can't perform the requested operation.");
      }
      if (doc.trackingLocked === "ignores") return;
      doc.changeTrackingMode = mode;
    });
  }
  /** WordApi 1.5: the whole file, headers and footers included (Word.Document class page). */
  insertFileFromBase64(base64: string, location: string): void {
    if (!this.ctx.supports("1.5")) {
      this.ctx.enqueueApiNotFound("Document.insertFileFromBase64");
      return;
    }
    if (location !== "Replace") throw new Error(`Fake supports only "Replace", not ${location}`);
    this.ctx.enqueue(() => {
      const decode = this.ctx.options.decodeFile;
      if (!decode) throw new Error("Fake has no decodeFile");
      this.ctx.doc.blocks = decode(base64);
      this.ctx.doc.cursor = this.ctx.doc.blocks.length;
      this.ctx.doc.cursorInText = false;
      this.ctx.doc.headersFooters = this.ctx.options.decodeHeadersFooters?.(base64) ?? [];
    }, base64);
  }
}

function blockText(b: FakeBlock): string {
  if (b.kind === "text") return b.text;
  if (b.kind === "control") return b.parts.map(textOfOoxml).join("");
  return "";
}

/** The visible text of WordprocessingML (the w:t runs). */
export function textOfOoxml(xml: string): string {
  let out = "";
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out += m[1];
  return out;
}

class FakeBodyProxy extends Loadable {
  private textValue = "";
  readonly contentControls: FakeControlCollection;
  readonly inlinePictures: FakePictureCollection;
  constructor(ctx: FakeWordContext) {
    super(ctx);
    this.contentControls = new FakeControlCollection(ctx, () => true);
    this.inlinePictures = new FakePictureCollection(ctx);
  }
  get text(): string {
    this.need("text");
    return this.textValue;
  }
  load(spec?: string | string[]): this {
    const names = Loadable.names(spec);
    this.ctx.enqueue(() => {
      this.textValue = this.ctx.doc.blocks.map(blockText).join("\n");
      this.mark(names.length ? names : ["text"]);
    });
    return this;
  }
  insertFileFromBase64(base64: string, location: string): void {
    if (location !== "Replace") throw new Error(`Fake supports only "Replace", not ${location}`);
    this.ctx.enqueue(() => {
      const decode = this.ctx.options.decodeFile;
      if (!decode) throw new Error("Fake has no decodeFile");
      // The body only: the document keeps its own headers and footers, the file's are dropped.
      this.ctx.doc.blocks = decode(base64);
      this.ctx.doc.cursor = this.ctx.doc.blocks.length;
      this.ctx.doc.cursorInText = false;
    }, base64);
  }
}

class FakePictureCollection extends Loadable {
  private list: object[] | null = null;
  constructor(ctx: FakeWordContext) {
    super(ctx);
  }
  get items(): object[] {
    if (!this.list) throw new NotLoadedError("items");
    return this.list;
  }
  load(_spec?: string): this {
    this.ctx.enqueue(() => {
      this.list = this.ctx.doc.blocks.filter((b) => b.kind === "picture").map(() => ({}));
    });
    return this;
  }
}

class FakeControlCollection extends Loadable {
  private list: FakeControlProxy[] | null = null;
  constructor(
    ctx: FakeWordContext,
    private readonly filter: (b: Extract<FakeBlock, { kind: "control" }>) => boolean,
  ) {
    super(ctx);
  }
  get items(): FakeControlProxy[] {
    if (!this.list) throw new NotLoadedError("items");
    return this.list;
  }
  getByTag(tag: string): FakeControlCollection {
    return new FakeControlCollection(this.ctx, (b) => this.filter(b) && b.tag === tag);
  }
  load(spec?: string | string[]): this {
    const names = Loadable.names(spec).map((n) => n.replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      this.list = this.ctx.doc.blocks
        .filter((b): b is Extract<FakeBlock, { kind: "control" }> => b.kind === "control" && this.filter(b))
        .map((b) => FakeControlProxy.loaded(this.ctx, b.id, names));
    });
    return this;
  }
}

class FakeControlProxy extends Loadable {
  private values: { id?: number; tag?: string; title?: string; text?: string } = {};
  private nullObject = false;
  private constructor(
    ctx: FakeWordContext,
    private blockId: number | null,
  ) {
    super(ctx);
  }
  static loaded(ctx: FakeWordContext, id: number, names: string[]): FakeControlProxy {
    const p = new FakeControlProxy(ctx, id);
    p.copy(names.length ? names : ["id", "tag", "title", "text"]);
    return p;
  }
  /** A control that will be created at the next sync (insertContentControl). */
  static pending(ctx: FakeWordContext, create: () => number): FakeControlProxy {
    const p = new FakeControlProxy(ctx, null);
    ctx.enqueue(() => {
      p.blockId = create();
    });
    return p;
  }
  static nullable(ctx: FakeWordContext, id: () => number | null): FakeControlProxy {
    const p = new FakeControlProxy(ctx, null);
    ctx.enqueue(() => {
      p.blockId = id();
      p.nullObject = p.blockId === null;
    });
    return p;
  }
  private block(): Extract<FakeBlock, { kind: "control" }> {
    const b = this.ctx.doc.blocks.find((x) => x.kind === "control" && x.id === this.blockId);
    if (!b || b.kind !== "control")
      throw officeError("ItemNotFound", "The requested resource doesn't exist. (content control)");
    return b;
  }
  private copy(names: string[]): void {
    const b = this.block();
    for (const n of names) {
      if (n === "id") this.values.id = b.id;
      else if (n === "tag") this.values.tag = b.tag;
      else if (n === "title") this.values.title = b.title;
      else if (n === "text") this.values.text = blockText(b);
    }
    this.mark(names);
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.nullObject;
  }
  get id(): number {
    this.need("id");
    return this.values.id as number;
  }
  get tag(): string {
    this.need("tag");
    return this.values.tag as string;
  }
  set tag(v: string) {
    this.ctx.enqueue(() => {
      this.block().tag = v;
    }, v);
  }
  get title(): string {
    this.need("title");
    return this.values.title as string;
  }
  set title(v: string) {
    this.ctx.enqueue(() => {
      this.block().title = v;
    }, v);
  }
  get text(): string {
    this.need("text");
    return this.values.text as string;
  }
  load(spec?: string | string[]): this {
    const names = Loadable.names(spec);
    this.ctx.enqueue(() => {
      this.mark(["isNullObject"]);
      if (this.nullObject) {
        this.mark(names);
        return;
      }
      this.copy(names.length ? names : ["id", "tag", "title", "text"]);
    });
    return this;
  }
  insertOoxml(ooxml: string, location: string): void {
    this.ctx.enqueue(() => {
      const b = this.block();
      if (location === "Replace") b.parts = [ooxml];
      else if (location === "End") b.parts.push(ooxml);
      else if (location === "Start") b.parts.unshift(ooxml);
      else throw new Error(`Fake does not support insertOoxml at ${location}`);
      if (b.inline && this.ctx.options.platform === "web") {
        // office-js issue 1914: Word on the web also inserts a copy after the control.
        const blocks = this.ctx.doc.blocks;
        blocks.splice(blocks.indexOf(b) + 1, 0, { kind: "text", text: textOfOoxml(ooxml) });
      }
    }, ooxml);
  }
}

class FakeRangeProxy extends Loadable {
  private textValue = "";
  constructor(ctx: FakeWordContext) {
    super(ctx);
  }
  get text(): string {
    this.need("text");
    return this.textValue;
  }
  load(spec?: string | string[]): this {
    this.ctx.enqueue(() => {
      this.textValue = this.ctx.doc.selectedText;
      this.mark(Loadable.names(spec).length ? Loadable.names(spec) : ["text"]);
    });
    return this;
  }
  get parentContentControlOrNullObject(): FakeControlProxy {
    if (!this.ctx.supports("1.3")) this.ctx.enqueueApiNotFound("Range.parentContentControlOrNullObject");
    return FakeControlProxy.nullable(this.ctx, () => this.ctx.doc.cursorInsideControlId);
  }
  /** The paragraph the cursor is in (an insertion point: one paragraph). */
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.ctx);
  }
  insertContentControl(): FakeControlProxy {
    const ctx = this.ctx;
    return FakeControlProxy.pending(ctx, () => {
      const id = ctx.newId();
      const doc = ctx.doc;
      if (doc.cursorInText) {
        // Inside a paragraph with text: the control is inline, sharing the paragraph.
        doc.blocks.splice(doc.cursor + 1, 0, { kind: "control", id, tag: "", title: "", parts: [], inline: true });
        return id;
      }
      doc.blocks.splice(doc.cursor, 0, { kind: "control", id, tag: "", title: "", parts: [] });
      doc.cursor++;
      return id;
    });
  }
}

/** The cursor's paragraph: a text block (the cursor is in it) or the empty paragraph at the cursor. */
type ParagraphRef = { block: FakeBlock } | { emptyAtCursor: true };

class FakeParagraphCollection extends Loadable {
  private list: FakeParagraphProxy[] | null = null;
  constructor(ctx: FakeWordContext) {
    super(ctx);
  }
  get items(): FakeParagraphProxy[] {
    if (!this.list) throw new NotLoadedError("items");
    return this.list;
  }
  load(spec?: string | string[]): this {
    const names = Loadable.names(spec).map((n) => n.replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      const doc = this.ctx.doc;
      const ref: ParagraphRef =
        doc.cursorInText && doc.blocks[doc.cursor]?.kind === "text"
          ? { block: doc.blocks[doc.cursor] }
          : { emptyAtCursor: true };
      const p = new FakeParagraphProxy(this.ctx, ref);
      p.copy(names);
      this.list = [p];
    });
    return this;
  }
}

class FakeParagraphProxy extends Loadable {
  private textValue = "";
  constructor(
    ctx: FakeWordContext,
    private ref: ParagraphRef | null,
  ) {
    super(ctx);
  }
  /** @internal */ copy(names: string[]): void {
    const ref = this.ref;
    this.textValue = ref && "block" in ref ? blockText(ref.block) : "";
    this.mark(names.length ? names : ["text"]);
  }
  get text(): string {
    this.need("text");
    return this.textValue;
  }
  private index(): number {
    const ref = this.ref;
    if (!ref) throw new Error("ItemNotFound: the paragraph does not exist yet");
    if ("block" in ref) {
      const i = this.ctx.doc.blocks.indexOf(ref.block);
      if (i < 0) throw new Error("ItemNotFound: the paragraph no longer exists");
      return i;
    }
    return -1;
  }
  /** Paragraph.insertParagraph (WordApi 1.1): a new paragraph before or after this one. */
  insertParagraph(text: string, location: "Before" | "After"): FakeParagraphProxy {
    const created = new FakeParagraphProxy(this.ctx, null);
    this.ctx.enqueue(() => {
      const doc = this.ctx.doc;
      const block: FakeBlock = { kind: "text", text };
      const i = this.index();
      const at = i < 0 ? doc.cursor : location === "After" ? i + 1 : i;
      doc.blocks.splice(at, 0, block);
      created.ref = { block };
    }, text);
    return created;
  }
  /** Paragraph.insertContentControl (WordApi 1.1): wraps the whole paragraph in a block-level control. */
  insertContentControl(): FakeControlProxy {
    const ctx = this.ctx;
    return FakeControlProxy.pending(ctx, () => {
      const doc = ctx.doc;
      const id = ctx.newId();
      const i = this.index();
      if (i < 0) {
        doc.blocks.splice(doc.cursor, 0, { kind: "control", id, tag: "", title: "", parts: [] });
        doc.cursor++;
        return id;
      }
      const old = doc.blocks[i];
      const parts = old.kind === "text" && old.text !== "" ? [`<w:p><w:r><w:t>${old.text}</w:t></w:r></w:p>`] : [];
      doc.blocks.splice(i, 1, { kind: "control", id, tag: "", title: "", parts });
      return id;
    });
  }
}

/** A runner like Word.run over one fake document; `contexts` keeps every context it made. */
export function fakeWordRunner(doc: FakeWordDocument, options: FakeWordOptions = {}) {
  const contexts: FakeWordContext[] = [];
  const run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeWordContext(doc, options);
    contexts.push(ctx);
    return batch(withApiLevel(ctx, options.apiLevel ?? null) as unknown as Word.RequestContext);
  };
  return {
    run,
    contexts,
    /** Syncs made by all runs so far. */
    syncCount: () => contexts.reduce((n, c) => n + c.syncCount, 0),
    syncs: () => contexts.flatMap((c) => c.syncs),
  };
}

/** A document of user paragraphs and tagged controls, for tests and the bench. */
export function fakeDocument(blocks: Array<string | { tag: string; title?: string }>): FakeWordDocument {
  let id = 0;
  const list: FakeBlock[] = blocks.map((b) =>
    typeof b === "string"
      ? { kind: "text", text: b }
      : { kind: "control", id: ++id, tag: b.tag, title: b.title ?? "", parts: [] },
  );
  return { blocks: list, cursor: list.length, selectedText: "", cursorInsideControlId: null };
}

tagOfficeClasses([
  [FakeWordContext, "Word.RequestContext"],
  [FakeDocumentProxy, "Word.Document"],
  [FakeBodyProxy, "Word.Body"],
  [FakePictureCollection, "Word.InlinePictureCollection"],
  [FakeControlCollection, "Word.ContentControlCollection"],
  [FakeControlProxy, "Word.ContentControl"],
  [FakeRangeProxy, "Word.Range"],
]);
