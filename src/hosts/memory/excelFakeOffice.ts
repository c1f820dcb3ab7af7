/**
 * A fake Office.js Excel workbook that follows the load/sync semantics of the real API: reading
 * a property that was not loaded (and synced) throws, loads take effect at `context.sync()`,
 * writes apply in order. It counts `context.sync()` calls. Text written into a cell whose number
 * format is not "@" and that starts with "=" becomes a formula, as in Excel, so tests can
 * prove the adapter never lets user text become a formula.
 *
 * Covers the part of the API the Excel adapter uses (src/hosts/excel/office*.ts). Used by the
 * adapter tests, the benchmark and the in-memory host of the browser harness.
 *
 * Where Microsoft documents a behaviour, the fake follows that page (named at each place):
 * - load/sync, PropertyNotLoaded, *OrNullObject and `isNullObject` loaded by every sync:
 *   "Application-specific API model" (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 * - Error codes (ItemNotFound, ItemAlreadyExists, InvalidArgument, InvalidOperation, ApiNotFound):
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 *   They surface at `context.sync()`, never at the call: a call only queues a command; the
 *   commands before a refused one have run, the refused one and the rest of the batch have not
 *   (deferToSync in ./officeFakeRules.ts; the fake applies a command at its call, so a refusal
 *   stops the batch there).
 * - The request size counts each operation besides its values ("The payload size of a request is
 *   a combination of ... the number of API calls, the number of objects ... the length of value
 *   to be set": "Payload size limit best practices",
 *   https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 * - Data-validation rules are checked as Excel.DataValidationRule, Excel.BasicDataValidation and
 *   Excel.ListDataValidation describe them; a refused rule is not applied.
 * - `Worksheet.getUsedRange`: "If the entire worksheet is blank, this function will return the top
 *   left cell (i.e. it will *not* throw an error)"; `getUsedRangeOrNullObject`: a null object on a
 *   blank sheet (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
 * - The 5 MB request/response limit of Excel on the web ("Resource limits and performance
 *   optimization for Office Add-ins") when the workbook is created with `{ web: true }`.
 * - A requirement-set level (`{ apiLevel: { ExcelApi: "1.7" } }`): members above it are refused
 *   with ApiNotFound, from the table generated from @types/office-js (./officeFakeRules.ts).
 */
import type { Cell, MergeRange, WorkbookGrid } from "../../core/grid";
import { a1, columnLetters, parseA1 } from "../../core/grid";
import {
  WEB_PAYLOAD_LIMIT,
  OFFICE_CLASS,
  deferToSync,
  notLoaded,
  officeError,
  tagOfficeClasses,
  tagged,
  withApiLevel,
  type ApiLevel,
} from "./officeFakeRules";

const MAX_ROW = 1_048_575;
/**
 * Bytes each queued operation adds to a request besides its values: the request is JSON, each
 * action carrying its object path, ids and method name (what "Resource limits and performance
 * optimization for Office Add-ins" counts towards the 5 MB). An estimate: the fake does not see
 * Office's wire format.
 */
export const OPERATION_OVERHEAD = 100;
/** Range.getMergedAreasOrNullObject fails above this many merged areas (Excel.Range class page). */
export const MAX_MERGED_AREAS = 512;
const MAX_COL = 16_383;

export interface FakeCell {
  value: string | number | boolean;
  /** Excel error value shown ("#N/A"), when the cell holds one. */
  error?: string;
  /** Formula text, when the cell holds a formula. */
  formula?: string;
}

export interface FakeValidation {
  address: string;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

let nextSheetId = 1;
function newSheetId(): string {
  return `{00000000-0001-0000-0000-${String(nextSheetId++).padStart(12, "0")}}`;
}

export class FakeSheet {
  /**
   * Worksheet.id: kept through a rename within a session, but not stable across sessions: a
   * reopened workbook gives its sheets new ids (office-js-docs-reference issue 297, office-js
   * issue 1390), see FakeWorkbook.reopen.
   */
  id = newSheetId();
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  readonly cells = new Map<string, FakeCell>();
  readonly formats = new Map<string, string>();
  readonly fills = new Map<string, string>();
  readonly validations: FakeValidation[] = [];
  readonly merges: MergeRange[] = [];
  readonly charts: { type: string; source: string; title: string }[] = [];
  freeze: { rows: number; columns: number } = { rows: 0, columns: 0 };
  /** Formatting writes besides fills (font, borders, widths): counted, not modelled. */
  formatWrites = 0;
  constructor(public name: string) {}

