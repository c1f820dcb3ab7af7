/**
 * The "Tahapan SOP" tab of the Word pane in headless Chromium through the harness
 * (build/harness/word.html): the eight-step stepper, the review (step 7), the approval (step 8)
 * and an older Word. The harness is opened in WIB (Asia/Jakarta) with its clock started at a fixed
 * time (`now=`), so the dates in the screenshots are repeatable. Screenshots of the 320 px pane go
 * to test-artifacts/sop-*.png.
 */
import { join } from "path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { STEPS, formatMutuBaku } from "../../src/core/sop";
import { LOGO_TAG, LOGO_TITLE, TEKS_TAGS } from "../../src/core/report/tags";
import { expectAccessible } from "./axe";
import { harnessUrl, launchBrowser, screenshot } from "./support";

const EXAMPLE = join(__dirname, "../../examples/kesbangpol-2025.xlsx");
/** Tuesday 24 November 2026, 10.00 WIB: a working day. */
const NOW = "2026-11-24T10:00";

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 1280, height: 1000 },
    timezoneId: "Asia/Jakarta",
    locale: "id-ID",
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

interface HarnessPage extends Page {
  errors: string[];
}

/** Opens the Word harness and switches to the "Tahapan SOP" tab. */
async function openSop(query: string): Promise<HarnessPage> {
  const page = (await context.newPage()) as HarnessPage;
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && page.errors.push(m.text()));
  await page.goto(harnessUrl(`word.html?now=${NOW}&${query}`));
  await page.getByRole("tab", { name: "Tahapan SOP" }).click();
  await stepper(page).waitFor();
  return page;
}

const pane = (page: Page) => page.getByTestId("pane");
const stepper = (page: Page) => page.getByRole("region", { name: "Tahapan SOP penyusunan LAKIP" });
const current = (page: Page) => page.getByTestId("sop-current");
const step = (page: Page, n: number) => stepper(page).locator(`li[aria-label^="Langkah ${n}:"]`);
const reviewPanel = (page: Page) => page.getByRole("region", { name: "Koreksi dokumen (langkah 7)" });
const approvalPanel = (page: Page) => page.getByRole("region", { name: "Persetujuan (langkah 8)" });
/** A step's status, read from the badge the user sees. */
const statusOf = async (page: Page, n: number) =>
  (await step(page, n).locator(".fui-Badge").first().innerText()).trim();
const exact = (name: string) => ({ name, exact: true });

/**
 * The Word fake behind the harness (window.wordHarness.office, a WordPackage): the document the
 * Office.js SOP ports wrote to, read in the page.
 */
interface HarnessOffice {
  properties: Map<string, string>;
  xmlParts: { xml: string }[];
  trackingMode: string;
  selected: string | null;
  openItems(): number;
  acceptRevision(index: number): void;
  resolveComment(id: string): void;
}
type HarnessWindow = { wordHarness: { office: HarnessOffice } };
const property = (page: Page, name: string) =>
  page.evaluate((n) => (window as unknown as HarnessWindow).wordHarness.office.properties.get(n), name);
const historyXml = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as HarnessWindow).wordHarness.office.xmlParts
      .map((p) => p.xml)
      .filter((x) => x.includes("urn:lakip:sop:riwayat"))
      .join(""),
  );
const reviewState = (page: Page) =>
  page.evaluate(() => {
    const o = (window as unknown as HarnessWindow).wordHarness.office;
    return { trackingOn: o.trackingMode !== "Off", selected: o.selected, open: o.openItems() };
  });
/** A reviewer accepts the first `revisions` tracked changes and resolves the comments `comments` in the document. */
const resolveItems = (page: Page, revisions: number, comments: string[] = []) =>
  page.evaluate(
    ({ revisions, comments }) => {
      const o = (window as unknown as HarnessWindow).wordHarness.office;
      for (let i = 0; i < revisions; i++) o.acceptRevision(0);
      for (const id of comments) o.resolveComment(id);
    },
    { revisions, comments },
  );
