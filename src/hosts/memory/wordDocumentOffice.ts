/**
 * A fake of the Office.js Word object model over a real WordprocessingML document: the body of a
 * WordMemoryDocument (xmldom), plus what a .docx carries beside it: sections with their headers,
 * footers and page setup (w:sectPr), custom document properties, custom XML parts, comments,
 * tracked changes (w:ins / w:del in the body) and fields (w:fldSimple, w:instrText). The browser
 * harness runs the real adapters over it (officeWordHost, the SOP ports), so the pane is tested on
 * the code that runs in Word.
 *
 * Rules it follows, each from a Microsoft page:
 * - Queued model: loads and writes are queued and run at `context.sync()`; a property read before
 *   its load has synced throws PropertyNotLoaded; an error of a queued call surfaces at the
 *   `context.sync()` that sends it, never at the call ("Error handling with the
 *   application-specific JavaScript APIs", learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling;
 *   "Application-specific API model", .../develop/application-specific-api-model).
 * - Requirement level: a member whose `[Api set: ...]` note (src/hosts/generated/apiSets.ts, from
 *   @types/office-js) is above the fake's WordApi level fails the sync with ApiNotFound ("Office
 *   Common API error codes"; levels from "Word JavaScript API requirement sets").
 * - Body.insertFileFromBase64 (WordApi 1.1) inserts the file's body only; "To include
 *   header/footer, use Document.insertFileFromBase64" (Word.Body class page).
 *   Document.insertFileFromBase64 (WordApi 1.5) brings headers, footers and section properties
 *   (Word.Document class page, InsertFileOptions: importPageSetup, importTheme... default true).
 * - insertOoxml takes a Flat OPC package: content that is not well-formed, a package without its
 *   main document part, or a relationship whose part is missing is rejected; a chart must come
 *   with its parts, the chart part and the embedded workbook it refers to ("Understand when and
 *   how to use Office Open XML in your Word add-in": "charts ... require the chart part and the
 *   embedded workbook", learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml).
 * - ContentControlCollection lists rich text, plain text, check box, drop-down and combo box
 *   controls only ("Currently, only rich text, plain text, checkbox, dropdown list, and combo box
 *   content controls are supported": Word.ContentControl class page): a picture control is not
 *   listed (the stricter reading; a given Word build may list it).
 * - DocumentProperties.customProperties (WordApi 1.3): CustomPropertyCollection.add: "the value
 *   ... is limited to 255 characters" (Word.CustomPropertyCollection class page).
 * - A 5 MB request limit on the web, counted with a per-operation overhead (the request is JSON:
 *   each action carries its ids and names besides its strings). Microsoft documents the 5 MB for
 *   Excel on the web ("Resource limits and performance optimization for Office Add-ins"); for
 *   Word on the web it gives no figure, and large insertOoxml requests are reported to fail there
 *   (office-js issues 617, 2615): the fake applies Excel's documented figure, the stricter reading.
 * - Word on the web: Field.updateResult is refused (fields are updated by Word on the web when it
 *   renders; the Word.Field page notes field support on the web is limited), `platform: "web"`.
 * - Lock Tracking: setting changeTrackingMode fails or is silently not applied
 *   (office-js-docs-reference issue 1999, office-js issue 6450): `trackingLocked`.
 * - Word on the web duplicates content written with insertOoxml into a content control that
 *   shares its paragraph with other content (office-js issue 1914): `platform: "web"`.
 * - The selection: Range.paragraphs, Paragraph.insertParagraph and Paragraph.insertContentControl
 *   (WordApi 1.1; "wraps the Paragraph object with a content control": Word.Paragraph class page),
 *   Range.insertContentControl (inline inside a paragraph of text), and
 *   Range.parentContentControlOrNullObject (WordApi 1.3): `cursorInParagraph`, `cursorInsideControl`.
 */
import JSZip from "jszip";
import type { Document as XmlDocument, Element } from "@xmldom/xmldom";
import { API_SETS } from "../generated/apiSets";
import { payloadBytes } from "../word/payload";
import { compareVersions, notLoaded, officeError, type FakeOfficeError } from "./officeFakeRules";
import type { WordMemoryDocument } from "./wordMemoryHost";
import {
  W_NS,
  child,
  childElements,
  descendants,
  parseBodyFragment,
  parseXml,
  sdtTag,
  sdtTitle,
  serialize,
  textOf,
  wAttr,
} from "./wordXml";

/** Bytes every queued operation adds to a request besides its strings (ids, method name, JSON). */
export const OPERATION_OVERHEAD = 200;

export type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

export interface FakeComment {
  id: string;
  authorName: string;
  content: string;
  creationDate: Date;
  resolved: boolean;
}

export interface FakeSection {
  /** `<w:hdr>` and `<w:ftr>` of the primary header and footer. */
  header: Element;
  footer: Element;
  /** The section's `<w:sectPr>` (paper size, margins) as XML; null: Word's default (Letter). */
  sectPr: string | null;
}

/** What the .docx holds beside the body, and the session state of the fake Word. */
export class WordPackage {
  sections: FakeSection[];
  readonly properties = new Map<string, string>();
  xmlParts: { id: string; xml: string }[] = [];
  trackingMode: TrackingMode = "Off";
  trackingLocked: "rejects" | "ignores" | null = null;
  comments: FakeComment[] = [];
  /** How many times each field (its w:fldSimple or w:instrText) was updated by Field.updateResult. */
  readonly fieldUpdates = new WeakMap<Element, number>();
  /** The codes of the fields updated, in order. */
  readonly fieldUpdateLog: string[] = [];
  /**
   * The next request Word refuses as a whole (e.g. GeneralException while the document is being
   * saved by a co-author): the next sync of any context fails with it, nothing of it applied.
   */
  failNextSync: Error | null = null;
  /** What the last select() selected ("revisi-N" / "komentar-ID"), for tests. */
  selected: string | null = null;
  /**
   * The cursor stands inside the top-level paragraph at the document's cursor index (a paragraph
   * of the user's text), not in an empty paragraph before it.
   */
  cursorInParagraph = false;
  /** The content control the cursor is inside (Range.parentContentControlOrNullObject), if any. */
  cursorInsideControl: Element | null = null;
  private nextPart = 1;
  private listeners = new Set<() => void>();

