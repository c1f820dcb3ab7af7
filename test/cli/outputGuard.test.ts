/**
 * `lakip compute --json`'s plain output guard (outputGuard.ts) is computeOutputSchema without zod's
 * per-call cost: it must never accept what the schema refuses, and what it accepts must print as
 * the schema's result does (the same JSON, key order included). Held on the real outputs of the
 * example workbooks and on those outputs mutated at random places.
 */
import * as path from "path";
import fc from "fast-check";
import { analyzeWorkbook, toComputeOutput } from "../../src/core";
import { computeOutputSchema } from "../../src/cli/schema";
import { isComputeOutputFast } from "../../src/cli/outputGuard";
import { readWorkbookFile } from "../../src/hosts/files/readWorkbookFile";

const EXAMPLES = ["kesbangpol-2025.xlsx", "kesbangpol-2025-aturan-sendiri.xlsx", "contoh-berantakan.xlsx"];

/** What the schema makes of `o`: its JSON when accepted, else null. */
function bySchema(o: unknown): string | null {
  const r = computeOutputSchema.safeParse(o);
  return r.success ? JSON.stringify(r.data) : null;
}

/** Every [parent, key] of a JSON-like value, the value itself not included. */
function places(v: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), places(x, out)));
  else if (typeof v === "object" && v !== null)
    for (const k of Object.keys(v))
      (out.push([v as Record<string, unknown>, k]), places((v as Record<string, unknown>)[k], out));
  return out;
}

const REPLACEMENTS: unknown[] = [
  null,
  undefined,
  "",
  "x",
  "A0",
  "AAAA1",
  0,
  -1,
  1.5,
  2 ** 60,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  [1],
  [1, 2, 3],
  {},
  "Naik",
  "error",
  "2026-1-1",
  5,
];

type Mutation = { kind: "set"; value: unknown } | { kind: "drop" } | { kind: "add" } | { kind: "reorder" };

function mutate(o: unknown, at: number, m: Mutation): void {
  const all = places(o);
  const [parent, key] = all[at % all.length];
  if (Array.isArray(parent)) {
    if (m.kind === "set") parent[key as number] = m.value;
    else if (m.kind === "drop") parent.splice(key as number, 1);
    else if (m.kind === "add") parent.push(m.kind);
    else parent.reverse();
    return;
  }
  const obj = parent as Record<string, unknown>;
  if (m.kind === "set") obj[key as string] = m.value;
  else if (m.kind === "drop") delete obj[key as string];
  else if (m.kind === "add") obj.tambahan = 1;
  else {
    // the same keys in another order: the key moved to the end
    const v = obj[key as string];
    delete obj[key as string];
    obj[key as string] = v;
  }
}

describe("compute output guard", () => {
  let outputs: unknown[] = [];
  beforeAll(async () => {
    outputs = await Promise.all(
      EXAMPLES.map(async (f) =>
        toComputeOutput(analyzeWorkbook(await readWorkbookFile(path.join(__dirname, "../../examples", f)))),
      ),
    );
  });

  test("the examples' outputs pass the plain guard and print as the schema's result", () => {
    for (const o of outputs) {
      expect(isComputeOutputFast(o)).toBe(true);
      expect(JSON.stringify(o)).toBe(bySchema(o));
    }
  });

  test("mutated anywhere: what the guard accepts, the schema accepts with the same JSON", () => {
    let refused = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: outputs.length - 1 }),
        fc.nat(),
        fc.oneof(
          fc.record({ kind: fc.constant("set" as const), value: fc.constantFrom(...REPLACEMENTS) }),
          fc.constant({ kind: "drop" as const }),
          fc.constant({ kind: "add" as const }),
          fc.constant({ kind: "reorder" as const }),
        ),
        (which, at, m) => {
          const o = JSON.parse(JSON.stringify(outputs[which]));
          mutate(o, at, m);
          runs++;
          if (isComputeOutputFast(o)) expect(JSON.stringify(o)).toBe(bySchema(o));
          else refused++;
        },
      ),
      { numRuns: 3000 },
    );
    // not a guard that refuses nothing: most mutations break the contract
    expect(refused).toBeGreaterThan(runs / 3);
  });

  test("each kind of break is refused by the guard", () => {
    const o = outputs[0] as { indikator: Record<string, unknown>[]; identitas: Record<string, unknown> };
    const broken = (f: (x: typeof o) => void) => {
      const x = JSON.parse(JSON.stringify(o));
      f(x);
      return isComputeOutputFast(x);
    };
    expect(broken((x) => (x.indikator[0].capaian = Number.NaN))).toBe(false);
    expect(broken((x) => (x.indikator[0].row = 0))).toBe(false);
    expect(broken((x) => (x.indikator[0].extra = 1))).toBe(false);
    expect(broken((x) => delete x.identitas.instansi)).toBe(false);
    expect(broken((x) => (x.identitas.tanggalLaporan = "4 Desember 2026"))).toBe(false);
    expect(broken((x) => (x.indikator[0].target = [1, 2, 3]))).toBe(false);
  });
});