  key(row: number, col: number): string {
    return `${row},${col}`;
  }
  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(this.key(row, col));
  }
  numberFormat(row: number, col: number): string {
    return this.formats.get(this.key(row, col)) ?? "General";
  }
  /** Bounding box of cells with values, or null when empty. */
  usedArea(): MergeRange | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

/** Parses "A1", "A1:C3", "A:C", "1:12" (optionally "Sheet!" prefixed) into a 0-based rectangle. */
export function parseRef(address: string): MergeRange {
  const ref = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [p, q = p] = ref.replace(/\$/g, "").split(":");
  const rowOnly = /^\d+$/;
  const colOnly = /^[A-Za-z]{1,3}$/;
  if (rowOnly.test(p) && rowOnly.test(q)) return { top: Number(p) - 1, bottom: Number(q) - 1, left: 0, right: MAX_COL };
  if (colOnly.test(p) && colOnly.test(q)) {
    const l = parseA1(`${p}1`)!.col;
    const r = parseA1(`${q}1`)!.col;
    return { top: 0, bottom: MAX_ROW, left: l, right: r };
  }
  const tl = parseA1(p);
  const br = parseA1(q);
  if (!tl || !br)
    throw fakeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${address}`);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

const fakeError = officeError;

const quoteSheet = (name: string) => (/^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
const areaAddress = (sheet: string, r: MergeRange) => {
  const tl = a1(r.top, r.left);
  const br = a1(r.bottom, r.right);
  return `${quoteSheet(sheet)}!${tl === br ? tl : `${tl}:${br}`}`;
};

function evaluateFormula(formula: string): string {
  const body = formula.slice(1).trim().toUpperCase();
  if (body === "NA()") return "#N/A";
  if (body === "1/0") return "#DIV/0!";
  if (/^#[A-Z0-9/]+[!?A]?$/.test(body)) return body;
  return "#NAME?";
}

export interface FakeWorkbookOptions {
  /** Highest requirement set versions this "Excel" supports (null: every set, as Microsoft 365). */
  apiLevel?: ApiLevel | null;
  /** Excel on the web: requests and responses over 5 MB fail. */
  web?: boolean;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  apiLevel: ApiLevel | null = null;
  /** Bytes a request or a response may carry (Excel on the web: 5 MB), or null for desktop Excel. */
  payloadLimit: number | null = null;
  /** Largest request and response of any sync so far (approximate JSON bytes). */
  largestRequest = 0;
  largestResponse = 0;
  readonly settings = new Map<string, unknown>();
  readonly custom = new Map<string, string>();
  selection: { sheet: string; address: string } | null = null;
  active = "";
  syncCount = 0;
  /** Workbooks opened with Excel.createWorkbook (Base64 .xlsx), for the harness. */
  readonly createdWorkbooks: string[] = [];
  /** Largest number of operations queued in one request (a stand-in for the request size). */
  private listeners = new Set<() => void>();
  private version = 0;

  /**
   * The user closes the workbook and opens it again: the file keeps its cells, fills, settings and
   * custom properties, but every worksheet gets a new id (Worksheet.id is not stable across
   * sessions: office-js-docs-reference issue 297, office-js issue 1390).
   */
  reopen(): void {
    for (const s of this.sheets) s.id = newSheetId();
    this.selection = null;
  }

  static fromGrid(grid: WorkbookGrid, options: FakeWorkbookOptions = {}): FakeWorkbook {
    const wb = new FakeWorkbook();
    wb.apiLevel = options.apiLevel ?? null;
    wb.payloadLimit = options.web ? WEB_PAYLOAD_LIMIT : null;
    for (const s of grid.sheets) {
      const sheet = new FakeSheet(s.name);
      s.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell) return;
          setCell(sheet, r, c, cell);
        }),
      );
      for (const m of s.merges ?? []) sheet.merges.push({ ...m });
      wb.sheets.push(sheet);
    }
    for (const [k, v] of Object.entries(grid.customProperties ?? {})) wb.custom.set(k, v);
    wb.active = wb.sheets[0]?.name ?? "";
    return wb;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Rewrites `Name!`/`'Name'!` references in every formula (rename: the new name; delete: "#REF"). */
  rewriteReferences(oldName: string, replacement: string): void {
    const escaped = oldName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const quoted = `'${oldName.replace(/'/g, "''")}'`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(${quoted}|\\b${escaped})!`, "gi");
    for (const s of this.sheets)
      for (const cell of s.cells.values()) {
        if (!cell.formula || !re.test(cell.formula)) continue;
        re.lastIndex = 0;
        cell.formula = cell.formula.replace(re, `${replacement}!`);
        if (replacement === "#REF") {
          cell.formula = cell.formula.replace(/#REF![$A-Z0-9:]*/g, "#REF!");
          cell.value = "#REF!";
          cell.error = "#REF!";
        }
      }
  }

  /** Excel.run over this workbook. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const raw = new FakeContext(this);
    // A member above the level fails the next sync with ApiNotFound, as Office does; so does every
    // other Office error of a call or a write, and the rest of that batch is not applied (deferToSync).
    const context = deferToSync(
      withApiLevel(raw, this.apiLevel, (error) => raw.failAtSync(error)),
      (error) => raw.failAtSync(error),
      () => raw.failing,
    );
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      this.changed();
    }
  };

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  snapshot(): number {
    return this.version;
  }
  changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

function setCell(sheet: FakeSheet, r: number, c: number, cell: Cell): void {
  const key = sheet.key(r, c);
  switch (cell.t) {
    case "n":
      sheet.cells.set(key, { value: cell.v });
      if (cell.f) sheet.formats.set(key, cell.f);
      break;
    case "e":
      sheet.cells.set(key, { value: cell.v, error: cell.v, formula: "=" + cell.v });
      break;
    case "d": {
      const ms = Date.parse(cell.v.length <= 10 ? `${cell.v}T00:00:00Z` : cell.v);
      sheet.cells.set(key, { value: ms / 86_400_000 + 25569 });
      sheet.formats.set(key, "dd/mm/yyyy");
      break;
    }
    default:
      sheet.cells.set(key, { value: cell.v });
      if (cell.t === "s") sheet.formats.set(key, "@");
  }
}

type Task = () => void;

const jsonBytes = (v: unknown) => (v === undefined ? 0 : JSON.stringify(v).length);

class FakeContext {
  readonly workbook: FakeWorkbookObject;
  private queue: Task[] = [];
  /** Syncs of this context so far (a null object's isNullObject is readable after the next one). */
  syncs = 0;
  /** Approximate bytes of the writes queued since the last sync, and of the values loaded by it. */
  requestBytes = 0;
  responseBytes = 0;
  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookObject(this);
  }
  enqueue(t: Task): void {
    this.queue.push(t);
    this.requestBytes += OPERATION_OVERHEAD;
  }
  private failures: Error[] = [];
  /** A queued call Office would refuse: the refusal surfaces at the next sync, not at the call. */
  failAtSync(error: Error): void {
    this.failures.push(error);
  }
  /** A refusal is waiting for the next sync: the rest of the batch is not applied. */
  get failing(): boolean {
    return this.failures.length > 0;
  }
  private undo: (() => void)[] = [];
  /** Forgets what a load of the current sync brought when the sync fails. */
  undoOnFailure(f: () => void): void {
    this.undo.push(f);
  }
  /** Counts the bytes a write adds to the request, with the operation's own overhead. */
  sent(value: unknown): void {
    this.requestBytes += OPERATION_OVERHEAD + jsonBytes(value);
  }
  /** Counts the bytes a load adds to the response. */
  received(value: unknown): void {
    this.responseBytes += jsonBytes(value);
  }
  async sync(): Promise<void> {
    this.book.syncCount++;
    this.syncs++;
    const tasks = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    this.undo = [];
    for (const t of tasks) t();
    const failed = this.failures;
    this.failures = [];
    if (failed.length > 0) {
      this.requestBytes = 0;
      throw failed[0];
    }
    const request = this.requestBytes;
    const response = this.responseBytes;
    this.requestBytes = 0;
    this.responseBytes = 0;
    await Promise.resolve();
    // Resource limits and performance optimization for Office Add-ins: "Excel on the web has a
    // payload size limit for requests and responses of 5MB". (The fake has applied the writes
    // already; real Excel would refuse the whole request. Either way the batch fails.)
    const limit = this.book.payloadLimit;
    if (limit !== null && request > limit)
      throw fakeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    if (limit !== null && response > limit) {
      for (const undo of this.undo) undo();
      throw fakeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    // Largest request and response that went through.
    this.book.largestRequest = Math.max(this.book.largestRequest, request);
    this.book.largestResponse = Math.max(this.book.largestResponse, response);
  }
}