  constructor(readonly doc: WordMemoryDocument) {
    this.sections = [this.emptySection()];
  }

  owner(): XmlDocument {
    return this.doc.ownerDocument();
  }

  emptySection(): FakeSection {
    const o = this.owner();
    return { header: o.createElementNS(W_NS, "w:hdr"), footer: o.createElementNS(W_NS, "w:ftr"), sectPr: null };
  }

  newPartId(): string {
    return `{0000${this.nextPart++}-LAKIP-FAKE}`;
  }

  /** The tracked changes of the body, in document order. */
  trackedChanges(): Element[] {
    const out: Element[] = [];
    const walk = (el: Element): void => {
      for (const c of childElements(el)) {
        if (c.nodeName === "w:ins" || c.nodeName === "w:del") out.push(c);
        else walk(c);
      }
    };
    walk(this.doc.body());
    return out;
  }

  /** A reviewer accepts revision `index` (Review > Accept). */
  acceptRevision(index: number): void {
    const el = this.trackedChanges()[index];
    if (!el) throw new Error(`No revision ${index}`);
    const parent = el.parentNode as Element;
    if (el.nodeName === "w:ins") while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
    this.changed();
  }

  /** A reviewer resolves comment `id`. */
  resolveComment(id: string): void {
    const c = this.comments.find((x) => x.id === id);
    if (!c) throw new Error(`No comment ${id}`);
    c.resolved = true;
    this.changed();
  }

  /** The open items a reviewer still sees: revisions and unresolved comments. */
  openItems(): number {
    return this.trackedChanges().length + this.comments.filter((c) => !c.resolved).length;
  }

  subscribe(l: () => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  changed(): void {
    this.doc.changed();
    for (const l of this.listeners) l();
  }
}

export interface WordDocumentOfficeOptions {
  /** The WordApi level of this Word ("1.9": every set the adapters use). */
  wordApi?: string;
  platform?: "web" | "desktop";
  /** Reject a request above this many bytes (Word on the web: 5 MB). */
  requestLimit?: number;
}

type Op = { bytes: number; run: () => void | Promise<void> };

export interface FakeSyncRecord {
  bytes: number;
  operations: number;
}

/** The context of one Word.run. */
export class FakeWordRequestContext {
  readonly document: FakeDocument;
  readonly syncs: FakeSyncRecord[] = [];
  private queue: Op[] = [];

  constructor(
    readonly pkg: WordPackage,
    readonly options: WordDocumentOfficeOptions,
  ) {
    this.document = new FakeDocument(this);
  }

  /** @internal Queues an operation; its strings count towards the request size. */
  enqueue(run: () => void | Promise<void>, ...strings: string[]): void {
    this.queue.push({ run, bytes: OPERATION_OVERHEAD + strings.reduce((n, s) => n + payloadBytes(s), 0) });
  }

  /**
   * @internal Checks `Word.Class.member` against the level: above it, the sync fails with
   * ApiNotFound (the error surfaces at sync, as Office's does).
   */
  api(member: string): boolean {
    const note = API_SETS[member];
    if (!note) return true;
    const [set, version] = note.split("|")[0].split(" ");
    const level = this.options.wordApi ?? "1.9";
    const ok = set === "WordApi" ? compareVersions(version, level) <= 0 : false;
    if (!ok)
      this.enqueue(() => {
        throw officeError(
          "ApiNotFound",
          `The API you are trying to use could not be found. It may be available in a newer version of Word. (${member}: ${note})`,
        );
      });
    return ok;
  }

