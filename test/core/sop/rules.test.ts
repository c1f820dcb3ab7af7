import {
  STEPS,
  applyAction,
  appendAction,
  foldHistory,
  initialState,
  mergeHistories,
  stepOf,
  stepViewModel,
  workingDaysBetween,
  workingDayDeadline,
  elapsedAgainstMutuBaku,
  parseTime,
  toEventTime,
  type HistoryEvent,
  type SopAction,
  type TrackerState,
} from "../../../src/core/sop";

const kasubag = { name: "Rina Wulandari, S.E.", role: "Kasubag Program" };
const t0 = new Date(2026, 10, 24, 10, 15); // Tuesday 24 November 2026 10.15

function run(actions: SopAction[], start = t0): { history: HistoryEvent[]; state: TrackerState } {
  let history: HistoryEvent[] = [];
  let now = start.getTime();
  for (const a of actions) {
    now += 60000;
    const r = appendAction(history, a, new Date(now));
    if ("error" in r) throw new Error(r.error);
    history = r.history;
  }
  return { history, state: foldHistory(history) };
}

describe("the eight steps", () => {
  test("follow spec section 1 with a chain of prerequisites", () => {
    expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(STEPS.map((s) => `${s.waktu.amount} ${s.waktu.unit}`)).toEqual([
      "10 menit",
      "2 jam",
      "1 jam",
      "3 jam",
      "4 hari",
      "2 hari",
      "1 hari",
      "1 jam",
    ]);
    expect(STEPS[6].pelaksana).toBe("Sekretaris");
    expect(STEPS[7].prasyarat).toEqual([7]);
    expect(STEPS[5].prasyarat).toEqual([5]);
    expect(STEPS[0].prasyarat).toEqual([]);
  });
});

describe("rules", () => {
  test("a step cannot be Selesai before the step it needs, unless a reason is given and recorded", () => {
    const { history } = run([{ type: "start", step: 8, actor: kasubag }]);
    const state = foldHistory(history);
    const r = applyAction(state, { type: "finish", step: 8, actor: kasubag }, t0);
    expect("error" in r && r.error).toMatch(/Langkah 8 memerlukan langkah 7 berstatus Selesai/);
    const o = applyAction(state, { type: "finish", step: 8, actor: kasubag, reason: "Kepala minta segera" }, t0);
    if ("error" in o) throw new Error(o.error);
    expect(o.event.action).toBe("override");
    expect(o.event.reason).toBe("Kepala minta segera");
    expect(stepOf(o.state, 8).status).toBe("Selesai");
    expect(stepOf(o.state, 8).override).toBe("Kepala minta segera");
    const empty = applyAction(state, { type: "override", step: 8, actor: kasubag, reason: "   " }, t0);
    expect("error" in empty && empty.error).toMatch(/Alasan wajib diisi/);
  });

  test("finishing in order needs no reason; reopening is refused while a later step is Selesai", () => {
    const { state } = run([
      { type: "start", step: 1, actor: kasubag },
      { type: "finish", step: 1, actor: kasubag },
      { type: "finish", step: 2, actor: kasubag },
    ]);
    expect(stepOf(state, 2).override).toBeNull();
    const r = applyAction(state, { type: "reopen", step: 1, actor: kasubag }, t0);
    expect("error" in r && r.error).toMatch(/tidak dapat dibuka lagi selama langkah 2 berstatus Selesai/);
    const ok = applyAction(state, { type: "reopen", step: 2, actor: kasubag, reason: "data salah" }, t0);
    if ("error" in ok) throw new Error(ok.error);
    expect(stepOf(ok.state, 2)).toMatchObject({ status: "Berjalan", finishedAt: null });
  });

  test("starting twice, finishing twice and empty names are refused in Indonesian", () => {
    const { state } = run([{ type: "start", step: 1, actor: kasubag }]);
    expect(applyAction(state, { type: "start", step: 1, actor: kasubag }, t0)).toEqual({
      error: "Langkah 1 sudah berjalan.",
    });
    const done = run([{ type: "finish", step: 1, actor: kasubag }]).state;
    expect(applyAction(done, { type: "finish", step: 1, actor: kasubag }, t0)).toEqual({
      error: "Langkah 1 sudah Selesai.",
    });
    expect(applyAction(done, { type: "start", step: 1, actor: kasubag }, t0)).toMatchObject({
      error: expect.stringMatching(/Buka lagi/),
    });
    expect(
      applyAction(done, { type: "assign", step: 2, actor: kasubag, who: { name: " ", role: "Staf" } }, t0),
    ).toEqual({
      error: "Nama pelaksana wajib diisi.",
    });
  });

  test("assign and note change who and the note; starting sets the actor as pelaksana when none", () => {
    const { state } = run([
      { type: "start", step: 4, actor: kasubag },
      { type: "assign", step: 4, actor: kasubag, who: { name: "Andi", role: "Staf" } },
      { type: "note", step: 4, actor: kasubag, note: "Bidang 2 terlambat\nkirim" },
    ]);
    expect(stepOf(state, 4).who).toEqual({ name: "Andi", role: "Staf" });
    expect(stepOf(state, 4).note).toBe("Bidang 2 terlambat kirim");
    expect(stepOf(run([{ type: "start", step: 3, actor: kasubag }]).state, 3).who).toEqual(kasubag);
  });
});

