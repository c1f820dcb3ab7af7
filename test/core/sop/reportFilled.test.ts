/** "Isi semua" records step 6 by doing it: Selesai once, the missing prerequisites named, the pelaksana's role. */
import { performAction, recordReportFilled, stepOf } from "../../../src/core/sop";
import { createMemorySopPorts } from "../../../src/hosts/memory/sopMemory";

const NOW = new Date(2026, 0, 12, 10, 0);

test("on a fresh document: Selesai with the missing steps named in the reason and the message", async () => {
  const { tracker } = createMemorySopPorts();
  const said = await recordReportFilled(tracker, "Sari Dewi", NOW);
  expect(said).toMatch(/^Langkah 6 SOP dicatat Selesai; langkah sebelumnya belum Selesai: langkah 5/);
  const six = stepOf((await tracker.load()).state, 6);
  expect(six.status).toBe("Selesai");
  expect(six.who).toEqual({ name: "Sari Dewi", role: "Kasubag Program" });
  expect(six.override).toMatch(/Isi semua/);
  // Filling again records nothing more.
  await expect(recordReportFilled(tracker, "Sari Dewi", NOW)).resolves.toBeNull();
});

test("after steps 1-5: Selesai without a skipped prerequisite; no name: the pane in the step's role", async () => {
  const { tracker } = createMemorySopPorts();
  for (const step of [1, 2, 3, 4, 5] as const) {
    const r = await performAction(tracker, { type: "finish", step, actor: { name: "A", role: "B" } }, NOW);
    expect("error" in r).toBe(false);
  }
  await expect(recordReportFilled(tracker, null, NOW)).resolves.toBe(
    "Langkah 6 SOP (dokumen LAKIP dibuat) dicatat Selesai.",
  );
  const six = stepOf((await tracker.load()).state, 6);
  expect(six.override).toBeNull();
  expect(six.who).toEqual({ name: "Panel Word LAKIP", role: "Kasubag Program" });
});