/** Waits until a dialog's opening animation has finished (instead of sleeping). */
const settled = (dialog: Locator) =>
  dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));

/** Polls until `read` gives a value that passes `ok` (the UI updates asynchronously); returns it. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    v = await read();
  }
  return v;
}

/** The full text of step n: a finished step shows one line until its details are opened. */
async function details(page: Page, n: number): Promise<string> {
  const open = step(page, n).getByRole("button", exact(`Rincian langkah ${n}`));
  if ((await open.count()) > 0) await open.click();
  await step(page, n)
    .getByRole("button", exact(`Sembunyikan rincian langkah ${n}`))
    .or(step(page, n).locator("h3"))
    .first()
    .waitFor();
  return step(page, n).innerText();
}

async function setActor(page: Page, name: string, role: string): Promise<void> {
  await page.getByRole("textbox", { name: "Nama Anda" }).fill(name);
  await page.getByRole("textbox", { name: "Jabatan Anda" }).fill(role);
}

/** Answers the reason dialog; checks that the confirm button waits for a reason. */
async function giveReason(page: Page, confirm: string, reason: string): Promise<string> {
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  const ok = dialog.getByRole("button", exact(confirm));
  expect(await ok.isDisabled()).toBe(true);
  const explanation = await dialog.innerText();
  await dialog.getByRole("textbox").fill(reason);
  expect(await ok.isDisabled()).toBe(false);
  await ok.click();
  await dialog.waitFor({ state: "detached" });
  return explanation;
}

/** The pane must not scroll sideways at 320 px: nothing inside is wider than the pane. */
async function expectNoOverflow(page: Page): Promise<void> {
  const wide = await pane(page).evaluate((root) => {
    const limit = root.getBoundingClientRect().right + 0.5;
    const out: string[] = [];
    root.querySelectorAll("*").forEach((el) => {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > limit && getComputedStyle(el).visibility !== "hidden")
        out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? "").slice(0, 40)}" ${Math.round(r.right)}`);
    });
    return { scroll: root.scrollWidth - root.clientWidth, out };
  });
  expect(wide.out).toEqual([]);
  expect(wide.scroll).toBeLessThanOrEqual(0);
}

async function shot(page: Page, name: string, target?: Locator): Promise<void> {
  await expectAccessible(page, name);
  await screenshot(target ?? pane(page), name);
}