/** Base of loadable proxies: properties are readable only after load + sync. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  protected synced = false;
  /** The sync count of the context when this proxy was made. */
  private readonly bornAt: number;
  constructor(protected readonly ctx: FakeContext) {
    this.bornAt = ctx.syncs;
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    const names =
      typeof props === "string"
        ? props
            .split(",")
            .map((p) => p.trim())
            .filter(Boolean)
        : Array.isArray(props)
          ? props
          : [];
    this.ctx.enqueue(() => {
      this.synced = true;
      for (const n of names) {
        const v = this.snapshot(n);
        this.ctx.received(v);
        this.loaded.set(n, v);
      }
      this.ctx.undoOnFailure(() => {
        for (const n of names) this.loaded.delete(n);
      });
    });
    return this;
  }
  protected snapshot(name: string): unknown {
    throw fakeError("InvalidArgument", `Properti "${name}" tidak dapat dimuat di objek palsu ini.`);
  }
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }
  /** "Office automatically loads this property when context.sync is called" (application-specific API model). */
  protected readNull(): boolean {
    if (!this.synced && this.ctx.syncs <= this.bornAt) throw notLoaded("isNullObject");
    return this.isNull();
  }
  protected isNull(): boolean {
    return false;
  }
  get isNullObject(): boolean {
    return this.readNull();
  }
}