  get web(): boolean {
    return this.options.platform === "web";
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.syncs.push({ bytes, operations: ops.length });
    const refused = this.pkg.failNextSync;
    if (refused) {
      this.pkg.failNextSync = null;
      throw refused;
    }
    const limit = this.options.requestLimit;
    if (limit !== undefined && bytes > limit)
      throw officeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} > ${limit}).`,
      );
    let changed = false;
    try {
      for (const op of ops) {
        await op.run();
        changed = true;
      }
    } finally {
      if (changed) this.pkg.changed();
    }
  }
}

class Loadable {
  private loaded = new Set<string>();
  constructor(protected readonly ctx: FakeWordRequestContext) {}
  protected mark(names: readonly string[]): void {
    for (const n of names) this.loaded.add(n);
  }
  protected need(name: string): void {
    if (!this.loaded.has(name)) throw notLoaded(name);
  }
  protected static names(spec: unknown): string[] {
    const list = Array.isArray(spec) ? spec.map(String) : typeof spec === "string" ? spec.split(",") : [];
    return list.map((s) => s.trim().replace(/^items\//, "")).filter(Boolean);
  }
}

/** A collection: `items` readable once its load has synced. */
class FakeCollection<T> extends Loadable {
  private list: T[] | null = null;
  constructor(
    ctx: FakeWordRequestContext,
    private readonly read: (names: string[]) => T[],
    private readonly cls: string,
  ) {
    super(ctx);
  }
  get items(): T[] {
    if (!this.list) throw notLoaded(`${this.cls}.items`);
    return this.list;
  }
  load(spec?: unknown): this {
    const names = Loadable.names(spec);
    this.ctx.enqueue(() => {
      this.list = this.read(names);
    });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Content controls

/** Control types the ContentControlCollection lists (Word.ContentControl class page). */
function controlType(sdt: Element): string {
  const pr = child(sdt, "w:sdtPr");
  if (!pr) return "RichText";
  if (child(pr, "w:picture")) return "Picture";
  if (child(pr, "w:text")) return "PlainText";
  if (child(pr, "w:comboBox")) return "ComboBox";
  if (child(pr, "w:dropDownList")) return "DropDownList";
  if (child(pr, "w:date")) return "DatePicker";
  if (descendants(pr, "w14:checkbox").length > 0) return "CheckBox";
  return "RichText";
}
const LISTED_TYPES = new Set(["RichText", "PlainText", "CheckBox", "DropDownList", "ComboBox"]);

/** The text of a control as Word reports it (its content, placeholder runs included). */
function controlText(sdt: Element): string {
  const content = child(sdt, "w:sdtContent");
  return content ? textOf(content).replace(/\n+$/, "") : "";
}

function placeholderOf(sdt: Element): string {
  const content = child(sdt, "w:sdtContent");
  if (!content) return "";
  return descendants(content, "w:r")
    .filter((r) => {
      const pr = child(r, "w:rPr");
      return !!pr && wAttr(child(pr, "w:rStyle"), "val") === "PlaceholderText";
    })
    .map((r) => textOf(r))
    .join("");
}

const ids = new WeakMap<Element, number>();
let nextControlId = 1;
function controlId(sdt: Element): number {
  let id = ids.get(sdt);
  if (id === undefined) {
    const pr = child(sdt, "w:sdtPr");
    const fromXml = Number(pr ? wAttr(child(pr, "w:id"), "val") : NaN);
    id = Number.isFinite(fromXml) && fromXml !== 0 ? fromXml : 1_000_000 + nextControlId++;
    ids.set(sdt, id);
  }
  return id;
}

function listedControls(container: () => Element | null, filter: (sdt: Element) => boolean): Element[] {
  const root = container();
  if (!root) return [];
  return descendants(root, "w:sdt").filter((s) => LISTED_TYPES.has(controlType(s)) && filter(s));
}

class FakeContentControlCollection extends FakeCollection<FakeContentControl> {
  constructor(
    ctx: FakeWordRequestContext,
    private readonly container: () => Element | null,
    private readonly filter: (sdt: Element) => boolean = () => true,
  ) {
    super(
      ctx,
      (names) => listedControls(container, filter).map((sdt) => FakeContentControl.loaded(ctx, sdt, names)),
      "Word.ContentControlCollection",
    );
  }
  getByTag(tag: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.ctx, this.container, (s) => this.filter(s) && sdtTag(s) === tag);
  }
}

class FakeContentControl extends Loadable {
  private values: Record<string, unknown> = {};
  private nullObject = false;
  private constructor(
    ctx: FakeWordRequestContext,
    private sdt: Element | null,
  ) {
    super(ctx);
  }
  static loaded(ctx: FakeWordRequestContext, sdt: Element, names: string[]): FakeContentControl {
    const c = new FakeContentControl(ctx, sdt);
    c.copy(names.length ? names : ["id", "tag", "title", "text", "type", "placeholderText"]);
    return c;
  }
  /** A control created by a queued insertContentControl: bound at sync. */
  static pending(ctx: FakeWordRequestContext, create: () => Element): FakeContentControl {
    const c = new FakeContentControl(ctx, null);
    ctx.enqueue(() => {
      c.sdt = create();
    });
    return c;
  }
  /** parentContentControlOrNullObject: bound at sync, a null object when there is none. */
  static nullable(ctx: FakeWordRequestContext, find: () => Element | null): FakeContentControl {
    const c = new FakeContentControl(ctx, null);
    ctx.enqueue(() => {
      c.sdt = find();
      c.nullObject = c.sdt === null;
      if (c.sdt) c.copy(["tag", "title"]);
      c.mark(["isNullObject"]);
    });
    return c;
  }
  private element(): Element {
    if (!this.sdt || !this.sdt.parentNode)
      throw officeError("ItemNotFound", "The requested resource doesn't exist. (content control)");
    return this.sdt;
  }
  private copy(names: string[]): void {
    const s = this.element();
    for (const n of names) {
      if (n === "id") this.values.id = controlId(s);
      else if (n === "tag") this.values.tag = sdtTag(s);
      else if (n === "title") this.values.title = sdtTitle(s);
      else if (n === "text") this.values.text = controlText(s);
      else if (n === "type") this.values.type = controlType(s);
      else if (n === "placeholderText") this.values.placeholderText = placeholderOf(s);
    }
    this.mark(names);
  }
  load(spec?: unknown): this {
    const names = Loadable.names(spec);
    // A null object loads nothing and fails nothing ("*OrNullObject methods and properties": the
    // application-specific API model page); its properties stay unreadable.
    this.ctx.enqueue(() => (this.nullObject ? undefined : this.copy(names)));
    return this;
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.nullObject;
  }
  get id(): number {
    this.need("id");
    return this.values.id as number;
  }
  get text(): string {
    this.need("text");
    return this.values.text as string;
  }
  get type(): string {
    this.need("type");
    return this.values.type as string;
  }
  get placeholderText(): string {
    this.need("placeholderText");
    return this.values.placeholderText as string;
  }
  get tag(): string {
    this.need("tag");
    return this.values.tag as string;
  }
  set tag(v: string) {
    this.ctx.enqueue(() => setSdtPr(this.ctx.pkg.owner(), this.element(), "w:tag", v), v);
  }
  get title(): string {
    this.need("title");
    return this.values.title as string;
  }
  set title(v: string) {
    this.ctx.enqueue(() => setSdtPr(this.ctx.pkg.owner(), this.element(), "w:alias", v), v);
  }
  get inlinePictures(): FakeCollection<object> {
    return new FakeCollection(
      this.ctx,
      () => descendants(this.element(), "w:drawing").map(() => ({})),
      "Word.InlinePictureCollection",
    );
  }
  /** ContentControl.insertOoxml (WordApi 1.1): "Replace", "Start" or "End". */
  insertOoxml(ooxml: string, location: string): void {
    this.ctx.enqueue(() => {
      const sdt = this.element();
      const elements = readFlatOpc(this.ctx.pkg.owner(), ooxml);
      let content = child(sdt, "w:sdtContent");
      if (!content) content = sdt.appendChild(this.ctx.pkg.owner().createElementNS(W_NS, "w:sdtContent")) as Element;
      const pr = child(sdt, "w:sdtPr");
      const shown = pr ? child(pr, "w:showingPlcHdr") : undefined;
      if (pr && shown) pr.removeChild(shown);
      if (location === "Replace") while (content.firstChild) content.removeChild(content.firstChild);
      else if (location !== "End" && location !== "Start")
        throw officeError("InvalidArgument", `insertOoxml: location ${location} is not valid for a content control.`);
      const inline = sdt.parentNode?.nodeName === "w:p";
      const put = inline ? elements.flatMap((e) => descendants(e, "w:r")) : elements;
      const first = content.firstChild;
      for (const el of put) {
        if (location === "Start" && first) content.insertBefore(el, first);
        else content.appendChild(el);
      }
      markTracked(this.ctx, content, put);
      const paragraph = sdt.parentNode as Element;
      const shared = inline && childElements(paragraph).some((e) => e !== sdt && e.nodeName !== "w:pPr");
      // Word on the web also writes a copy after a control that shares its paragraph with other
      // content (office-js issue 1914): the adapter must never fill such a control there.
      if (shared && this.ctx.web) {
        const after = sdt.nextSibling;
        for (const el of put) paragraph.insertBefore(el.cloneNode(true), after);
      }
    }, ooxml);
  }
}

function setSdtPr(owner: XmlDocument, sdt: Element, name: string, value: string): void {
  let pr = child(sdt, "w:sdtPr");
  if (!pr) pr = sdt.insertBefore(owner.createElementNS(W_NS, "w:sdtPr"), sdt.firstChild) as Element;
  let el = child(pr, name);
  if (!el) el = pr.appendChild(owner.createElementNS(W_NS, name)) as Element;
  el.setAttributeNS(W_NS, "w:val", value);
}

/** With tracking on, what the add-in writes becomes a tracked insertion (w:ins around its runs). */
function markTracked(ctx: FakeWordRequestContext, _container: Element, written: Element[]): void {
  if (ctx.pkg.trackingMode === "Off") return;
  const owner = ctx.pkg.owner();
  for (const el of written) {
    for (const r of el.nodeName === "w:r" ? [el] : descendants(el, "w:r")) {
      const ins = owner.createElementNS(W_NS, "w:ins");
      ins.setAttributeNS(W_NS, "w:author", "LAKIP");
      ins.setAttributeNS(W_NS, "w:date", "2026-01-01T00:00:00Z");
      r.parentNode?.insertBefore(ins, r);
      ins.appendChild(r);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Flat OPC

const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const PACKAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package";

function badOoxml(why: string): FakeOfficeError {
  return officeError("InvalidArgument", `The OOXML is not valid: ${why}`);
}

/** The part name a relationship target points at, from the folder of the source part. */
function resolvePart(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target;
  const parts = sourcePart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/**
 * Reads a Flat OPC package as Word's insertOoxml does: well-formed, with /word/document.xml, every
 * internal relationship's part present, a chart with its embedded workbook. Returns the body
 * elements, imported into `owner`.
 */
export function readFlatOpc(owner: XmlDocument, ooxml: string): Element[] {
  // The body (megabytes for a large table) is read by the fast fragment reader straight into the
  // document; the rest of the package (small) by xmldom. Either refuses XML that is not well-formed.
  const open = ooxml.indexOf("<w:body>");
  const close = ooxml.lastIndexOf("</w:body>");
  const split = open >= 0 && close > open;
  let pkg: XmlDocument;
  try {
    pkg = parseXml(split ? ooxml.slice(0, open + 8) + ooxml.slice(close) : ooxml, "OOXML");
  } catch (e) {
    throw badOoxml(e instanceof Error ? e.message : String(e));
  }
  const root = pkg.documentElement as Element;
  if (!root || root.localName !== "package" || root.namespaceURI !== PKG_NS)
    throw badOoxml("the root element is not pkg:package");
  const parts = new Map<string, Element>();
  for (const p of childElements(root)) {
    if (p.localName === "part") parts.set(p.getAttributeNS(PKG_NS, "name") || p.getAttribute("pkg:name") || "", p);
  }
  const main = parts.get("/word/document.xml");
  if (!main) throw badOoxml("no /word/document.xml part");
  const relsOf = (part: string): Element[] => {
    const rels = parts.get(relsPartOf(part));
    return rels ? descendants(rels, "Relationship") : [];
  };
  const check = (part: string): void => {
    for (const rel of relsOf(part)) {
      if (rel.getAttribute("TargetMode") === "External") continue;
      const target = resolvePart(part, rel.getAttribute("Target") ?? "");
      if (!parts.has(target)) throw badOoxml(`relationship ${rel.getAttribute("Id")} points at missing part ${target}`);
      if (rel.getAttribute("Type") === CHART_REL) {
        const embedded = relsOf(target).filter((r) => r.getAttribute("Type") === PACKAGE_REL);
        if (embedded.length === 0) throw badOoxml(`chart ${target} has no embedded workbook`);
        check(target);
      }
    }
  };
  check("/word/document.xml");
  const body = descendants(main, "w:body")[0];
  if (!body) throw badOoxml("the document part has no w:body");
  let elements: Element[];
  if (!split) elements = childElements(body).map((e) => owner.importNode(e, true) as Element);
  else
    try {
      elements = parseBodyFragment(owner, ooxml.slice(open + 8, close));
    } catch (e) {
      throw badOoxml(e instanceof Error ? e.message : String(e));
    }
  return elements.filter((e) => e.nodeName !== "w:sectPr");
}

// ---------------------------------------------------------------------------------------------
// Document, body, sections

class FakeDocument extends Loadable {
  readonly body: FakeBody;
  private mode: TrackingMode = "Off";
  constructor(ctx: FakeWordRequestContext) {
    super(ctx);
    this.body = new FakeBody(ctx, () => ctx.pkg.doc.body(), true);
  }
  get sections(): FakeCollection<FakeSection_> {
    return new FakeCollection(
      this.ctx,
      () => this.ctx.pkg.sections.map((s) => new FakeSection_(this.ctx, s)),
      "Word.SectionCollection",
    );
  }
  get properties(): { customProperties: FakeCustomProperties } {
    this.ctx.api("Word.Document.properties");
    return { customProperties: new FakeCustomProperties(this.ctx) };
  }
  get customXmlParts(): FakeCustomXmlParts {
    this.ctx.api("Word.Document.customXmlParts");
    return new FakeCustomXmlParts(this.ctx, null);
  }
  getSelection(): FakeRange {
    return new FakeRange(this.ctx);
  }
  load(spec?: unknown): this {
    const names = Loadable.names(spec);
    if (names.includes("changeTrackingMode") && !this.ctx.api("Word.Document.changeTrackingMode")) return this;
    this.ctx.enqueue(() => {
      this.mode = this.ctx.pkg.trackingMode;
      this.mark(names);
    });
    return this;
  }
  get changeTrackingMode(): TrackingMode {
    this.need("changeTrackingMode");
    return this.mode;
  }
  set changeTrackingMode(mode: TrackingMode) {
    if (!this.ctx.api("Word.Document.changeTrackingMode")) return;
    this.ctx.enqueue(() => {
      const pkg = this.ctx.pkg;
      if (pkg.trackingLocked === "rejects")
        throw officeError("InvalidOperation", "You can't perform the requested operation.");
      if (pkg.trackingLocked === "ignores") return;
      pkg.trackingMode = mode;
    });
  }
  /** WordApi 1.5: the whole file, headers, footers and page setup included (Word.Document class page). */
  insertFileFromBase64(base64: string, location: string): void {
    if (!this.ctx.api("Word.Document.insertFileFromBase64")) return;
    this.ctx.enqueue(async () => {
      if (location !== "Replace") throw officeError("InvalidArgument", `location ${location}`);
      const file = await readDocx(this.ctx.pkg, base64);
      setBody(this.ctx.pkg, file.body);
      this.ctx.pkg.sections = file.sections;
    }, base64);
  }
}

interface DocxContent {
  body: Element[];
  sections: FakeSection[];
}

/** Reads a .docx (base64) the way Word does for insertFileFromBase64: the body, and each section's header, footer and w:sectPr. */
async function readDocx(pkg: WordPackage, base64: string): Promise<DocxContent> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(base64, { base64: true });
  } catch {
    throw officeError("InvalidArgument", "The file is not a valid .docx (not a zip package).");
  }
  const docXml = await zip.file("word/document.xml")?.async("string");
  if (!docXml) throw officeError("InvalidArgument", "The file has no word/document.xml.");
  const relsXml = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "<Relationships/>";
  const owner = pkg.owner();
  const parsed = parseXml(docXml, "document.xml");
  const body = descendants(parsed.documentElement as Element, "w:body")[0];
  if (!body) throw officeError("InvalidArgument", "The file has no w:body.");
  const rels = descendants(parseXml(relsXml, "rels").documentElement as Element, "Relationship");
  const targetOf = (id: string | null) => rels.find((r) => r.getAttribute("Id") === id)?.getAttribute("Target");
  const sectPrs = descendants(body, "w:sectPr");
  const sections: FakeSection[] = [];
  for (const sp of sectPrs.length ? sectPrs : []) {
    const section = pkg.emptySection();
    for (const [ref, key] of [
      ["w:headerReference", "header"],
      ["w:footerReference", "footer"],
    ] as const) {
      const r = childElements(sp).find((e) => e.nodeName === ref && (wAttr(e, "type") ?? "default") === "default");
      const target = r
        ? targetOf(
            r.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id") ||
              r.getAttribute("r:id"),
          )
        : null;
      const xml = target ? await zip.file(`word/${target}`)?.async("string") : undefined;
      if (xml)
        section[key] = owner.importNode(parseXml(xml, target ?? "header").documentElement as Element, true) as Element;
    }
    section.sectPr = serialize(sp);
    sections.push(section);
  }
  return {
    body: childElements(body)
      .filter((e) => e.nodeName !== "w:sectPr")
      .map((e) => owner.importNode(e, true) as Element),
    sections: sections.length ? sections : [pkg.emptySection()],
  };
}

function setBody(pkg: WordPackage, elements: Element[]): void {
  const body = pkg.doc.body();
  while (body.firstChild) body.removeChild(body.firstChild);
  for (const e of elements) body.appendChild(e);
  pkg.doc.setCursor(null);
}

class FakeBody extends Loadable {
  private textValue = "";
  constructor(
    ctx: FakeWordRequestContext,
    private readonly element: () => Element,
    private readonly isDocumentBody: boolean,
  ) {
    super(ctx);
  }
  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.ctx, this.element);
  }
  get inlinePictures(): FakeCollection<object> {
    return new FakeCollection(
      this.ctx,
      () => descendants(this.element(), "w:drawing").map(() => ({})),
      "Word.InlinePictureCollection",
    );
  }
  get fields(): FakeCollection<FakeField> {
    this.ctx.api("Word.Body.fields");
    return new FakeCollection(
      this.ctx,
      () => fieldsOf(this.element()).map((f) => new FakeField(this.ctx, f)),
      "Word.FieldCollection",
    );
  }
  get text(): string {
    this.need("text");
    return this.textValue;
  }
  load(spec?: unknown): this {
    const names = Loadable.names(spec);
    this.ctx.enqueue(() => {
      this.textValue = textOf(this.element());
      this.mark(names.length ? names : ["text"]);
    });
    return this;
  }
  getTrackedChanges(): FakeCollection<FakeTrackedChange> {
    this.ctx.api("Word.Body.getTrackedChanges");
    return new FakeCollection(
      this.ctx,
      () => this.ctx.pkg.trackedChanges().map((el, i) => new FakeTrackedChange(this.ctx, el, i)),
      "Word.TrackedChangeCollection",
    );
  }
  getComments(): FakeCollection<FakeCommentProxy> {
    this.ctx.api("Word.Body.getComments");
    return new FakeCollection(
      this.ctx,
      () => this.ctx.pkg.comments.map((c) => new FakeCommentProxy(this.ctx, c)),
      "Word.CommentCollection",
    );
  }
  /** Body.insertFileFromBase64 (WordApi 1.1): the file's body only, headers and footers stay (Word.Body class page). */
  insertFileFromBase64(base64: string, location: string): void {
    this.ctx.enqueue(async () => {
      if (!this.isDocumentBody || location !== "Replace")
        throw officeError("InvalidArgument", `insertFileFromBase64 at ${location}`);
      const file = await readDocx(this.ctx.pkg, base64);
      setBody(this.ctx.pkg, file.body);
    }, base64);
  }
  /** Body.insertOoxml (WordApi 1.1), e.g. into a header: "Replace", "Start" or "End". */
  insertOoxml(ooxml: string, location: string): void {
    this.ctx.enqueue(() => {
      const el = this.element();
      const elements = readFlatOpc(this.ctx.pkg.owner(), ooxml);
      if (location === "Replace") while (el.firstChild) el.removeChild(el.firstChild);
      const first = el.firstChild;
      for (const e of elements) {
        if (location === "Start" && first) el.insertBefore(e, first);
        else el.appendChild(e);
      }
    }, ooxml);
  }
}

class FakeSection_ {
  constructor(
    private readonly ctx: FakeWordRequestContext,
    private readonly section: FakeSection,
  ) {}
  /** Section.getHeader / getFooter (WordApi 1.1): "Primary", "FirstPage" or "EvenPages"; the fake keeps the primary one. */
  getHeader(type: string): FakeBody {
    this.ctx.api("Word.Section.getHeader");
    return new FakeBody(this.ctx, () => this.pick(type, "header"), false);
  }
  getFooter(type: string): FakeBody {
    this.ctx.api("Word.Section.getFooter");
    return new FakeBody(this.ctx, () => this.pick(type, "footer"), false);
  }
  private pick(type: string, which: "header" | "footer"): Element {
    if (type !== "Primary")
      throw officeError("InvalidArgument", `The fake keeps the primary ${which} only, not ${type}.`);
    return this.section[which];
  }
}

// ---------------------------------------------------------------------------------------------
// Fields, tracked changes, comments

interface FieldRef {
  code: string;
  /** The element holding the field's result. */
  el: Element;
}

function fieldsOf(root: Element): FieldRef[] {
  const out: FieldRef[] = [];
  for (const f of descendants(root, "w:fldSimple")) out.push({ code: wAttr(f, "instr") ?? "", el: f });
  for (const t of descendants(root, "w:instrText")) out.push({ code: t.textContent ?? "", el: t });
  return out;
}

class FakeField extends Loadable {
  constructor(
    ctx: FakeWordRequestContext,
    private readonly ref: FieldRef,
  ) {
    super(ctx);
    this.mark(["code"]);
  }
  get code(): string {
    this.ctx.api("Word.Field.code");
    this.need("code");
    return this.ref.code;
  }
  updateResult(): void {
    if (!this.ctx.api("Word.Field.updateResult")) return;
    this.ctx.enqueue(() => {
      if (this.ctx.web)
        throw officeError("InvalidOperation", "Field.updateResult: fields cannot be updated in Word on the web.");
      // The fake does not lay out pages: it records the update (the result stays as it was).
      const updates = this.ctx.pkg.fieldUpdates;
      updates.set(this.ref.el, (updates.get(this.ref.el) ?? 0) + 1);
      this.ctx.pkg.fieldUpdateLog.push(this.ref.code.trim());
    });
  }
}

class FakeTrackedChange {
  readonly author: string;
  readonly date: Date;
  readonly text: string;
  readonly type: string;
  constructor(
    private readonly ctx: FakeWordRequestContext,
    el: Element,
    private readonly index: number,
  ) {
    this.author = wAttr(el, "author") ?? "";
    this.date = new Date(wAttr(el, "date") ?? 0);
    this.text =
      el.nodeName === "w:del"
        ? descendants(el, "w:delText")
            .map((t) => t.textContent)
            .join("")
        : textOf(el);
    this.type = el.nodeName === "w:del" ? "Deleted" : "Added";
  }
  getRange(): { select(): void } {
    this.ctx.api("Word.TrackedChange.getRange");
    return { select: () => this.ctx.enqueue(() => void (this.ctx.pkg.selected = `revisi-${this.index}`)) };
  }
}

class FakeCommentProxy {
  readonly id: string;
  readonly authorName: string;
  readonly content: string;
  readonly creationDate: Date;
  readonly resolved: boolean;
  constructor(
    private readonly ctx: FakeWordRequestContext,
    c: FakeComment,
  ) {
    ({
      id: this.id,
      authorName: this.authorName,
      content: this.content,
      creationDate: this.creationDate,
      resolved: this.resolved,
    } = c);
  }
  getRange(): { select(): void } {
    return { select: () => this.ctx.enqueue(() => void (this.ctx.pkg.selected = `komentar-${this.id}`)) };
  }
}

// ---------------------------------------------------------------------------------------------
// Custom properties and custom XML parts

class FakeCustomProperties extends FakeCollection<{ key: string; value: string }> {
  constructor(ctx: FakeWordRequestContext) {
    super(ctx, () => [...ctx.pkg.properties].map(([key, value]) => ({ key, value })), "Word.CustomPropertyCollection");
  }
  /** CustomPropertyCollection.add (WordApi 1.3): "the value ... is limited to 255 characters". */
  add(key: string, value: string): void {
    this.ctx.enqueue(
      () => {
        if (key.length > 255 || String(value).length > 255)
          throw officeError("InvalidArgument", "The custom property key or value is longer than 255 characters.");
        this.ctx.pkg.properties.set(key, String(value));
      },
      key,
      String(value),
    );
  }
}

function namespaceOf(xml: string): string {
  try {
    const root = parseXml(xml, "custom XML").documentElement as Element;
    return root.namespaceURI ?? "";
  } catch {
    return "";
  }
}

class FakeCustomXmlParts extends FakeCollection<FakeCustomXmlPart> {
  constructor(ctx: FakeWordRequestContext, ns: string | null) {
    super(
      ctx,
      () =>
        ctx.pkg.xmlParts
          .filter((p) => ns === null || namespaceOf(p.xml) === ns)
          .map((p) => new FakeCustomXmlPart(ctx, p.id)),
      "Word.CustomXmlPartCollection",
    );
  }
  getByNamespace(ns: string): FakeCustomXmlParts {
    return new FakeCustomXmlParts(this.ctx, ns);
  }
  /** CustomXmlPartCollection.add (WordApi 1.4): the XML must be well-formed. */
  add(xml: string): void {
    this.ctx.enqueue(() => {
      try {
        parseXml(xml, "custom XML");
      } catch {
        throw officeError("InvalidArgument", "The custom XML part is not well-formed.");
      }
      this.ctx.pkg.xmlParts.push({ id: this.ctx.pkg.newPartId(), xml });
    }, xml);
  }
}

class FakeCustomXmlPart {
  constructor(
    private readonly ctx: FakeWordRequestContext,
    readonly id: string,
  ) {}
  private part(): { id: string; xml: string } {
    const p = this.ctx.pkg.xmlParts.find((x) => x.id === this.id);
    if (!p) throw officeError("ItemNotFound", "The custom XML part no longer exists.");
    return p;
  }
  getXml(): { value: string } {
    let value: string | null = null;
    this.ctx.enqueue(() => {
      value = this.part().xml;
    });
    return {
      get value(): string {
        if (value === null) throw notLoaded("ClientResult.value");
        return value;
      },
    };
  }
  setXml(xml: string): void {
    this.ctx.enqueue(() => {
      parseXml(xml, "custom XML");
      this.part().xml = xml;
    }, xml);
  }
  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.pkg.xmlParts = this.ctx.pkg.xmlParts.filter((p) => p.id !== this.id);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Selection: the harness's cursor stands between top-level blocks (an empty paragraph there), or
// inside a paragraph of text (`pkg.cursorInParagraph`), or inside a control (`pkg.cursorInsideControl`)

/** The top-level paragraph the cursor is inside, when it stands in one. */
function paragraphAtCursor(pkg: WordPackage): Element | null {
  if (!pkg.cursorInParagraph) return null;
  const at = pkg.doc.cursor();
  const el = at === null ? undefined : childElements(pkg.doc.body())[at];
  return el && el.nodeName === "w:p" ? el : null;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const EMPTY_CONTROL = "<w:sdt><w:sdtPr/><w:sdtContent><w:p/></w:sdtContent></w:sdt>";

class FakeRange extends Loadable {
  private textValue = "";
  constructor(ctx: FakeWordRequestContext) {
    super(ctx);
  }
  get text(): string {
    this.need("text");
    return this.textValue;
  }
  load(spec?: unknown): this {
    const names = Loadable.names(spec);
    this.ctx.enqueue(() => {
      this.textValue = this.ctx.pkg.doc.selectedText;
      this.mark(names.length ? names : ["text"]);
    });
    return this;
  }
  get parentContentControlOrNullObject(): FakeContentControl {
    this.ctx.api("Word.Range.parentContentControlOrNullObject");
    const pkg = this.ctx.pkg;
    return FakeContentControl.nullable(this.ctx, () =>
      pkg.cursorInsideControl?.parentNode ? pkg.cursorInsideControl : null,
    );
  }
  /** Range.paragraphs (WordApi 1.1): the paragraph the cursor is in. */
  get paragraphs(): FakeCollection<FakeParagraph> {
    return new FakeCollection(
      this.ctx,
      () => [new FakeParagraph(this.ctx, paragraphAtCursor(this.ctx.pkg))],
      "Word.ParagraphCollection",
    );
  }
  /**
   * Range.insertContentControl (WordApi 1.1) at an insertion point: inside a paragraph of text the
   * control is inline (it shares the paragraph); between blocks, a block-level control.
   */
  insertContentControl(): FakeContentControl {
    const ctx = this.ctx;
    return FakeContentControl.pending(ctx, () => {
      const p = paragraphAtCursor(ctx.pkg);
      if (!p) return new FakeParagraph(ctx, null).createAtCursor();
      const [sdt] = parseBodyFragment(ctx.pkg.owner(), "<w:sdt><w:sdtPr/><w:sdtContent/></w:sdt>");
      p.appendChild(sdt);
      return sdt;
    });
  }
}

/**
 * A paragraph: a `<w:p>` of the body, or (null) the empty paragraph at a cursor standing between
 * blocks. `text` is loaded with the collection that made it.
 */
class FakeParagraph extends Loadable {
  constructor(
    ctx: FakeWordRequestContext,
    private el: Element | null,
  ) {
    super(ctx);
    this.mark(["text"]);
  }
  get text(): string {
    this.need("text");
    return this.el ? textOf(this.el) : "";
  }
  /** @internal A block-level rich text control at the cursor (the empty paragraph there becomes it). */
  createAtCursor(): Element {
    const [sdt] = parseBodyFragment(this.ctx.pkg.owner(), EMPTY_CONTROL);
    this.ctx.pkg.doc.insertAtCursor(sdt);
    return sdt;
  }
  /** Paragraph.insertParagraph (WordApi 1.1): a new paragraph "Before" or "After" this one. */
  insertParagraph(text: string, location: string): FakeParagraph {
    const ctx = this.ctx;
    const created = new FakeParagraph(ctx, null);
    ctx.enqueue(() => {
      if (location !== "Before" && location !== "After")
        throw officeError("InvalidArgument", `insertParagraph: location ${location} is not valid for a paragraph.`);
      const [p] = parseBodyFragment(
        ctx.pkg.owner(),
        `<w:p><w:r><w:t xml:space="preserve">${escapeText(text)}</w:t></w:r></w:p>`,
      );
      const el = this.el;
      if (!el) ctx.pkg.doc.insertAtCursor(p);
      else if (!el.parentNode) throw officeError("ItemNotFound", "The requested resource doesn't exist. (paragraph)");
      else el.parentNode.insertBefore(p, location === "After" ? el.nextSibling : el);
      created.el = p;
    }, text);
    return created;
  }
  /** Paragraph.insertContentControl (WordApi 1.1): wraps the whole paragraph in a block-level rich text control. */
  insertContentControl(): FakeContentControl {
    const ctx = this.ctx;
    return FakeContentControl.pending(ctx, () => {
      const el = this.el;
      if (!el) return this.createAtCursor();
      const parent = el.parentNode;
      if (!parent) throw officeError("ItemNotFound", "The requested resource doesn't exist. (paragraph)");
      const [sdt] = parseBodyFragment(ctx.pkg.owner(), "<w:sdt><w:sdtPr/><w:sdtContent/></w:sdt>");
      parent.insertBefore(sdt, el);
      (child(sdt, "w:sdtContent") as Element).appendChild(el);
      return sdt;
    });
  }
}

// ---------------------------------------------------------------------------------------------

/** A runner like Word.run over one package; `contexts` keeps every context it made. */
export function wordDocumentRunner(pkg: WordPackage, options: WordDocumentOfficeOptions = {}) {
  const contexts: FakeWordRequestContext[] = [];
  const run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeWordRequestContext(pkg, options);
    contexts.push(ctx);
    return batch(ctx as unknown as Word.RequestContext);
  };
  return {
    run,
    contexts,
    syncs: () => contexts.flatMap((c) => c.syncs),
    /** `Office.context.requirements.isSetSupported` of this Word. */
    isSetSupported: (set: string, version: string) =>
      set === "WordApi" && compareVersions(version, options.wordApi ?? "1.9") <= 0,
  };
}

/**
 * The common API's custom XML parts (Office.context.document.customXmlParts, Word 2013+) over the
 * same package, for the SOP store on a Word without WordApi 1.4 (callbacks with Office.AsyncResult).
 */
export function commonXmlParts(pkg: WordPackage) {
  const ok = <T>(value: T) => ({ status: "succeeded", value }) as unknown as Office.AsyncResult<T>;
  const partOf = (id: string) => ({
    getXmlAsync: (cb: (r: Office.AsyncResult<string>) => void) =>
      cb(ok(pkg.xmlParts.find((p) => p.id === id)?.xml ?? "")),
    deleteAsync: (cb: (r: Office.AsyncResult<void>) => void) => {
      pkg.xmlParts = pkg.xmlParts.filter((p) => p.id !== id);
      pkg.changed();
      cb(ok(undefined));
    },
  });
  return {
    getByNamespaceAsync(ns: string, cb: (r: Office.AsyncResult<ReturnType<typeof partOf>[]>) => void) {
      cb(ok(pkg.xmlParts.filter((p) => namespaceOf(p.xml) === ns).map((p) => partOf(p.id))));
    },
    addAsync(xml: string, cb: (r: Office.AsyncResult<ReturnType<typeof partOf>>) => void) {
      const id = pkg.newPartId();
      pkg.xmlParts.push({ id, xml });
      pkg.changed();
      cb(ok(partOf(id)));
    },
  };
}

/**
 * The common API's PDF export (Office.context.document.getFileAsync(Office.FileType.Pdf), PdfFile
 * 1.1) over the package: a one-page PDF holding the document's text, in slices ("Office.File"
 * page: getSliceAsync, sliceCount, closeAsync).
 */
export function commonPdfSource(pkg: WordPackage) {
  const ok = <T>(value: T) => ({ status: "succeeded", value }) as unknown as Office.AsyncResult<T>;
  return {
    getFileAsync(
      _type: Office.FileType,
      options: { sliceSize: number },
      cb: (r: Office.AsyncResult<Office.File>) => void,
    ) {
      const text = pkg.doc
        .text()
        .replace(/[()\\]/g, " ")
        .slice(0, 2000);
      const bytes = new TextEncoder().encode(
        `%PDF-1.4\n% LAKIP\n1 0 obj << /Length ${text.length} >> stream\n${text}\nendstream endobj\n%%EOF\n`,
      );
      const size = Math.max(1, options.sliceSize);
      const sliceCount = Math.ceil(bytes.length / size);
      const file = {
        size: bytes.length,
        sliceCount,
        getSliceAsync: (i: number, done: (r: Office.AsyncResult<Office.Slice>) => void) =>
          done(
            ok({ data: Array.from(bytes.slice(i * size, (i + 1) * size)), index: i, size } as unknown as Office.Slice),
          ),
        closeAsync: (done?: (r: Office.AsyncResult<void>) => void) => done?.(ok(undefined)),
      } as unknown as Office.File;
      cb(ok(file));
    },
  };
}

/**
 * A document mid-review (the harness's `sop=demo`): a reviewer's paragraph with two tracked
 * changes by the Sekretaris (an insertion and a deletion) and an open comment of the Kepala Dinas.
 */
export function seedReviewDemo(pkg: WordPackage): void {
  const [p] = parseBodyFragment(
    pkg.owner(),
    '<w:p><w:r><w:t xml:space="preserve">Catatan koreksi: </w:t></w:r>' +
      '<w:ins w:id="901" w:author="Sekretaris" w:date="2026-11-20T09:00:00Z"><w:r><w:t>Capaian sasaran 1 sebesar 105,26%</w:t></w:r></w:ins>' +
      '<w:del w:id="902" w:author="Sekretaris" w:date="2026-11-20T09:05:00Z"><w:r><w:delText>cukup baik</w:delText></w:r></w:del></w:p>',
  );
  pkg.doc.body().appendChild(p);
  pkg.comments.push({
    id: "1",
    authorName: "Kepala Dinas",
    content: "Tambahkan faktor penghambat",
    creationDate: new Date("2026-11-21T08:00:00Z"),
    resolved: false,
  });
  pkg.changed();
}
