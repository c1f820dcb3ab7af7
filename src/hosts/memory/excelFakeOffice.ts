/**
 * A fake Office.js Excel workbook that follows the load/sync semantics of the real API: reading
 * a property that was not loaded (and synced) throws, loads take effect at `context.sync()`,
 * writes apply in order. It counts `context.sync()` calls. Text written into a cell whose number
 * format is not "@" and that starts with "=" becomes a formula, as in Excel, so tests can
 * prove the adapter never lets user text become a formula.
 *
 * Covers the part of the API the Excel adapter uses (src/hosts/excel/office*.ts). Used by the
 * adapter tests, the benchmark and the in-memory host of the browser harness.
 */
import type { Cell, MergeRange, WorkbookGrid } from "../../core/grid";
import { a1, columnLetters, parseA1 } from "../../core/grid";

const MAX_ROW = 1_048_575;
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

export class FakeSheet {
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
  if (!tl || !br) throw fakeError("InvalidArgument", `Alamat tidak sah: ${address}`);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

function fakeError(code: string, message: string): Error {
  const e = new Error(message);
  (e as Error & { code: string }).code = code;
  return e;
}

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

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
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

  static fromGrid(grid: WorkbookGrid): FakeWorkbook {
    const wb = new FakeWorkbook();
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

  /** Excel.run over this workbook. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
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

class FakeContext {
  readonly workbook: FakeWorkbookObject;
  private queue: Task[] = [];
  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookObject(this);
  }
  enqueue(t: Task): void {
    this.queue.push(t);
  }
  async sync(): Promise<void> {
    this.book.syncCount++;
    const tasks = this.queue;
    this.queue = [];
    for (const t of tasks) t();
    await Promise.resolve();
  }
}

/** Base of loadable proxies: properties are readable only after load + sync. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  protected synced = false;
  constructor(protected readonly ctx: FakeContext) {}
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
      for (const n of names) this.loaded.set(n, this.snapshot(n));
    });
    return this;
  }
  protected snapshot(name: string): unknown {
    throw fakeError("InvalidArgument", `Properti "${name}" tidak dapat dimuat di objek palsu ini.`);
  }
  protected read<T>(name: string): T {
    if (!this.loaded.has(name))
      throw fakeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(name) as T;
  }
  protected readNull(): boolean {
    if (!this.synced) throw fakeError("PropertyNotLoaded", "The property 'isNullObject' is not available before sync.");
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
    this.properties = { custom: new FakeCustomProperties(ctx) };
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
    if (!this._items)
      throw fakeError("PropertyNotLoaded", "The property 'items' is not available; load it and sync first.");
    return this._items;
  }
  getItem(name: string): FakeWorksheet {
    const s = this.ctx.book.sheet(name);
    if (!s) throw fakeError("ItemNotFound", `Sheet "${name}" tidak ada.`);
    return new FakeWorksheet(this.ctx, s);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const s = this.ctx.book.sheet(name);
    return new FakeWorksheet(this.ctx, s ?? null);
  }
  add(name: string): FakeWorksheet {
    if (this.ctx.book.sheet(name)) throw fakeError("ItemAlreadyExists", `Sheet "${name}" sudah ada.`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw fakeError("InvalidArgument", `Nama sheet tidak sah: ${name}`);
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
    if (!this.sheet) throw fakeError("ItemNotFound", "Objek null.");
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
    this.s.name = v;
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
    const i = book.sheets.indexOf(this.s);
    if (i < 0) return;
    if (book.sheets.filter((x) => x.visibility === "Visible" && x !== this.s).length === 0)
      throw fakeError("InvalidOperation", "Buku kerja harus memiliki paling sedikit satu sheet yang terlihat.");
    book.sheets.splice(i, 1);
    if (book.active === this.s.name) book.active = book.sheets[0]?.name ?? "";
    if (book.selection?.sheet === this.s.name) book.selection = null;
  }
  activate(): void {
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
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const area = this.s.usedArea();
    return new FakeRange(this.ctx, this.s, area, true);
  }
  get freezePanes() {
    const s = this.s;
    return {
      freezeRows: (n: number) => {
        s.freeze = { rows: n, columns: 0 };
      },
      freezeAt: (r: FakeRange) => {
        const a = r.area!;
        s.freeze = { rows: a.bottom + 1, columns: a.right + 1 };
      },
    };
  }
  get charts() {
    const s = this.s;
    return {
      add: (type: string, source: FakeRange, _seriesBy?: string) => {
        const chart = { type, source: areaAddress(s.name, source.area!), title: "" };
        s.charts.push(chart);
        return {
          title: {
            set text(t: string) {
              chart.title = t;
            },
          },
          legend: { visible: true },
          setPosition: (_start: string, _end?: string) => undefined,
        };
      },
    };
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
function formatSink(sheet: FakeSheet): Record<string, unknown> {
  const count = () => {
    sheet.formatWrites++;
    return true;
  };
  const sink: Record<string, unknown> = new Proxy(
    {},
    {
      set: count,
      get: (_t, p) => (p === "getItem" ? () => formatSink(sheet) : p === "then" ? undefined : formatSink(sheet)),
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
    this.font = formatSink(sheet);
    this.borders = { getItem: () => formatSink(sheet) };
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
    if (!this.area) throw fakeError("ItemNotFound", "Rentang null.");
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
    return {
      clear: () => {
        const i = sheet.validations.findIndex((x) => x.address === address);
        if (i >= 0) sheet.validations.splice(i, 1);
      },
      set rule(r: unknown) {
        get().rule = r;
      },
      set prompt(p: unknown) {
        get().prompt = p;
      },
      set errorAlert(e: unknown) {
        get().errorAlert = e;
      },
      set ignoreBlanks(_b: boolean) {
        get();
      },
    };
  }
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
    if (!this._items) throw fakeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this._items;
  }
  add(key: string, value: string): void {
    this.ctx.book.custom.set(key, value);
  }
}

/** What a person sees in a cell: the value, the error, or "". */
export function displayValue(cell: FakeCell | undefined): string {
  if (!cell) return "";
  if (cell.error) return cell.error;
  return String(cell.value);
}

export { columnLetters };