class FakeWorkbookObject {
  readonly worksheets: FakeWorksheets;
  readonly settings: FakeSettings;
  readonly properties: { custom: FakeCustomProperties };
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
    this.properties = tagged("Excel.DocumentProperties", { custom: new FakeCustomProperties(ctx) });
  }
}

class FakeWorksheets extends Loadable {
  private _items: FakeWorksheet[] | null = null;
  override load(props?: string | string[]): this {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : (props ?? []);
    const itemProps = list.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.ctx.enqueue(() => {
      this._items = this.ctx.book.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, s);
        w.preload(itemProps);
        return w;
      });
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this._items) throw notLoaded("items");
    return this._items;
  }
  getItem(name: string): FakeWorksheet {
    const s = this.ctx.book.sheet(name);
    // getItem of a missing name: ItemNotFound (application-specific API model, *OrNullObject section).
    if (!s) throw fakeError("ItemNotFound", `The requested resource doesn't exist. (worksheet "${name}")`);
    return new FakeWorksheet(this.ctx, s);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const s = this.ctx.book.sheet(name);
    return new FakeWorksheet(this.ctx, s ?? null);
  }
  add(name: string): FakeWorksheet {
    if (this.ctx.book.sheet(name))
      throw fakeError("ItemAlreadyExists", `The resource being created already exists. (worksheet "${name}")`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw fakeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${name})`);
    const s = new FakeSheet(name);
    this.ctx.book.sheets.push(s);
    return new FakeWorksheet(this.ctx, s);
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet | null,
  ) {
    super(ctx);
  }
  private get s(): FakeSheet {
    if (!this.sheet) throw fakeError("ItemNotFound", "The requested resource doesn't exist. (null object)");
    // A proxy of a sheet deleted since (in this or another batch) no longer resolves.
    if (!this.ctx.book.sheets.includes(this.sheet))
      throw fakeError("ItemNotFound", `The requested resource doesn't exist. (worksheet "${this.sheet.name}")`);
    return this.sheet;
  }
  protected override isNull(): boolean {
    return this.sheet === null;
  }
  /** Called at sync time by a collection load ("items/name"). */
  preload(props: string[]): void {
    this.synced = true;
    for (const p of props) this.loaded.set(p, this.snapshot(p));
  }
  protected override snapshot(name: string): unknown {
    // A null object loads without error; its properties hold nothing.
    if (this.sheet === null) return undefined;
    if (name === "name") return this.s.name;
    if (name === "id") return this.s.id;
    if (name === "visibility") return this.s.visibility;
    if (name === "isNullObject") return this.isNull();
    return super.snapshot(name);
  }
  get name(): string {
    return this.read<string>("name");
  }
  set name(v: string) {
    if (this.ctx.book.sheet(v) && this.ctx.book.sheet(v) !== this.s) throw fakeError("ItemAlreadyExists", v);
    if (this.ctx.book.active === this.s.name) this.ctx.book.active = v;
    // As in Excel, formulas that refer to the sheet follow the new name.
    this.ctx.book.rewriteReferences(this.s.name, quoteSheet(v));
    this.s.name = v;
  }
  get id(): string {
    return this.read<string>("id");
  }
  get visibility(): string {
    return this.read<string>("visibility");
  }
  set visibility(v: string) {
    this.s.visibility = v as FakeSheet["visibility"];
  }
  set tabColor(v: string) {
    this.s.tabColor = v;
  }
  delete(): void {
    const book = this.ctx.book;
    const sheet = this.s;
    const i = book.sheets.indexOf(sheet);
    if (book.sheets.filter((x) => x.visibility === "Visible" && x !== sheet).length === 0)
      throw fakeError("InvalidOperation", "The operation attempted is invalid on the object. (last visible sheet)");
    book.sheets.splice(i, 1);
    // As in Excel, formulas elsewhere that referred to the deleted sheet become #REF!.
    book.rewriteReferences(sheet.name, "#REF");
    if (book.active === sheet.name) book.active = book.sheets[0]?.name ?? "";
    if (book.selection?.sheet === sheet.name) book.selection = null;
  }
  /** Excel cannot show a hidden sheet: activate fails (issue 8, defect 10; the error code is not documented, InvalidOperation here). */
  activate(): void {
    if (this.s.visibility !== "Visible")
      throw fakeError("InvalidOperation", "The operation attempted is invalid on the object. (hidden sheet)");
    this.ctx.book.active = this.s.name;
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.ctx,
      this.s,
      address ? parseRef(address) : { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL },
    );
  }
  getRanges(address: string): FakeRangeAreas {
    if (address.length > 8192) throw fakeError("InvalidArgument", "Alamat getRanges lebih dari 8.192 karakter.");
    return new FakeRangeAreas(this.ctx, this.s, address.split(",").map(parseRef));
  }
  /** Worksheet.getUsedRange: "If the entire worksheet is blank, this function will return the top left cell (i.e. it will *not* throw an error)." */
  getUsedRange(_valuesOnly?: boolean): FakeRange {
    const area = this.s.usedArea() ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return new FakeRange(this.ctx, this.s, area);
  }
  /** Worksheet.getUsedRangeOrNullObject: "If the entire worksheet is blank, then this method will return an object with its isNullObject property set to true." */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const area = this.s.usedArea();
    return new FakeRange(this.ctx, this.s, area, true);
  }
  get freezePanes() {
    const s = this.s;
    return tagged("Excel.WorksheetFreezePanes", {
      freezeRows: (n: number) => {
        s.freeze = { rows: n, columns: 0 };
      },
      freezeAt: (r: FakeRange) => {
        const a = r.area!;
        s.freeze = { rows: a.bottom + 1, columns: a.right + 1 };
      },
    });
  }
  get charts() {
    const s = this.s;
    const ctx = this.ctx;
    const proxyOf = (chart: FakeSheet["charts"][number]) =>
      tagged("Excel.Chart", {
        title: tagged("Excel.ChartTitle", {
          set text(t: string) {
            chart.title = t;
          },
        }),
        legend: tagged("Excel.ChartLegend", { visible: true }),
        setPosition: (_start: string, _end?: string) => undefined,
        delete: () => {
          const i = s.charts.indexOf(chart);
          if (i >= 0) s.charts.splice(i, 1);
        },
      });
    let items: ReturnType<typeof proxyOf>[] | null = null;
    const collection = tagged("Excel.ChartCollection", {
      add: (type: string, source: FakeRange, _seriesBy?: string) => {
        const chart = { type, source: areaAddress(s.name, source.area!), title: "" };
        s.charts.push(chart);
        return proxyOf(chart);
      },
      load: (_props?: string) => {
        ctx.enqueue(() => {
          items = s.charts.map(proxyOf);
        });
        return collection;
      },
      get items() {
        if (!items) throw notLoaded("items");
        return items;
      },
    });
    return collection;
  }
}

