/**
 * What the Excel and Word fakes share so they behave like Office where Microsoft documents how:
 *
 * - Errors carry the `code` Office.js gives them (OfficeExtension.Error.code), from
 *   "Error handling with the application-specific JavaScript APIs"
 *   (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling):
 *   ApiNotFound, ItemNotFound, ItemAlreadyExists, InvalidArgument, InvalidOperation,
 *   PropertyNotLoaded, RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded.
 * - The requirement-set level of an Office version: a member whose `[Api set: ...]` note (the
 *   table generated from @types/office-js, src/hosts/generated/apiSets.ts) is above the level is
 *   refused with ApiNotFound ("The API you are trying to use could not be found. It may be
 *   available in a newer version of the Office application."). Real Office reports it at
 *   `context.sync()`; so do the fakes (the Excel fake through `defer`, the Word fake
 *   wordDocumentOffice.ts by queuing the refusal).
 * - The 5 MB request/response limit of Office on the web, from "Resource limits and performance
 *   optimization for Office Add-ins"
 *   (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 *   "Excel on the web has a payload size limit for requests and responses of 5MB".
 */
import { API_SETS } from "../generated/apiSets";

/** Office on the web's payload limit (5 MB, taken as 5,000,000 bytes: the stricter reading). */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

export type OfficeErrorCode =
  | "ApiNotFound"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

