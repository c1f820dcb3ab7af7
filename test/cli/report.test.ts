/**
 * `lakip report` through runReport (in-process, fixed date): exit codes, nothing written on
 * errors, the built-in and an agency template, refilling, --paper, SOP properties.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { UsageError } from "../../src/cli/args";
import { runReport, type ReportDeps } from "../../src/cli/commands/report";
import { REPORT_TAGS, TEKS_TAGS } from "../../src/core/report";
import { withCustomProperties } from "../../src/hosts/files/writeGrid";
import { testWith } from "../support/tools";

const ROOT = path.join(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "kesbangpol-2025.xlsx");
const NO_IDENTITAS = path.join(ROOT, "examples", "contoh-tanpa-identitas.xlsx");
const NOW = new Date(2026, 10, 24, 10, 15);
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "lakip-report-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs `lakip report` in-process without the LibreOffice layout (its page numbers are tested in
 * reportPages.test.ts), so each run takes a moment, not a LibreOffice start.
 */
async function report(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return reportWith({ layout: null }, ...args);
}

async function reportWith(deps: ReportDeps, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runReport(
    args,
    { out: (s) => void (out += s), err: (s) => void (err += s) },
    { now: () => NOW, ...deps },
  );
  return { code, out, err };
}

async function part(file: string, name = "word/document.xml"): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const f = zip.file(name);
  return f ? f.async("string") : "";
}

test("writes the report from the built-in template with every control filled", async () => {
  const out = path.join(dir, "LAKIP.docx");
  const r = await report(EXAMPLE, "--out", out);
  expect(r.code).toBe(0);
  expect(r.out).toContain(`Dokumen LAKIP ditulis: ${out}`);
  for (const t of REPORT_TAGS) expect(r.out).toContain(t.tag);
  const xml = await part(out);
  // only the agency's own sections and the empty logo still show a placeholder, and they are listed
  expect(xml.match(/<w:showingPlcHdr\/>/g)?.length).toBe(TEKS_TAGS.length + 1);
  for (const t of TEKS_TAGS) expect(r.err).toContain(t.tag);
  expect(r.err).toContain("lakip:logo");
  expect(xml).toContain("Tabel 3.");
  expect(xml).toContain(" Pengukuran Kinerja");
  // the signing date is the workbook's Tanggal Laporan (the example has one), not the day it was made
  expect(xml).toContain("Pangkalan Bun, 15 Januari 2026");
  expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
  // no layout engine: the page numbers are estimated, and the user is told to update them in Word
  expect(r.err).toContain("nomor halaman pada Daftar Isi, Daftar Tabel dan Daftar Grafik masih perkiraan");
  expect(r.err).toContain("Referensi > Perbarui Tabel");
  expect(await part(out, "docProps/custom.xml")).toContain(
    'name="LAKIP Nomor Halaman"><vt:lpwstr>Perkiraan; perbarui Daftar Isi',
  );
});

test("with a layout engine its page numbers go into the .docx; entries it misses, or its failure, are said", async () => {
  const out = path.join(dir, "LAKIP-laid-out.docx");
  const seen: (string | null)[] = [];
  const r = await reportWith(
    {
      layout: async (_docx, pdf) => {
        seen.push(pdf);
        return [{ kind: "toc", text: "BAB III Akuntabilitas Kinerja\t42" }];
      },
    },
    EXAMPLE,
    "--out",
    out,
  );
  expect(r.code).toBe(0);
  expect(seen).toEqual([null]); // laid out without writing a PDF
  const xml = await part(out);
  expect(xml).toMatch(/BAB III Akuntabilitas Kinerja<\/w:t><\/w:r><w:r><w:tab\/><\/w:r>.*?<w:t>42<\/w:t>/);
  // one entry found of many: the others stay estimated, and the user is told
  expect(r.err).toContain("masih perkiraan (LibreOffice tidak menemukan semua entri daftar)");
  const failing = await reportWith(
    {
      layout: async () => {
        throw new Error("LibreOffice gagal menata halaman laporan (kode 1).");
      },
    },
    EXAMPLE,
    "--out",
    out,
  );
  expect(failing.code).toBe(0);
  // a report too large to lay out in reasonable time is laid out only for --pdf
  const large = await reportWith(
    {
      layoutMaxChars: 1000,
      layout: async () => {
        throw new Error("not called");
      },
    },
    EXAMPLE,
    "--out",
    out,
  );
  expect(large.code).toBe(0);
  expect(large.err).toContain("masih perkiraan (laporan ini terlalu besar untuk ditata LibreOffice");
  expect(failing.err).toContain("masih perkiraan (LibreOffice gagal menata halaman laporan (kode 1).)");
});