class FakeFill extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly areas: MergeRange[],
  ) {
    super(ctx);
  }
  protected override snapshot(name: string): unknown {
    const first = this.areas[0];
    const fill = this.sheet.fills.get(this.sheet.key(first.top, first.left));
    if (name === "color") return fill ?? "#FFFFFF";
    if (name === "pattern") return fill ? "Solid" : "None";
    return super.snapshot(name);
  }
  get color(): string {
    return this.read<string>("color");
  }
  get pattern(): string {
    return this.read<string>("pattern");
  }
  private each(f: (key: string) => void): void {
    for (const a of this.areas) {
      if ((a.bottom - a.top + 1) * (a.right - a.left + 1) > 100_000)
        throw fakeError("InvalidArgument", "Isian warna untuk rentang sebesar ini tidak didukung objek palsu.");
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) f(this.sheet.key(r, c));
    }
  }
  set color(v: string) {
    const color = v.toUpperCase();
    this.each((k) => this.sheet.fills.set(k, color));
  }
  clear(): void {
    this.each((k) => this.sheet.fills.delete(k));
  }
}

/** Font, borders, alignment, sizes: accepted and counted. */
function formatSink(sheet: FakeSheet, officeClass: string): Record<string, unknown> {
  const count = () => {
    sheet.formatWrites++;
    return true;
  };
  const sink: Record<string, unknown> = new Proxy(
    {},
    {
      set: count,
      get: (_t, p) =>
        p === OFFICE_CLASS
          ? officeClass
          : p === "getItem"
            ? () => formatSink(sheet, "Excel.RangeBorder")
            : p === "then"
              ? undefined
              : formatSink(sheet, officeClass),
    },
  );
  return sink;
}