/** An error shaped like OfficeExtension.Error: `code` is one of the documented codes, `message` is English. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: OfficeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export function officeError(code: OfficeErrorCode, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

/** The message Office.js gives for a property read before load + sync (the application-specific API model page). */
export function notLoaded(property: string): FakeOfficeError {
  return officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Highest version per requirement set, e.g. { ExcelApi: "1.7", WordApi: "1.3" }; a set not named is unsupported. */
export type ApiLevel = Readonly<Record<string, string>>;

/**
 * The Office versions the pane tests run at, from Microsoft's requirement-set tables ("Excel
 * JavaScript API requirement sets", "Word JavaScript API requirement sets") as issue 8 reads
 * them: perpetual (MSI) Office 2016 has ExcelApi 1.1 and WordApi 1.1 only; volume-licensed
 * Office 2019 stops at ExcelApi 1.7 and WordApi 1.3; Microsoft 365 has every set (no limit).
 */
export const OFFICE_LEVELS = {
  "2016": { ExcelApi: "1.1", WordApi: "1.1" },
  "2019": { ExcelApi: "1.7", WordApi: "1.3" },
  "365": null,
} as const satisfies Record<string, ApiLevel | null>;

export type OfficeLevelName = keyof typeof OFFICE_LEVELS;

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `Office.context.requirements.isSetSupported` of an Office at `level` (null: every set). */
export function isSetSupportedAt(level: ApiLevel | null): (set: string, version: string) => boolean {
  return (set, version) => {
    if (!level) return true;
    const max = level[set];
    return max !== undefined && compareVersions(version, max || "1.1") <= 0;
  };
}

/** Whether a note of the generated table ("ExcelApi 1.7", or "ExcelApi 1.1|ExcelApi 1.4" for read|write) is supported. */
export function noteSupported(note: string, level: ApiLevel | null, write: boolean): boolean {
  const parts = note.split("|");
  const [set, version] = (write && parts[1] ? parts[1] : parts[0]).split(" ");
  return isSetSupportedAt(level)(set, version);
}

/** The Office class ("Excel.Worksheet") a fake object stands for. */
export const OFFICE_CLASS = Symbol("officeClass");

/** Tags every instance of the fake classes with the Office class it stands for. */
export function tagOfficeClasses(pairs: readonly (readonly [{ prototype: object }, string])[]): void {
  for (const [ctor, name] of pairs)
    Object.defineProperty(ctor.prototype, OFFICE_CLASS, { value: name, enumerable: false, configurable: true });
}

/** Tags one plain object (a fake's object literal) with its Office class. */
export function tagged<T extends object>(name: string, obj: T): T {
  Object.defineProperty(obj, OFFICE_CLASS, { value: name, enumerable: false });
  return obj;
}

function classOf(obj: object): string | undefined {
  return (obj as { [OFFICE_CLASS]?: string })[OFFICE_CLASS];
}

function refuse(cls: string, member: string, note: string): FakeOfficeError {
  return officeError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of the Office application. (${cls}.${member}: ${note})`,
  );
}

/** The item class of a collection ("Excel.WorksheetCollection" -> "Excel.Worksheet"). */
function itemClass(cls: string): string {
  return cls.replace(/Collection$/, "");
}

/** Checks the names given to `load(...)` ("name,visibility", "items/name", ["values"]). */
function checkLoad(cls: string, arg: unknown, level: ApiLevel): void {
  const names =
    typeof arg === "string" ? arg.split(",") : Array.isArray(arg) ? arg.map(String) : arg ? Object.keys(arg) : [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    const [owner, member] = name.startsWith("items/") ? [itemClass(cls), name.slice(6)] : [cls, name.split("/")[0]];
    const note = API_SETS[`${owner}.${member}`];
    if (note && !noteSupported(note, level, false)) throw refuse(owner, member, note);
  }
}

/**
 * Wraps a fake object graph so that every member the adapter touches is checked against `level`.
 * Objects are recognised by their OFFICE_CLASS tag; members not in the table (the fake's own
 * helpers) pass through; results of calls and property reads are wrapped in turn.
 */
export function withApiLevel<T extends object>(
  root: T,
  level: ApiLevel | null,
  defer?: (error: FakeOfficeError) => void,
): T {
  if (!level) return root;
  /**
   * With `defer`, a refused member does not throw at the call: the error goes to `defer` (the
   * context fails its next sync with it, as Office reports ApiNotFound at context.sync()) and the
   * call gives an inert stand-in, so the batch goes on queuing until that sync.
   */
  const inert: unknown = new Proxy(function inertMember() {}, {
    get: (_t, p) => (p === "then" ? undefined : inert),
    apply: () => inert,
    set: () => true,
  });
  const refused = (error: FakeOfficeError): unknown => {
    if (!defer) throw error;
    defer(error);
    return inert;
  };
  const wrappers = new WeakMap<object, object>();
  const wrap = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value;
    if (Array.isArray(value)) return value.map(wrap);
    const cls = classOf(value);
    if (!cls) return value;
    const known = wrappers.get(value);
    if (known) return known;
    const proxy = new Proxy(value, {
      get(target, prop) {
        const member = typeof prop === "string" ? prop : null;
        const note = member ? API_SETS[`${cls}.${member}`] : undefined;
        if (note && member && !noteSupported(note, level, false)) return refused(refuse(cls, member, note));
        const v = Reflect.get(target, prop, target) as unknown;
        if (typeof v === "function") {
          return (...args: unknown[]) => {
            if (member === "load") {
              try {
                checkLoad(cls, args[0], level);
              } catch (error) {
                refused(error as FakeOfficeError);
                return proxy;
              }
            }
            const result = (v as (...a: unknown[]) => unknown).apply(target, args.map(unwrap));
            if (result === target) return proxy;
            return result instanceof Promise ? result.then(wrap) : wrap(result);
          };
        }
        return wrap(v);
      },
      set(target, prop, v) {
        const member = typeof prop === "string" ? prop : null;
        const note = member ? API_SETS[`${cls}.${member}`] : undefined;
        if (note && member && !noteSupported(note, level, true)) {
          refused(refuse(cls, member, note));
          return true;
        }
        return Reflect.set(target, prop, unwrap(v), target);
      },
    });
    wrappers.set(value, proxy);
    originals.set(proxy, value);
    return proxy;
  };
  const originals = new WeakMap<object, object>();
  const unwrap = (v: unknown): unknown => (typeof v === "object" && v !== null ? (originals.get(v) ?? v) : v);
  return wrap(root) as T;
}

/**
 * Makes a fake whose calls act at once behave, towards the add-in, like Office's queued batch:
 * "Error handling with the application-specific JavaScript APIs" and "Application-specific API
 * model" (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling,
 * .../develop/application-specific-api-model): a call only queues a command, and what Office
 * refuses (InvalidArgument, ItemNotFound, ItemAlreadyExists, InvalidOperation, ...) is reported
 * when `context.sync()` sends the batch; the commands before the refused one have run, the
 * refused one and those after it have not.
 *
 * So an Office error a fake throws at a call or a property write goes to `fail` (the context
 * throws it at its next sync), the call returns an inert stand-in, and every later call and write
 * of the batch is skipped until that sync. PropertyNotLoaded stays at the read (Office.js raises
 * it in the add-in, not in Office), and so does any error that is not an Office error (a bug of
 * the fake or the test).
 */
export function deferToSync<T extends object>(
  root: T,
  fail: (error: FakeOfficeError) => void,
  failing: () => boolean,
): T {
  const inert: unknown = new Proxy(function inertMember() {}, {
    get: (_t, p) => (p === "then" ? undefined : inert),
    apply: () => inert,
    set: () => true,
  });
  const deferred = (error: unknown): boolean =>
    error instanceof FakeOfficeError && error.code !== "PropertyNotLoaded" && (fail(error), true);
  const wrappers = new WeakMap<object, object>();
  const originals = new WeakMap<object, object>();
  const unwrap = (v: unknown): unknown => (typeof v === "object" && v !== null ? (originals.get(v) ?? v) : v);
  const wrap = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value;
    if (Array.isArray(value)) return value.map(wrap);
    if (!classOf(value)) return value;
    const known = wrappers.get(value);
    if (known) return known;
    const proxy = new Proxy(value, {
      get(target, prop) {
        let v: unknown;
        try {
          v = Reflect.get(target, prop, target);
        } catch (error) {
          if (deferred(error)) return inert;
          throw error;
        }
        if (typeof v !== "function") return wrap(v);
        if (prop === "sync") return (...args: unknown[]) => (v as (...a: unknown[]) => unknown).apply(target, args);
        return (...args: unknown[]) => {
          if (failing()) return inert;
          try {
            const result = (v as (...a: unknown[]) => unknown).apply(target, args.map(unwrap));
            if (result === target) return proxy;
            return result instanceof Promise ? result.then(wrap) : wrap(result);
          } catch (error) {
            if (deferred(error)) return inert;
            throw error;
          }
        };
      },
      set(target, prop, v) {
        if (failing()) return true;
        try {
          return Reflect.set(target, prop, unwrap(v), target);
        } catch (error) {
          if (deferred(error)) return true;
          throw error;
        }
      },
    });
    wrappers.set(value, proxy);
    originals.set(proxy, value);
    return proxy;
  };
  return wrap(root) as T;
}