describe("merge of copies", () => {
  test("two people changing different steps on copies: both changes kept, state is the fold", () => {
    const base = run([{ type: "finish", step: 1, actor: kasubag }]).history;
    const a = appendAction(base, { type: "finish", step: 2, actor: kasubag }, new Date(2026, 10, 25, 9, 0));
    const b = appendAction(
      base,
      { type: "note", step: 5, actor: { name: "Sekretaris", role: "" }, note: "siapkan rapat" },
      new Date(2026, 10, 26, 9, 0),
    );
    if ("error" in a || "error" in b) throw new Error("unexpected");
    const m = mergeHistories(a.history, b.history);
    expect(m).toHaveLength(3);
    expect(mergeHistories(b.history, a.history)).toEqual(m);
    const s = foldHistory(m);
    expect(stepOf(s, 2).status).toBe("Selesai");
    expect(stepOf(s, 5).note).toBe("siapkan rapat");
    expect(s.conflicts).toEqual([]);
  });

  test("a merged change that breaks a rule is kept and reported as a conflict", () => {
    const base = run([
      { type: "finish", step: 1, actor: kasubag },
      { type: "finish", step: 2, actor: kasubag },
    ]).history;
    const a = appendAction(base, { type: "finish", step: 3, actor: kasubag }, new Date(2026, 11, 1, 9, 0));
    const b = appendAction(base, { type: "reopen", step: 2, actor: kasubag }, new Date(2026, 11, 1, 10, 0));
    if ("error" in a || "error" in b) throw new Error("unexpected");
    const s = foldHistory(mergeHistories(a.history, b.history));
    expect(s.conflicts.map((c) => c.step)).toEqual([2, 3]);
    expect(s.conflicts[0].message).toMatch(/dari salinan lain bertentangan dengan aturan/);
  });
});

describe("time against the mutu baku", () => {
  test("working days skip weekends, national holidays and cuti bersama", () => {
    // Friday 15 May 2026 is cuti bersama, 14 May Kenaikan: Wed 13 -> Mon 18 counts 13 and 18
    expect(workingDaysBetween(new Date(2026, 4, 13, 9), new Date(2026, 4, 18, 9))).toBe(2);
    // 4 hari from Monday 23 November 2026 ends Thursday 26 November
    expect(workingDayDeadline(new Date(2026, 10, 23, 14), 4)).toEqual(new Date(2026, 10, 26, 23, 59, 59, 999));
    // Idulfitri 2026: Thu 19 (Nyepi) ... Tue 24 off; 1 hari from Wed 18 Mar 2026 (cuti bersama) is Wed 25
    expect(workingDayDeadline(new Date(2026, 2, 18, 8), 1).getDate()).toBe(25);
  });

  test("step 5 (4 hari) overdue on the fifth working day; step 1 (10 menit) overdue after 10 minutes", () => {
    const start = new Date(2026, 10, 23, 14); // Monday
    expect(elapsedAgainstMutuBaku(5, start, new Date(2026, 10, 26, 16)).overdue).toBe(false);
    const late = elapsedAgainstMutuBaku(5, start, new Date(2026, 10, 27, 8));
    expect(late).toMatchObject({
      overdue: true,
      overdueText: "Terlambat 1 hari kerja",
      elapsedText: "5 hari kerja",
      deadlineText: "26 November 2026",
    });
    expect(elapsedAgainstMutuBaku(1, t0, new Date(t0.getTime() + 10 * 60000)).overdue).toBe(false);
    expect(elapsedAgainstMutuBaku(1, t0, new Date(t0.getTime() + 25 * 60000))).toMatchObject({
      overdue: true,
      overdueText: "Terlambat 15 menit",
      elapsedText: "25 menit",
    });
  });

  test("the view model shows Indonesian times, overdue and why Selesai is blocked", () => {
    let h: HistoryEvent[] = [];
    const r = appendAction(h, { type: "start", step: 2, actor: kasubag }, t0);
    if ("error" in r) throw new Error(r.error);
    h = r.history;
    const v = stepViewModel(foldHistory(h), new Date(t0.getTime() + 3 * 3600000));
    expect(v[1]).toMatchObject({
      status: "Berjalan",
      startedText: "24 November 2026 10.15",
      finishedText: "-",
      elapsedText: "3 jam",
      overdue: true,
      overdueText: "Terlambat 1 jam",
      finishBlock: "Langkah 2 memerlukan langkah 1 berstatus Selesai terlebih dahulu.",
      whoText: "Rina Wulandari, S.E., Kasubag Program",
    });
    expect(v[0]).toMatchObject({
      status: "Belum",
      elapsedText: null,
      whoText: "Kepala (Kadis/Kaban) (belum ditunjuk)",
      canStart: true,
    });
  });

  test("event times carry the offset and sort by instant", () => {
    const at = toEventTime(t0);
    expect(at).toMatch(/^2026-11-24T10:15:00\.000[+-]\d{2}:\d{2}$/);
    expect(parseTime(at)).toBe(t0.getTime());
    expect(parseTime("2026-11-24T10:15:00.000+07:00")).toBe(parseTime("2026-11-24T11:15:00.000+08:00"));
    expect(initialState().steps.every((s) => s.status === "Belum")).toBe(true);
  });
});
