/**
 * The tracker in a Word document (spec section 7): the eight `LAKIP Langkah N` custom properties
 * (WordApi 1.3, `document.properties.customProperties`) and the full history in a custom XML
 * part in the namespace urn:lakip:sop:riwayat:1 (WordApi 1.4 `document.customXmlParts`; on an
 * older Word the common API `Office.context.document.customXmlParts`, which exists since Word
 * 2013). A custom XML part travels inside the .docx, so the history survives reopening, another
 * computer, and co-authoring; before writing, the store reads the part again and merges (union by
 * event id), so a change saved by someone else in between is kept.
 *
 * Syncs: load 2, save 3, whatever the history's length.
 */
import {
  HISTORY_NAMESPACE,
  loadFromXmls,
  prepareSave,
  type HistoryEvent,
  type TrackerSnapshot,
  type TrackerStore,
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

/** The part of the Office common API the fallback uses (Office.context.document.customXmlParts). */
export interface CommonXmlParts {
  getByNamespaceAsync(ns: string, cb: (r: Office.AsyncResult<CommonXmlPart[]>) => void): void;
  addAsync(xml: string, cb: (r: Office.AsyncResult<CommonXmlPart>) => void): void;
}
export interface CommonXmlPart {
  getXmlAsync(cb: (r: Office.AsyncResult<string>) => void): void;
  deleteAsync(cb: (r: Office.AsyncResult<void>) => void): void;
}

export interface WordSopStoreDeps {
  run?: WordRun;
  isSetSupported?: SetCheck;
  /** The common API parts, for Word without WordApi 1.4. */
  commonParts?: CommonXmlParts | null;
}

function call<T>(f: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    f((r) => (String(r.status) === "succeeded" ? resolve(r.value) : reject(new Error(r.error?.message ?? "gagal")))),
  );
}

function defaultCommonParts(): CommonXmlParts | null {
  if (typeof Office === "undefined") return null;
  return (Office.context?.document?.customXmlParts as unknown as CommonXmlParts) ?? null;
}

function propertiesOf(items: readonly { key: string; value: unknown }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of items) if (typeof i.value === "string") out[i.key] = i.value;
  return out;
}

export function createWordTrackerStore(deps: WordSopStoreDeps = {}): TrackerStore & { warnings(): string[] } {
  const run = deps.run ?? officeWordRun;
  const has = deps.isSetSupported ?? officeSetCheck;
  const modern = () => has(SOP_REQUIREMENTS.history.set, SOP_REQUIREMENTS.history.version);
  const canProps = () => has(SOP_REQUIREMENTS.properties.set, SOP_REQUIREMENTS.properties.version);
  const common = () => (deps.commonParts !== undefined ? deps.commonParts : defaultCommonParts());
  const storage = () =>
    modern() ? "bagian XML kustom dokumen (WordApi 1.4)" : "bagian XML kustom dokumen (API umum Office)";

  async function readCommon(): Promise<{ parts: CommonXmlPart[]; xmls: string[] }> {
    const c = common();
    if (!c) throw new UserError(missingMessage(SOP_REQUIREMENTS.history));
    const parts = await call<CommonXmlPart[]>((cb) => c.getByNamespaceAsync(HISTORY_NAMESPACE, cb));
    const xmls = await Promise.all(parts.map((p) => call<string>((cb) => p.getXmlAsync(cb))));
    return { parts, xmls };
  }

  return {
    warnings() {
      const out: string[] = [];
      if (!canProps()) out.push(missingMessage(SOP_REQUIREMENTS.properties));
      return out;
    },

    async load(): Promise<TrackerSnapshot> {
      try {
        if (!modern()) {
          const { xmls } = await readCommon();
          const props = canProps()
            ? await run(async (context) => {
                const p = context.document.properties.customProperties;
                p.load("items/key,items/value");
                await context.sync();
                return propertiesOf(p.items);
              })
            : undefined;
          return loadFromXmls(xmls, storage(), props);
        }
        return await run(async (context) => {
          const props = context.document.properties.customProperties;
          props.load("items/key,items/value");
          const parts = context.document.customXmlParts.getByNamespace(HISTORY_NAMESPACE);
          parts.load("items/id");
          await context.sync();
          const xmls = parts.items.map((p) => p.getXml());
          await context.sync();
          return loadFromXmls(
            xmls.map((x) => x.value),
            storage(),
            propertiesOf(props.items),
          );
        });
      } catch (e) {
        throw officeError("Membaca tahapan SOP dari dokumen", e);
      }
    },

    async save(history: readonly HistoryEvent[]): Promise<TrackerSnapshot> {
      try {
        if (!modern()) {
          const c = common();
          const { parts, xmls } = await readCommon();
          const { snapshot, xml } = prepareSave(xmls, history, storage());
          // add the new part first, then remove the old ones: the history is never absent
          await call<CommonXmlPart>((cb) => c!.addAsync(xml, cb));
          for (const p of parts) await call<void>((cb) => p.deleteAsync(cb));
          if (canProps())
            await run(async (context) => {
              const props = context.document.properties.customProperties;
              for (const [k, v] of Object.entries(snapshot.properties)) props.add(k, v);
              await context.sync();
            });
          return snapshot;
        }
        return await run(async (context) => {
          const parts = context.document.customXmlParts.getByNamespace(HISTORY_NAMESPACE);
          parts.load("items/id");
          await context.sync();
          const xmls = parts.items.map((p) => p.getXml());
          await context.sync();
          const { snapshot, xml } = prepareSave(
            xmls.map((x) => x.value),
            history,
            storage(),
          );
          // `parts` was loaded (items/id) and synced above.
          // eslint-disable-next-line office-addins/load-object-before-read
          if (parts.items.length > 0) {
            parts.items[0].setXml(xml);
            for (const extra of parts.items.slice(1)) extra.delete();
          } else {
            context.document.customXmlParts.add(xml);
          }
          const props = context.document.properties.customProperties;
          for (const [k, v] of Object.entries(snapshot.properties)) props.add(k, v);
          await context.sync();
          return snapshot;
        });
      } catch (e) {
        throw officeError("Menyimpan tahapan SOP ke dokumen", e);
      }
    },
  };
}