class FakeFormat {
  readonly fill: FakeFill;
  readonly font: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  constructor(ctx: FakeContext, sheet: FakeSheet, areas: MergeRange[]) {
    this.fill = new FakeFill(ctx, sheet, areas);
    this.font = formatSink(sheet, "Excel.RangeFont");
    this.borders = tagged("Excel.RangeBorderCollection", { getItem: () => formatSink(sheet, "Excel.RangeBorder") });
    const count = () => sheet.formatWrites++;
    for (const p of ["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth", "rowHeight"])
      Object.defineProperty(this, p, { set: count, get: () => undefined, enumerable: true });
  }
}

class FakeRangeAreas extends Loadable {
  readonly format: FakeFormat;
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly areas: MergeRange[],
  ) {
    super(ctx);
    this.format = new FakeFormat(ctx, sheet, areas);
  }
  protected override snapshot(name: string): unknown {
    if (name === "address") return this.areas.map((a) => areaAddress(this.sheet.name, a)).join(",");
    return super.snapshot(name);
  }
  get address(): string {
    return this.read<string>("address");
  }
}

class FakeMergedAreas extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return this.sheet.merges.length === 0;
  }
  protected override snapshot(name: string): unknown {
    // Excel.Range getMergedAreasOrNullObject (ExcelApi 1.13): "if the merged areas count in this
    // range is more than 512, then this method will fail to return the result" (Excel.Range class
    // page). The error code is not documented; the fake uses InvalidOperation, at sync.
    if (this.sheet.merges.length > MAX_MERGED_AREAS)
      throw fakeError("InvalidOperation", "The merged areas count in this range is more than 512.");
    if (name === "address") return this.sheet.merges.map((a) => areaAddress(this.sheet.name, a)).join(",");
    return super.snapshot(name);
  }
  get address(): string {
    return this.read<string>("address");
  }
}