test("marks SOP step 6 Selesai in the document's custom properties and carries the workbook's steps", async () => {
  const out = path.join(dir, "LAKIP-sop.docx");
  expect((await report(EXAMPLE, "--out", out)).code).toBe(0);
  const custom = await part(out, "docProps/custom.xml");
  expect(custom).toMatch(/name="LAKIP Langkah 6"><vt:lpwstr>Selesai \| [^|]+ \| 2026-11-24T10:15 \|/);
  for (let n = 1; n <= 8; n++) expect(custom).toContain(`name="LAKIP Langkah ${n}"`);
  const types = await part(out, "[Content_Types].xml");
  expect(types).toContain("/docProps/custom.xml");
});

test("carries the steps recorded in the workbook (2-5) into the document's tracker", async () => {
  const step4 = "Selesai | 2026-11-03T09:00 | 2026-11-03T11:30 | Andi, Staf | 5 unit terhimpun";
  const xlsx = path.join(dir, "with-steps.xlsx");
  writeFileSync(xlsx, await withCustomProperties(readFileSync(EXAMPLE), { "LAKIP Langkah 4": step4 }));
  const out = path.join(dir, "LAKIP-steps.docx");
  expect((await report(xlsx, "--out", out)).code).toBe(0);
  const custom = await part(out, "docProps/custom.xml");
  expect(custom).toMatch(
    /name="LAKIP Langkah 4"><vt:lpwstr>Selesai \| 2026-11-03T09:00 \| 2026-11-03T11:30 \| Andi, Staf \|/,
  );
  expect(custom).toMatch(/name="LAKIP Langkah 6"><vt:lpwstr>Selesai \|/);
});

test("with error findings: exit 1, the errors printed, nothing written", async () => {
  const out = path.join(dir, "tidak-ada.docx");
  const r = await report(NO_IDENTITAS, "--out", out);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/GALAT MISSING_SHEET/);
  expect(r.err).toMatch(/tidak ditulis/);
  expect(existsSync(out)).toBe(false);
});

test("unusable input and arguments are UsageErrors (exit 2) and write nothing", async () => {
  const out = path.join(dir, "x.docx");
  await expect(report(path.join(dir, "hilang.xlsx"), "--out", out)).rejects.toThrow(UsageError);
  await expect(report(EXAMPLE)).rejects.toThrow(/--out/);
  await expect(report(EXAMPLE, "--out", path.join(dir, "x.pdf"))).rejects.toThrow(/\.docx/);
  await expect(report(EXAMPLE, "--out", path.join(dir, "tidak", "ada", "x.docx"))).rejects.toThrow(/tidak ada/);
  await expect(report(EXAMPLE, "--out", out, "--paper", "A5")).rejects.toThrow(/A4 atau F4/);
  await expect(report(EXAMPLE, "--out", out, "--template", path.join(dir, "hilang.docx"))).rejects.toThrow(
    /tidak ditemukan/,
  );
  const notDocx = path.join(dir, "bukan.docx");
  writeFileSync(notDocx, "bukan zip");
  await expect(report(EXAMPLE, "--out", out, "--template", notDocx)).rejects.toThrow(/bukan dokumen Word/);
  await expect(report(EXAMPLE, "--out", out, "--template", notDocx, "--paper", "F4")).rejects.toThrow(/--paper/);
  expect(existsSync(out)).toBe(false);
});

test("--paper F4 uses the 215 x 330 mm template", async () => {
  const out = path.join(dir, "LAKIP-F4.docx");
  expect((await report(EXAMPLE, "--out", out, "--paper", "F4")).code).toBe(0);
  expect(await part(out)).toContain('<w:pgSz w:w="12189" w:h="18709"/>');
});

test("refilling a filled report gives the same document content (no second copy)", async () => {
  const first = path.join(dir, "pertama.docx");
  const second = path.join(dir, "kedua.docx");
  expect((await report(EXAMPLE, "--out", first)).code).toBe(0);
  expect((await report(EXAMPLE, "--out", second, "--template", first)).code).toBe(0);
  const a = await part(first);
  const b = await part(second);
  expect(b).toBe(a);
  expect(b.split("Tabel 3.1 Pengukuran Kinerja").length - 1).toBe(1);
});

