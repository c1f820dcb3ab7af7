import fc from "fast-check";
import {
  PROPERTY_NAMES,
  STEPS,
  appendAction,
  decodeStepProperty,
  encodeStepProperty,
  foldHistory,
  mergeHistories,
  missingPrerequisites,
  parseHistory,
  sanitizeRecord,
  serializeHistory,
  trackerProperties,
  type HistoryEvent,
  type SopAction,
  type StepNumber,
  type StepRecord,
  type TrackerState,
} from "../../../src/core/sop";

const stepArb = fc.constantFrom<StepNumber>(1, 2, 3, 4, 5, 6, 7, 8);
const textArb = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom("Drs. H. Ahmad, M.Si", "a | b", "<&\"'>", "-", "", "Ñoño 😀 | , ,", "x".repeat(400)),
);
const whoArb = fc.record({ name: textArb, role: textArb });
const actionArb: fc.Arbitrary<SopAction> = fc.oneof(
  fc.record({ type: fc.constant("start" as const), step: stepArb, actor: whoArb }),
  fc.record({
    type: fc.constant("finish" as const),
    step: stepArb,
    actor: whoArb,
    reason: fc.option(textArb, { nil: undefined }),
  }),
  fc.record({ type: fc.constant("override" as const), step: stepArb, actor: whoArb, reason: textArb }),
  fc.record({
    type: fc.constant("reopen" as const),
    step: stepArb,
    actor: whoArb,
    reason: fc.option(textArb, { nil: undefined }),
  }),
  fc.record({ type: fc.constant("assign" as const), step: stepArb, actor: whoArb, who: whoArb }),
  fc.record({ type: fc.constant("note" as const), step: stepArb, actor: whoArb, note: textArb }),
);
// steps of 0 to 3 hours between actions, from 1 January 2026
const sequenceArb = fc.array(fc.tuple(actionArb, fc.integer({ min: 0, max: 3 * 3600000 })), { maxLength: 40 });

function play(seq: [SopAction, number][], startMs = new Date(2026, 0, 5, 8).getTime()) {
  let history: HistoryEvent[] = [];
  let now = startMs;
  const states: TrackerState[] = [];
  for (const [action, gap] of seq) {
    now += gap;
    const before = history.length;
    const r = appendAction(history, action, new Date(now));
    if (!("error" in r)) {
      history = r.history;
      states.push(r.state);
    }
    expect(history.length).toBeGreaterThanOrEqual(before); // never shrinks
  }
  return { history, states };
}

/** A state the rules forbid: a Selesai step whose prerequisite is not Selesai, with no recorded reason. */
function forbidden(state: TrackerState): boolean {
  return state.steps.some(
    (s) => s.status === "Selesai" && !s.override && missingPrerequisites(state, s.number).length > 0,
  );
}

