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
 */
import { payloadBytes } from "../word/payload";
import { officeError, tagOfficeClasses, withApiLevel, type ApiLevel } from "./officeFakeRules";

export type FakeBlock =
  | { kind: "text"; text: string }
  | { kind: "control"; id: number; tag: string; title: string; parts: string[] }
  | { kind: "picture" };

export interface FakeWordDocument {
  blocks: FakeBlock[];
  /** Index of the block the cursor stands before (blocks.length: at the end). */
  cursor: number;
  /** Text selected at the cursor ("" for an insertion point). */
  selectedText: string;
  /** The control the cursor is inside, if any (by id). */
  cursorInsideControlId: number | null;
}

export interface FakeWordOptions {
  /** Reject a request whose queued strings exceed this many bytes (Word on the web: 5 MB). */
  requestLimit?: number;
  /** Highest requirement set versions this "Word" supports, e.g. { WordApi: "1.1" } (null: every set). */
  apiLevel?: ApiLevel | null;
  /** What insertFileFromBase64 puts in the body (the fake cannot read a .docx). */
  decodeFile?: (base64: string) => FakeBlock[];
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

class FakeDocumentProxy {
  readonly body: FakeBodyProxy;
  constructor(private readonly ctx: FakeWordContext) {
    this.body = new FakeBodyProxy(ctx);
  }
  getSelection(): FakeRangeProxy {
    return new FakeRangeProxy(this.ctx);
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
      this.ctx.doc.blocks = decode(base64);
      this.ctx.doc.cursor = this.ctx.doc.blocks.length;
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
    return FakeControlProxy.nullable(this.ctx, () => this.ctx.doc.cursorInsideControlId);
  }
  insertContentControl(): FakeControlProxy {
    const ctx = this.ctx;
    return FakeControlProxy.pending(ctx, () => {
      const id = ctx.newId();
      const doc = ctx.doc;
      doc.blocks.splice(doc.cursor, 0, { kind: "control", id, tag: "", title: "", parts: [] });
      doc.cursor++;
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