test("an agency's own template: its text untouched, missing tags warned, exit 0", async () => {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const before = `<w:p><w:r><w:t>Sambutan Bupati &amp; catatan kami</w:t></w:r></w:p>`;
  const after = `<w:p><w:r><w:t xml:space="preserve">Penutup milik instansi </w:t></w:r></w:p>`;
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${before}<w:sdt><w:sdtPr><w:alias w:val="Pengukuran"/><w:tag w:val="lakip:tabel-pengukuran"/><w:id w:val="5"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt>${after}<w:sectPr/></w:body></w:document>`,
  );
  const template = path.join(dir, "milik-instansi.docx");
  writeFileSync(template, await zip.generateAsync({ type: "nodebuffer" }));
  const out = path.join(dir, "dari-template.docx");
  const r = await report(EXAMPLE, "--out", out, "--template", template);
  expect(r.code).toBe(0);
  expect(r.err).toMatch(/tidak memiliki kontrol untuk 14 bagian/);
  expect(r.err).toContain("Ikhtisar Eksekutif (lakip:ikhtisar)");
  const xml = await part(out);
  expect(
    xml.startsWith(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${before}<w:sdt>`,
    ),
  ).toBe(true);
  expect(xml.endsWith(`</w:sdt>${after}<w:sectPr/></w:body></w:document>`)).toBe(true);
  expect(xml).toContain(" Pengukuran Kinerja Badan");
});

describe("agency sections, logo and PDF", () => {
  const LOGO = path.join(ROOT, "assets", "icon-64.png");

  test("--logo puts the picture into the lakip:logo control; a refill without --logo keeps it", async () => {
    const out = path.join(dir, "logo.docx");
    const r = await report(EXAMPLE, "--out", out, "--logo", LOGO);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain("lakip:logo");
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(zip.file("word/media/lakip-logo.png")).not.toBeNull();
    const xml = await part(out);
    expect(xml).toMatch(/<w:tag w:val="lakip:logo"\/>[\s\S]*?<w:drawing>[\s\S]*?r:embed="rIdLakipLogo"/);
    const again = path.join(dir, "logo-again.docx");
    expect((await report(EXAMPLE, "--out", again, "--template", out)).code).toBe(0);
    expect(await part(again)).toBe(xml);
    expect((await JSZip.loadAsync(readFileSync(again))).file("word/media/lakip-logo.png")).not.toBeNull();
  });

  test("--logo that is not a PNG or JPEG, or is missing: exit 2, nothing written", async () => {
    const out = path.join(dir, "bad-logo.docx");
    const fake = path.join(dir, "logo.png");
    writeFileSync(fake, "bukan gambar");
    await expect(report(EXAMPLE, "--out", out, "--logo", fake)).rejects.toThrow(/bukan gambar PNG atau JPEG/);
    await expect(report(EXAMPLE, "--out", out, "--logo", path.join(dir, "tidak-ada.png"))).rejects.toThrow(
      /tidak ditemukan/,
    );
    expect(existsSync(out)).toBe(false);
  });

  test("--pdf without LibreOffice on the machine: exit 2 with what to install, nothing written", async () => {
    const out = path.join(dir, "nolo.docx");
    const saved = process.env.PATH;
    process.env.PATH = dir; // no soffice here
    try {
      await expect(reportWith({}, EXAMPLE, "--out", out, "--pdf", path.join(dir, "x.pdf"))).rejects.toThrow(
        /apt-get install libreoffice-writer-nogui python3-uno/,
      );
    } finally {
      process.env.PATH = saved;
    }
    expect(existsSync(out)).toBe(false);
    await expect(report(EXAMPLE, "--out", out, "--pdf", EXAMPLE)).rejects.toThrow(UsageError);
  });

  testWith(
    ["soffice", "python3-uno", "pdftotext"],
    "--pdf writes the PDF with a page-numbered Daftar Isi, and LibreOffice's page numbers go into the .docx",
    async () => {
      const out = path.join(dir, "pdf.docx");
      const pdf = path.join(dir, "pdf.pdf");
      const r = await reportWith({}, EXAMPLE, "--out", out, "--pdf", pdf);
      expect(r.code).toBe(0);
      expect(r.err).not.toContain("masih perkiraan");
      expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
      expect(text).toMatch(/BAB III Akuntabilitas Kinerja\.{3,}\s*\d+/);
      expect(text).toMatch(/Tabel 3\.1 Pengukuran Kinerja.*\.{3,}\s*\d+/);
      expect(text).toMatch(/Grafik 3\.1 Capaian Kinerja per Sasaran.*\.{3,}\s*\d+/);
      // the .docx carries the same page number LibreOffice printed for BAB III
      const printed = /BAB III Akuntabilitas Kinerja\.{3,}\s*(\d+)/.exec(text)![1];
      const xml = await part(out);
      expect(xml).toMatch(
        new RegExp(`BAB III Akuntabilitas Kinerja</w:t></w:r><w:r><w:tab/></w:r>.*?<w:t>${printed}</w:t>`),
      );
    },
    180_000,
  );
});