class FakeRange extends Loadable {
  readonly format: FakeFormat;
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet,
    readonly area: MergeRange | null,
    private readonly nullable = false,
  ) {
    super(ctx);
    this.format = new FakeFormat(ctx, sheet, area ? [area] : []);
  }
  protected override isNull(): boolean {
    return this.nullable && this.area === null;
  }
  private get a(): MergeRange {
    if (!this.area) throw fakeError("ItemNotFound", "The requested resource doesn't exist. (null range)");
    return this.area;
  }
  private grid<T>(f: (r: number, c: number) => T): T[][] {
    const a = this.a;
    if ((a.bottom - a.top + 1) * (a.right - a.left + 1) > 5_000_000)
      throw fakeError("InvalidArgument", "Rentang terlalu besar untuk dimuat.");
    const out: T[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: T[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(f(r, c));
      out.push(row);
    }
    return out;
  }
  protected override snapshot(name: string): unknown {
    const s = this.sheet;
    // A null object (getUsedRangeOrNullObject on a blank sheet) loads without error and holds nothing.
    if (this.area === null) return undefined;
    switch (name) {
      case "values":
        return this.grid((r, c) => s.get(r, c)?.value ?? "");
      case "numberFormat":
        return this.grid((r, c) => s.numberFormat(r, c));
      case "valueTypes":
        return this.grid((r, c) => {
          const cell = s.get(r, c);
          if (!cell) return "Empty";
          if (cell.error) return "Error";
          if (typeof cell.value === "number") return Number.isInteger(cell.value) ? "Integer" : "Double";
          if (typeof cell.value === "boolean") return "Boolean";
          return "String";
        });
      case "address":
        return areaAddress(s.name, this.a);
      case "formulas":
        return this.grid((r, c) => s.get(r, c)?.formula ?? s.get(r, c)?.value ?? "");
      default:
        return super.snapshot(name);
    }
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  get valueTypes(): unknown[][] {
    return this.read("valueTypes");
  }
  get address(): string {
    return this.read("address");
  }
  private checkShape(v: unknown[][]): void {
    const a = this.a;
    if (v.length !== a.bottom - a.top + 1 || v.some((row) => row.length !== a.right - a.left + 1))
      throw fakeError("InvalidArgument", "Ukuran larik tidak sama dengan ukuran rentang.");
  }
  set numberFormat(v: unknown[][]) {
    this.checkShape(v);
    this.ctx.sent(v);
    const a = this.a;
    v.forEach((row, i) =>
      row.forEach((f, j) => {
        const k = this.sheet.key(a.top + i, a.left + j);
        if (f === "General" || f === "" || f == null) this.sheet.formats.delete(k);
        else this.sheet.formats.set(k, String(f));
      }),
    );
  }
  set values(v: unknown[][]) {
    this.checkShape(v);
    this.ctx.sent(v);
    const a = this.a;
    v.forEach((row, i) =>
      row.forEach((value, j) => {
        const r = a.top + i;
        const c = a.left + j;
        const k = this.sheet.key(r, c);
        if (value === "" || value === null || value === undefined) {
          this.sheet.cells.delete(k);
          return;
        }
        if (typeof value === "string" && value.startsWith("=") && this.sheet.numberFormat(r, c) !== "@") {
          const err = evaluateFormula(value);
          this.sheet.cells.set(k, { value: err, error: err, formula: value });
          return;
        }
        this.sheet.cells.set(k, { value: value as string | number | boolean });
      }),
    );
  }
  merge(_across?: boolean): void {
    this.sheet.merges.push({ ...this.a });
  }
  /** Range.unmerge: merged areas inside the range become single cells again. */
  unmerge(): void {
    const a = this.a;
    const keep = this.sheet.merges.filter((m) => !inside(m, a));
    this.sheet.merges.splice(0, this.sheet.merges.length, ...keep);
  }
  /** Range.clear("All" by default): values, formats, fills, data validation of the range go. */
  clear(_applyTo?: string): void {
    const a = this.a;
    const s = this.sheet;
    for (const map of [s.cells, s.formats, s.fills] as Map<string, unknown>[])
      for (const k of [...map.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (r >= a.top && r <= a.bottom && c >= a.left && c <= a.right) map.delete(k);
      }
    const validations = s.validations.filter((v) => !inside(parseRef(v.address), a));
    s.validations.splice(0, s.validations.length, ...validations);
    this.ctx.sent(1);
  }
  select(): void {
    const tl = a1(this.a.top, this.a.left);
    const br = a1(this.a.bottom, this.a.right);
    this.ctx.book.selection = { sheet: this.sheet.name, address: tl === br ? tl : `${tl}:${br}` };
    this.ctx.book.active = this.sheet.name;
  }
  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.ctx, this.sheet);
  }
  get dataValidation() {
    const sheet = this.sheet;
    const address = areaAddress(sheet.name, this.a);
    let entry: FakeValidation | undefined;
    const get = () => {
      if (!entry) {
        entry = { address, rule: null };
        sheet.validations.push(entry);
      }
      return entry;
    };
    return tagged("Excel.DataValidation", {
      clear: () => {
        const i = sheet.validations.findIndex((x) => x.address === address);
        if (i >= 0) sheet.validations.splice(i, 1);
      },
      set rule(r: unknown) {
        const problem = ruleProblem(r);
        if (problem) throw fakeError("InvalidArgument", `DataValidation.rule: ${problem}`);
        get().rule = r;
      },
      set prompt(p: unknown) {
        const problem = messageProblem(p as { title?: string; message?: string }, 255);
        if (problem) throw fakeError("InvalidArgument", `DataValidation.prompt: ${problem}`);
        get().prompt = p;
      },
      set errorAlert(e: unknown) {
        const problem = messageProblem(e as { title?: string; message?: string }, 225);
        if (problem) throw fakeError("InvalidArgument", `DataValidation.errorAlert: ${problem}`);
        get().errorAlert = e;
      },
      set ignoreBlanks(_b: boolean) {
        get();
      },
    });
  }
}

