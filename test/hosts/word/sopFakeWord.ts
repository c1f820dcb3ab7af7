/**
 * A small fake of the Word JavaScript API for the SOP adapters, following its load/sync
 * semantics: a property read before `load()` + `sync()` throws, writes are queued and applied
 * in order at `sync()`, and every `sync()` is counted.
 */
export interface FakeTracked {
  author: string;
  date: Date;
  text: string;
  type: "Added" | "Deleted" | "Formatted";
}
export interface FakeComment {
  id: string;
  authorName: string;
  content: string;
  creationDate: Date;
  resolved: boolean;
}
export interface FakeControl {
  tag: string;
  text: string;
  /** The control's placeholder (what an unfilled template control shows). */
  placeholderText?: string;
  /** Word.ContentControlType ("RichText" when not given); "Picture" for the cover logo. */
  type?: string;
  /** Inline pictures inside the control (a filled picture control has one). */
  pictures?: number;
}

export interface FakeWordDoc {
  properties: Map<string, string>;
  parts: { id: string; ns: string; xml: string }[];
  trackingMode: "Off" | "TrackAll" | "TrackMineOnly";
  tracked: FakeTracked[];
  comments: FakeComment[];
  controls: FakeControl[];
  /** Text inserted by the add-in, with whether tracking was on when it went in. */
  inserted: { text: string; tracked: boolean }[];
  selected: string | null;
  syncs: number;
  /** Set to make the next sync fail. */
  failNextSync?: boolean;
}

export function createFakeWordDoc(init: Partial<FakeWordDoc> = {}): FakeWordDoc {
  return {
    properties: new Map(),
    parts: [],
    trackingMode: "Off",
    tracked: [],
    comments: [],
    controls: [],
    inserted: [],
    selected: null,
    syncs: 0,
    ...init,
  };
}

class Ctx {
  queue: (() => void)[] = [];
  loads: (() => void)[] = [];
  constructor(readonly doc: FakeWordDoc) {}
  async sync(): Promise<void> {
    this.doc.syncs++;
    if (this.doc.failNextSync) {
      this.doc.failNextSync = false;
      this.queue = [];
      throw new Error("GeneralException");
    }
    const q = this.queue;
    this.queue = [];
    for (const op of q) op();
    const l = this.loads;
    this.loads = [];
    for (const f of l) f();
  }
}

function loadable<T>(ctx: Ctx, read: () => T) {
  let value: T | undefined;
  let ready = false;
  return {
    load() {
      ctx.loads.push(() => {
        value = read();
        ready = true;
      });
    },
    get(): T {
      if (!ready) throw new Error("PropertyNotLoaded: call load() and sync() first");
      return value as T;
    },
  };
}

let nextPart = 1;

export function fakeRun(doc: FakeWordDoc) {
  return async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new Ctx(doc);
    const mode = loadable(ctx, () => doc.trackingMode);
    const document = {
      load(_p: string) {
        mode.load();
      },
      get changeTrackingMode() {
        return mode.get();
      },
      set changeTrackingMode(m: FakeWordDoc["trackingMode"]) {
        ctx.queue.push(() => {
          doc.trackingMode = m;
        });
      },
      properties: {
        customProperties: (() => {
          const items = loadable(ctx, () => [...doc.properties].map(([key, value]) => ({ key, value })));
          return {
            load: () => items.load(),
            get items() {
              return items.get();
            },
            add(key: string, value: string) {
              ctx.queue.push(() => {
                if (value.length > 255) throw new Error("InvalidArgument: value longer than 255");
                doc.properties.set(key, value);
              });
            },
          };
        })(),
      },
      customXmlParts: {
        getByNamespace(ns: string) {
          const items = loadable(ctx, () =>
            doc.parts
              .filter((p) => p.ns === ns)
              .map((p) => ({
                id: p.id,
                getXml() {
                  const r = loadable(ctx, () => doc.parts.find((q) => q.id === p.id)?.xml ?? "");
                  r.load();
                  return {
                    get value() {
                      return r.get();
                    },
                  };
                },
                setXml(xml: string) {
                  ctx.queue.push(() => {
                    const q = doc.parts.find((x) => x.id === p.id);
                    if (q) q.xml = xml;
                  });
                },
                delete() {
                  ctx.queue.push(() => {
                    doc.parts = doc.parts.filter((x) => x.id !== p.id);
                  });
                },
              })),
          );
          return {
            load: () => items.load(),
            get items() {
              return items.get();
            },
          };
        },
        add(xml: string) {
          ctx.queue.push(() => {
            const ns = /xmlns="([^"]+)"/.exec(xml)?.[1] ?? "";
            doc.parts.push({ id: `{part-${nextPart++}}`, ns, xml });
          });
        },
      },
      body: {
        insertText(text: string) {
          ctx.queue.push(() => doc.inserted.push({ text, tracked: doc.trackingMode !== "Off" }));
        },
        getTrackedChanges() {
          const items = loadable(ctx, () =>
            doc.tracked.map((t, i) => ({
              ...t,
              getRange: () => ({ select: () => ctx.queue.push(() => (doc.selected = `tracked:${i}`)) }),
            })),
          );
          return {
            load: (_p: string) => items.load(),
            get items() {
              return items.get();
            },
          };
        },
        getComments() {
          const items = loadable(ctx, () =>
            doc.comments.map((c) => ({
              ...c,
              getRange: () => ({ select: () => ctx.queue.push(() => (doc.selected = `comment:${c.id}`)) }),
            })),
          );
          return {
            load: (_p: string) => items.load(),
            get items() {
              return items.get();
            },
          };
        },
        contentControls: (() => {
          const items = loadable(ctx, () =>
            doc.controls.map((c) => {
              // ContentControl.inlinePictures (WordApi 1.1): a collection loaded like the others
              const pictures = loadable(ctx, () => Array.from({ length: c.pictures ?? 0 }, () => ({})));
              return {
                ...c,
                type: c.type ?? "RichText",
                inlinePictures: {
                  load: (_p: string) => pictures.load(),
                  get items() {
                    return pictures.get();
                  },
                },
              };
            }),
          );
          return {
            load: (_p: string) => items.load(),
            get items() {
              return items.get();
            },
          };
        })(),
      },
    };
    const context = { document, sync: () => ctx.sync() } as unknown as Word.RequestContext;
    return batch(context);
  };
}

export function supportsUpTo(version: number) {
  return (set: string, v: string) => set === "WordApi" && Number(v) <= version + 1e-9;
}