describe("Tahapan SOP tab in the harness", () => {
  test("stepper: eight steps, Mulai and Selesai, the order rule and an override with a reason", async () => {
    const page = await openSop("doc=empty");
    const items = stepper(page).locator("li[aria-label^='Langkah ']");
    expect(await items.count()).toBe(8);
    for (const def of STEPS) {
      const text = await step(page, def.number).innerText();
      expect(text).toContain(`${def.number}. ${def.kegiatan}`);
      expect(text).toContain(`${def.pelaksana} (belum ditunjuk)`);
      expect(text).toContain(formatMutuBaku(def.waktu));
      expect(await statusOf(page, def.number)).toBe("Belum");
    }
    await expectNoOverflow(page);
    await shot(page, "sop-1-stepper-awal");

    await setActor(page, "Rina Wulandari, S.E.", "Kasubag Program");
    // The current step's action is the one primary button of "Langkah sekarang" (not repeated in the list).
    expect(
      await step(page, 1)
        .getByRole("button", { name: /^Mulai/ })
        .count(),
    ).toBe(0);
    await current(page).getByRole("button", exact("Mulai langkah 1")).click();
    await expect(step(page, 1).getAttribute("aria-label")).resolves.toBe("Langkah 1: Berjalan");
    expect(await statusOf(page, 1)).toBe("Berjalan");
    expect(await step(page, 1).innerText()).toMatch(/Mulai\s+24 November 2026 10\.0\d/);
    await shot(page, "sop-2-langkah1-berjalan", step(page, 1));

    await current(page).getByRole("button", exact("Tandai langkah 1 Selesai")).click();
    await expect(step(page, 1).getAttribute("aria-label")).resolves.toBe("Langkah 1: Selesai");
    const one = await details(page, 1);
    expect(one).toMatch(/Selesai\s+24 November 2026 10\.0\d/);
    expect(one).toMatch(/Waktu\s+kurang dari 1 menit/);
    expect(one).not.toContain("Terlambat");
    // recorded for the person named at the top, and written to the document property
    const prop1 = await property(page, "LAKIP Langkah 1");
    expect(prop1).toMatch(
      /^Selesai \| 2026-11-24T10:0\d \| 2026-11-24T10:0\d \| Rina Wulandari, S\.E\., Kasubag Program/,
    );

    // Step 3 needs step 2 Selesai: Selesai is refused, with the reason in Indonesian.
    const three = step(page, 3);
    // Not started: only Mulai is offered, no red rule on a step nobody has touched.
    expect(await three.getByRole("button", exact("Selesai langkah 3")).count()).toBe(0);
    expect(await three.innerText()).not.toContain("memerlukan");
    await three.getByRole("button", exact("Mulai langkah 3")).click();
    await expect(three.getAttribute("aria-label")).resolves.toBe("Langkah 3: Berjalan");
    // the running step is the current one: its Selesai is in "Langkah sekarang", held with the reason
    const finish3 = current(page).getByRole("button", exact("Tandai langkah 3 Selesai"));
    expect(await finish3.isDisabled()).toBe(true);
    const why = "Langkah 3 memerlukan langkah 2 berstatus Selesai terlebih dahulu.";
    expect(await three.innerText()).toContain(why);
    expect(await finish3.getAttribute("aria-describedby")).toBe("sop-current-reason");
    expect(await page.locator("#sop-current-reason").innerText()).toContain(why);
    expect(await page.locator("#sop-block-3").innerText()).toBe(why);
    await finish3.click({ force: true }); // a click on the disabled button changes nothing
    expect(await statusOf(page, 3)).toBe("Berjalan");
    await shot(page, "sop-3-langkah3-ditolak", three);

    // Override with a reason: recorded and shown in the step.
    // The dialog as Word's task pane shows it: a window 320 px wide.
    await page.setViewportSize({ width: 320, height: 700 });
    await three.getByRole("button", exact("Lewati prasyarat dengan alasan, langkah 3")).click();
    await page.getByRole("dialog").waitFor();
    await settled(page.getByRole("dialog"));
    const box = await page.getByRole("dialog").boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    await shot(page, "sop-4-dialog-alasan", page.getByRole("dialog"));
    const reason = "Format dikirim langsung oleh Kepala tanpa langkah 2";
    const explanation = await giveReason(page, "Tandai Selesai", reason);
    expect(explanation).toContain(why);
    await expect(three.getAttribute("aria-label")).resolves.toBe("Langkah 3: Selesai");
    await page.setViewportSize({ width: 1280, height: 1000 });
    const threeText = await details(page, 3);
    expect(threeText).toContain("Prasyarat dilewati");
    expect(threeText).toMatch(new RegExp(`Alasan\\s+${reason}`));
    const history = await historyXml(page);
    expect(history).toContain(reason);
    // step 1 can still be reopened: its dependant, step 2, is not Selesai
    expect(await step(page, 1).getByRole("button", exact("Buka lagi langkah 1")).isDisabled()).toBe(false);
    await expectNoOverflow(page);
    await shot(page, "sop-5-stepper-sesudah-abaikan");
    expect(page.errors).toEqual([]);
    await page.close();
  }, 120_000);

  test("review: Mulai koreksi, counts, jump to an item, Selesaikan koreksi refused then overridden", async () => {
    const page = await openSop("doc=empty&sop=demo");
    // The demo: steps 1-5 Selesai (step 5 late), step 6 running since 07.30.
    for (const n of [1, 2, 3, 4, 5]) expect(await statusOf(page, n)).toBe("Selesai");
    expect(await statusOf(page, 6)).toBe("Berjalan");
    const five = await details(page, 5);
    expect(five).toContain("Terlambat");
    expect(five).toMatch(/Terlambat \d+ hari kerja/);
    await shot(page, "sop-6-demo-stepper");

    const review = reviewPanel(page);
    await expect(review.innerText()).resolves.toMatch(/Revisi terbuka:\s*2\s*·\s*Komentar terbuka:\s*1/);
    // Nothing is recorded without a name and a role (the pane remembers the last ones: clear them).
    await setActor(page, "", "");
    await pane(page).getByTestId("sop-who-missing").waitFor();
    expect(await review.getByRole("button", exact("Mulai koreksi")).isDisabled()).toBe(true);
    await setActor(page, "Drs. Bambang Sutrisno", "Sekretaris");
    // The review starts once step 6 (the draft) is Selesai, as the rule says; the button says so.
    expect(await review.getByRole("button", exact("Mulai koreksi")).isDisabled()).toBe(true);
    expect(await review.innerText()).toContain("Koreksi dimulai setelah langkah 6 Selesai");
    // The same rule on step 7's own Mulai in the stepper.
    expect(await step(page, 7).getByRole("button", exact("Mulai langkah 7")).isDisabled()).toBe(true);
    expect(await step(page, 7).innerText()).toContain("Koreksi dimulai setelah langkah 6 Selesai");
    await current(page).getByRole("button", exact("Tandai langkah 6 Selesai")).click();
    await expect(step(page, 6).getAttribute("aria-label")).resolves.toBe("Langkah 6: Selesai");
    await review.getByRole("button", exact("Mulai koreksi")).click();
    await expect(step(page, 7).getAttribute("aria-label")).resolves.toBe("Langkah 7: Berjalan");
    await review.getByText("Lacak Perubahan menyala untuk semua orang").waitFor();
    expect((await reviewState(page)).trackingOn).toBe(true);
    expect(await review.getByRole("button", exact("Mulai koreksi")).isDisabled()).toBe(true);
    const list = review.getByRole("list", { name: "Revisi dan komentar terbuka" });
    expect(await list.getByRole("listitem").count()).toBe(3);

    // Jump to the comment: the review port selects its range in the document.
    await list.getByRole("button", { name: /Komentar Kepala Dinas/ }).click();
    expect(
      (
        await until(
          () => reviewState(page),
          (st) => st.selected !== null,
        )
      ).selected,
    ).toBe("komentar-1");
    await shot(page, "sop-7-koreksi-berjalan", review);

    // Items remain: plain "Selesaikan koreksi" is not offered; the reason is asked for.
    expect(await review.getByRole("button", exact("Selesaikan koreksi")).count()).toBe(0);
    const withReason = review.getByRole("button", exact("Selesaikan koreksi dengan alasan"));
    expect(await review.innerText()).toContain("Masih ada 2 revisi dan 1 komentar yang belum diselesaikan.");
    await withReason.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("Masih ada 2 revisi dan 1 komentar");
    await dialog.getByRole("button", exact("Batal")).click();
    await dialog.waitFor({ state: "detached" });
    expect(await statusOf(page, 7)).toBe("Berjalan");

    // A reviewer accepts one revision; Muat ulang shows the new count.
    await resolveItems(page, 1);
    await review.getByRole("button", exact("Muat ulang")).click();
    expect(
      await until(
        () => review.innerText(),
        (t) => /Revisi terbuka:\s*1\b/.test(t),
      ),
    ).toMatch(/Revisi terbuka:\s*1\s*·\s*Komentar terbuka:\s*1/);

    // Then the review with a reason.
    await withReason.click();
    const reason = "Komentar Kepala Dinas dibahas dalam rapat pimpinan";
    const explanation = await giveReason(page, "Selesaikan koreksi", reason);
    expect(explanation).toContain("Masih ada 1 revisi dan 1 komentar");
    expect(explanation).not.toContain("langkah 6"); // step 6 is Selesai now
    await expect(step(page, 7).getAttribute("aria-label")).resolves.toBe("Langkah 7: Selesai");
    const seven = await details(page, 7);
    expect(seven).toContain(reason);
    expect(seven).toContain("Masih ada 1 revisi dan 1 komentar");
    await review.getByText("Koreksi selesai: langkah 7 Selesai.").waitFor();
    const history = await historyXml(page);
    expect(history).toContain(reason);
    await expectNoOverflow(page);
    await shot(page, "sop-8-koreksi-selesai-alasan", review);
    await shot(page, "sop-9-pane-sesudah-koreksi");
    expect(page.errors).toEqual([]);
    await page.close();
  }, 120_000);

  test("approval: the checklist names what is missing; Siap disetujui once it passes", async () => {
    const page = await openSop("doc=template&sop=demo");
    const approval = approvalPanel(page);
    const checklist = approval.getByRole("list", { name: "Daftar periksa akhir" });
    await checklist.waitFor();
    const before = await checklist.innerText();
    const kontrol = await checklist.locator("li", { hasText: "Semua kontrol LAKIP terisi" }).innerText();
    expect(kontrol).toContain("Belum lengkap (kosong: Identitas Instansi, ");
    expect(kontrol).toContain("✖");
    expect(before).toContain("Kesimpulan");
    expect(before).not.toContain("lakip:"); // titles, not tags
    expect(before).toContain("Data belum dimuat. Klik Muat data pada tab Laporan.");
    expect(before).toContain("Masih ada 2 revisi dan 1 komentar yang belum diselesaikan.");
    expect(before).toContain("Belum Selesai: langkah 6, 7.");
    expect(await approval.getByRole("button", exact("Siap disetujui")).count()).toBe(0);
    expect(await approval.getByRole("button", exact("Siap disetujui dengan alasan")).count()).toBe(1);
    await expectNoOverflow(page);
    await shot(page, "sop-10-persetujuan-belum", approval);

    // Make every item pass: load and fill the report, finish step 6, resolve the review items,
    // run the review to Selesai (no reason needed now).
    await page.getByRole("tab", { name: "Laporan" }).click();
    await page.getByTestId("file-input").setInputFiles(EXAMPLE);
    await page.getByTestId("summary").waitFor();
    await page.getByRole("button", { name: "Isi semua" }).click();
    await page.getByTestId("notice").filter({ hasText: "Laporan diisi" }).waitFor();
    // Isi semua records step 6 by doing it: nothing to mark by hand.
    await page
      .getByTestId("notice")
      .filter({ hasText: /Langkah 6 SOP .*dicatat Selesai/ })
      .waitFor();
    await page.getByRole("tab", { name: "Tahapan SOP" }).click();
    await setActor(page, "Rina Wulandari, S.E.", "Kasubag Program");
    await page.locator('li[aria-label="Langkah 6: Selesai"]').waitFor();
    await expect(
      page.getByRole("button", { name: /Selesai langkah 6|Tandai langkah 6 Selesai/ }).count(),
    ).resolves.toBe(0);
    await resolveItems(page, 2, ["1"]);
    expect((await reviewState(page)).open).toBe(0);
    const review = reviewPanel(page);
    await review.getByRole("button", exact("Mulai koreksi")).click();
    await expect(step(page, 7).getAttribute("aria-label")).resolves.toBe("Langkah 7: Berjalan");
    expect(
      await until(
        () => review.innerText(),
        (t) => /Revisi terbuka:\s*0\b/.test(t),
      ),
    ).toMatch(/Revisi terbuka:\s*0\s*·\s*Komentar terbuka:\s*0/);
    await review.getByRole("button", exact("Selesaikan koreksi")).click();
    await expect(step(page, 7).getAttribute("aria-label")).resolves.toBe("Langkah 7: Selesai");

    // The agency's own sections and the cover logo still show their placeholders: the checklist
    // names them (the generated controls are filled now).
    await approval.getByRole("button", exact("Periksa lagi")).click();
    const kontrolItem = checklist.locator("li", { hasText: "Semua kontrol LAKIP terisi" });
    const open = await until(
      () => kontrolItem.innerText(),
      (t) => !t.includes("Identitas Instansi"),
    );
    for (const t of TEKS_TAGS) expect(open).toContain(t.title);
    // The cover logo is a picture control, which Word's content-control collection does not list
    // ("only rich text, plain text, checkbox, dropdown list, and combo box content controls are
    // supported": Word.ContentControl class page): the checklist cannot check it, and does not claim to.
    expect(open).not.toContain(LOGO_TITLE);
    expect(open).toContain("✖");
    // The agency writes them as a user does in Word: typing over each placeholder, putting the logo in.
    await page.evaluate(
      ({ teks, logo }) => {
        const doc = (
          window as unknown as {
            wordHarness: {
              document: { userWritesInControl(tag: string, text: string): void; userPutsPicture(tag: string): void };
            };
          }
        ).wordHarness.document;
        for (const tag of teks) doc.userWritesInControl(tag, `Teks instansi untuk ${tag}.`);
        doc.userPutsPicture(logo);
      },
      { teks: TEKS_TAGS.map((t) => t.tag), logo: LOGO_TAG },
    );
    await approval.getByRole("button", exact("Periksa lagi")).click();
    const after = await until(
      () => checklist.innerText(),
      (t) => !t.includes("Belum"),
    );
    expect(after).toMatch(/\d+ kontrol terisi\./);
    expect(after).toContain("Data yang dimuat bersih.");
    expect(after).toContain("Semua langkah sebelumnya Selesai.");
    expect(await checklist.locator("li", { hasText: "✖" }).count()).toBe(0);
    await shot(page, "sop-11-persetujuan-lengkap", approval);
    await approval.getByRole("button", exact("Siap disetujui")).click();
    await expect(step(page, 8).getAttribute("aria-label")).resolves.toBe("Langkah 8: Selesai");
    await approval.getByText("Langkah 8 Selesai: LAKIP siap disetujui Kepala.").waitFor();
    const prop8 = await property(page, "LAKIP Langkah 8");
    expect(prop8).toMatch(
      /^Selesai \| 2026-11-24T10:\d\d \| 2026-11-24T10:\d\d \| Rina Wulandari, S\.E\., Kasubag Program/,
    );
    await expectNoOverflow(page);
    await shot(page, "sop-12-persetujuan-selesai", approval);
    expect(page.errors).toEqual([]);
    await page.close();
  }, 180_000);

  test("a running step past its mutu baku turns Terlambat while the pane stays open", async () => {
    const page = (await context.newPage()) as HarnessPage;
    page.errors = [];
    page.on("pageerror", (e) => page.errors.push(String(e)));
    await page.clock.install({ time: new Date("2026-11-24T10:00:00+07:00") });
    await page.goto(harnessUrl("word.html?doc=empty"));
    await page.getByRole("tab", { name: "Tahapan SOP" }).click();
    await stepper(page).waitFor();
    await setActor(page, "Drs. H. Ahmad Yani, M.Si", "Kepala Badan");
    const one = step(page, 1);
    await current(page).getByRole("button", exact("Mulai langkah 1")).click();
    await expect(one.getAttribute("aria-label")).resolves.toBe("Langkah 1: Berjalan");
    expect(await one.innerText()).not.toContain("Terlambat");
    // 15 minutes later, no click in between: step 1 (10 menit) is 5 minutes late.
    await page.clock.fastForward("15:00");
    const late = await until(
      () => one.innerText(),
      (t) => t.includes("Terlambat"),
    );
    expect(late).toMatch(/Waktu\s+15 menit \(Terlambat 5 menit\)/);
    expect(await one.locator(".fui-Badge", { hasText: "Terlambat" }).count()).toBe(1);
    expect(await statusOf(page, 1)).toBe("Berjalan");
    await shot(page, "sop-15-berjalan-terlambat", one);
    expect(page.errors).toEqual([]);
    await page.close();
  }, 120_000);

  test("older Word: names the Word needed, counts unknown, marking by hand with reasons", async () => {
    const page = await openSop("doc=empty&sop=demo&word=1.3");
    const review = reviewPanel(page);
    const text = await review.innerText();
    // Plain words, no set names: what the pane cannot do and which Office can.
    expect(text).toContain("menyalakan Lacak Perubahan untuk semua orang");
    expect(text).toContain("Microsoft 365 versi 2208");
    expect(text).toContain("Microsoft 365 versi 2308");
    expect(text).not.toContain("WordApi");
    expect(text).toMatch(/Revisi terbuka:\s*tidak dapat dihitung\s*·\s*Komentar terbuka:\s*tidak dapat dihitung/);
    expect(await review.getByRole("button", exact("Mulai koreksi")).count()).toBe(0);
    await expectNoOverflow(page);
    await shot(page, "sop-13-word-lama", review);

    await setActor(page, "Drs. Bambang Sutrisno", "Sekretaris");
    await current(page).getByRole("button", exact("Tandai langkah 6 Selesai")).click();
    await expect(step(page, 6).getAttribute("aria-label")).resolves.toBe("Langkah 6: Selesai");
    await review.getByRole("button", exact("Tandai koreksi dimulai")).click();
    await expect(step(page, 7).getAttribute("aria-label")).resolves.toBe("Langkah 7: Berjalan");
    await review.getByText(/Nyalakan Lacak Perubahan sendiri di tab Tinjau/).waitFor();
    expect((await reviewState(page)).trackingOn).toBe(false);

    await review.getByRole("button", exact("Selesaikan koreksi dengan alasan")).click();
    const explanation = await giveReason(
      page,
      "Selesaikan koreksi",
      "Diperiksa manual di tab Tinjau: tidak ada revisi",
    );
    expect(explanation).toContain("Word ini tidak dapat menghitung revisi dan komentar");
    await expect(step(page, 7).getAttribute("aria-label")).resolves.toBe("Langkah 7: Selesai");
    const seven = await details(page, 7);
    expect(seven).toContain("Jumlah revisi dan komentar tidak dapat dihitung di Word ini. Alasan: Diperiksa manual");
    expect(seven).not.toContain("lalu tulis alasan"); // the instruction is not recorded as if it were a fact

    // Step 8: the review item cannot be checked here, so approval takes a reason.
    const approval = approvalPanel(page);
    const checklist = approval.getByRole("list", { name: "Daftar periksa akhir" });
    expect(
      await until(
        () => checklist.innerText(),
        (t) => t.includes("Word ini tidak dapat"),
      ),
    ).toContain("Word ini tidak dapat menghitung");
    await approval.getByRole("button", exact("Siap disetujui dengan alasan")).click();
    const why = await giveReason(page, "Tandai siap disetujui", "Disetujui lisan oleh Kepala, data dilampirkan");
    expect(why).toContain("Daftar periksa belum terpenuhi");
    await expect(step(page, 8).getAttribute("aria-label")).resolves.toBe("Langkah 8: Selesai");
    const eight = await details(page, 8);
    expect(eight).toContain("Disetujui lisan oleh Kepala");
    expect(eight).toContain("Tidak ada revisi atau komentar terbuka: belum dapat diperiksa");
    await expectNoOverflow(page);
    await shot(page, "sop-14-word-lama-selesai");
    expect(page.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