/**
 * What Excel refuses in a data-validation rule (Excel.DataValidationRule: exactly one of its
 * types; Excel.BasicDataValidation: formula1 always, formula2 for Between/NotBetween, an operator
 * of Excel.DataValidationOperator; Excel.ListDataValidation: a source, typed lists at most 255
 * characters, the limit of Excel's Data Validation dialog).
 */
function ruleProblem(rule: unknown): string | null {
  if (typeof rule !== "object" || rule === null) return "no rule";
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1) return `exactly one rule type expected, got ${kinds.join(", ") || "none"}`;
  const [kind] = kinds;
  const body = (rule as Record<string, Record<string, unknown>>)[kind];
  if (kind === "list") {
    const source = body.source;
    if (typeof source !== "string" || source === "") return "list without source";
    if (source.length > 255) return "a typed list longer than 255 characters";
    return null;
  }
  if (["wholeNumber", "decimal", "date", "time", "textLength"].includes(kind)) {
    const ops = [
      "Between",
      "NotBetween",
      "EqualTo",
      "NotEqualTo",
      "GreaterThan",
      "LessThan",
      "GreaterThanOrEqualTo",
      "LessThanOrEqualTo",
    ];
    if (!ops.includes(String(body.operator))) return `operator ${String(body.operator)}`;
    if (body.formula1 === undefined || body.formula1 === "") return "formula1 missing";
    if (
      (body.operator === "Between" || body.operator === "NotBetween") &&
      (body.formula2 === undefined || body.formula2 === "")
    )
      return "formula2 missing for Between";
    return null;
  }
  if (kind === "custom") return typeof body.formula === "string" ? null : "custom without formula";
  return `unknown rule type ${kind}`;
}

/** Excel's Data Validation dialog: a title of at most 32 characters, a message of at most `max`. */
function messageProblem(m: { title?: string; message?: string } | null | undefined, max: number): string | null {
  if (!m) return null;
  if ((m.title ?? "").length > 32) return "title longer than 32 characters";
  if ((m.message ?? "").length > max) return `message longer than ${max} characters`;
  return null;
}

class FakeSetting extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return !this.ctx.book.settings.has(this.key);
  }
  protected override snapshot(name: string): unknown {
    if (name === "value") return this.ctx.book.settings.get(this.key);
    return super.snapshot(name);
  }
  get value(): unknown {
    return this.read("value");
  }
  delete(): void {
    this.ctx.book.settings.delete(this.key);
  }
}

class FakeSettings {
  constructor(private readonly ctx: FakeContext) {}
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
  add(key: string, value: unknown): void {
    this.ctx.book.settings.set(key, JSON.parse(JSON.stringify(value)));
  }
}

class FakeCustomProperties {
  private _items: { key: string; value: string }[] | null = null;
  constructor(private readonly ctx: FakeContext) {}
  load(_props?: string): this {
    this.ctx.enqueue(() => {
      this._items = [...this.ctx.book.custom].map(([key, value]) => ({ key, value }));
    });
    return this;
  }
  get items(): { key: string; value: string }[] {
    if (!this._items) throw notLoaded("items");
    return this._items;
  }
  add(key: string, value: string): void {
    this.ctx.book.custom.set(key, value);
  }
}

const inside = (m: MergeRange, a: MergeRange) =>
  m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right;

tagOfficeClasses([
  [FakeContext, "Excel.RequestContext"],
  [FakeWorkbookObject, "Excel.Workbook"],
  [FakeWorksheets, "Excel.WorksheetCollection"],
  [FakeWorksheet, "Excel.Worksheet"],
  [FakeRange, "Excel.Range"],
  [FakeRangeAreas, "Excel.RangeAreas"],
  [FakeMergedAreas, "Excel.RangeAreas"],
  [FakeFormat, "Excel.RangeFormat"],
  [FakeFill, "Excel.RangeFill"],
  [FakeSettings, "Excel.SettingCollection"],
  [FakeSetting, "Excel.Setting"],
  [FakeCustomProperties, "Excel.CustomPropertyCollection"],
]);

/** What a person sees in a cell: the value, the error, or "". */
export function displayValue(cell: FakeCell | undefined): string {
  if (!cell) return "";
  if (cell.error) return cell.error;
  return String(cell.value);
}

export { columnLetters };