describe("property tests over random sequences of user actions", () => {
  test("history never shrinks, properties stay within 255 characters, no forbidden state, no conflict", () => {
    fc.assert(
      fc.property(sequenceArb, (seq) => {
        const { history, states } = play(seq);
        for (const s of states) {
          expect(forbidden(s)).toBe(false);
          expect(s.conflicts).toEqual([]);
          for (const v of Object.values(trackerProperties(s))) expect(v.length).toBeLessThanOrEqual(255);
        }
        // each accepted action is one event
        expect(history).toHaveLength(states.length);
        // the history survives its XML form unchanged
        const parsed = parseHistory(serializeHistory(history));
        expect(parsed.skipped).toBe(0);
        expect(parsed.events).toEqual(history);
        expect(foldHistory(parsed.events)).toEqual(foldHistory(history));
      }),
      { numRuns: 150 },
    );
  });

  test("merge of copies is commutative, idempotent, loses nothing, and flags what the rules forbid", () => {
    fc.assert(
      fc.property(sequenceArb, sequenceArb, sequenceArb, (common, left, right) => {
        const base = play(common).history;
        const lastMs = base.length ? Date.parse(base[base.length - 1].at) : new Date(2026, 0, 5, 8).getTime();
        const cont = (h: HistoryEvent[], seq: [SopAction, number][], offset: number) => {
          let history = h;
          let now = lastMs + offset;
          for (const [a, gap] of seq) {
            now += gap + 1;
            const r = appendAction(history, a, new Date(now));
            if (!("error" in r)) history = r.history;
          }
          return history;
        };
        const a = cont(base, left, 1000);
        const b = cont(base, right, 1500);
        const ab = mergeHistories(a, b);
        expect(mergeHistories(b, a)).toEqual(ab);
        expect(mergeHistories(ab, a)).toEqual(ab);
        expect(mergeHistories(ab, ab)).toEqual(ab);
        const ids = new Set(ab.map((e) => e.id));
        for (const e of [...a, ...b]) expect(ids.has(e.id)).toBe(true);
        const s = foldHistory(ab);
        for (const st of s.steps) {
          if (st.status === "Selesai" && !st.override && missingPrerequisites(s, st.number).length > 0)
            expect(s.conflicts.some((c) => c.step === st.number)).toBe(true);
        }
        for (const v of Object.values(trackerProperties(s))) expect(v.length).toBeLessThanOrEqual(255);
      }),
      { numRuns: 80 },
    );
  });

  const timeArb = fc.option(
    fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }).map((d) => {
      const p = (n: number) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    }),
    { nil: null },
  );
  const recordArb: fc.Arbitrary<StepRecord> = fc.record({
    status: fc.constantFrom("Belum" as const, "Berjalan" as const, "Selesai" as const),
    startedAt: timeArb,
    finishedAt: timeArb,
    who: fc.option(whoArb, { nil: null }),
    note: textArb,
  });

  test("encode stays within 255 characters; decode(encode(x)) gives back every field that was not shortened", () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        const text = encodeStepProperty(r);
        expect(text.length).toBeLessThanOrEqual(255);
        const d = decodeStepProperty(text);
        expect(d).not.toBeNull();
        const clean = sanitizeRecord(r);
        expect(d!.status).toBe(clean.status);
        expect(d!.startedAt).toBe(clean.startedAt);
        expect(d!.finishedAt).toBe(clean.finishedAt);
        if (text.endsWith("…") && d!.note.endsWith("…") && clean.note !== d!.note) {
          expect(clean.note.startsWith(d!.note.slice(0, -1).trimEnd())).toBe(true);
        } else {
          expect(d!.note).toBe(clean.note);
        }
        if (clean.who && clean.who.name.length <= 80 && clean.who.role.length <= 40) expect(d!.who).toEqual(clean.who);
        expect(d!.who === null).toBe(clean.who === null);
      }),
      { numRuns: 400 },
    );
  });
});

describe("property encoding", () => {
  test("the spec's format, readable in File > Properties", () => {
    const text = encodeStepProperty({
      status: "Selesai",
      startedAt: "2026-11-24T10:15:30.000+07:00",
      finishedAt: "2026-11-24T10:22:00.000+07:00",
      who: { name: "Budi Santoso, S.E., M.M.", role: "Kasubag, Program" },
      note: "Format dikirim",
    });
    expect(text).toBe(
      "Selesai | 2026-11-24T10:15 | 2026-11-24T10:22 | Budi Santoso, S.E., M.M., Kasubag Program | Format dikirim",
    );
    expect(decodeStepProperty(text)!.who).toEqual({ name: "Budi Santoso, S.E., M.M.", role: "Kasubag Program" });
    expect(encodeStepProperty({ status: "Belum", startedAt: null, finishedAt: null, who: null, note: "" })).toBe(
      "Belum | - | - | - | -",
    );
    expect(PROPERTY_NAMES).toEqual(STEPS.map((s) => `LAKIP Langkah ${s.number}`));
  });

  test("a long note is cut with an ellipsis; the status and times never are", () => {
    const text = encodeStepProperty({
      status: "Berjalan",
      startedAt: "2026-11-24T10:15",
      finishedAt: null,
      who: { name: "N".repeat(200), role: "R".repeat(100) },
      note: "catatan ".repeat(100),
    });
    expect(text.length).toBe(255);
    expect(text.startsWith("Berjalan | 2026-11-24T10:15 | - | ")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(decodeStepProperty(text)!.who!.name).toBe("N".repeat(79) + "…");
  });

  test("values that are not tracker values decode to null", () => {
    expect(decodeStepProperty("halo")).toBeNull();
    expect(decodeStepProperty("Mungkin | - | - | - | -")).toBeNull();
    expect(decodeStepProperty("Selesai | kemarin | - | - | -")).toBeNull();
  });
});
