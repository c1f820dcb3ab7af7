import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { REPORT_TAGS, TEKS_TAGS, renderControls } from "../../../src/core/report";
import { contentLines, fillDocx, fillPartXml } from "../../../src/hosts/files/docxFill";
import { buildTemplateDocx } from "../../../src/hosts/files/docxTemplate";
import { sampleAnalysis } from "../../core/report/fixtures";
import { CHECK_OOXML, testWith } from "../../support/tools";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const ROOT = path.join(__dirname, "..", "..", "..");
const contents = renderControls(sampleAnalysis(), { tanggal: new Date(2026, 10, 24) });

async function part(docx: Buffer, name = "word/document.xml"): Promise<string> {
  return (await JSZip.loadAsync(docx)).file(name)!.async("string");
}

/**
 * The document with every lakip control's sdtContent blanked, without the `_Toc` bookmarks and
 * the index fields' cached results (both written by the fill): what must never change.
 */
function outside(xml: string): string {
  return xml
    .replace(/<w:sdt><w:sdtPr><w:alias w:val="Analisis Penyebab [\s\S]*?<\/w:sdt>/g, "")
    .replace(/(<w:sdtContent>)[\s\S]*?(<\/w:sdtContent><\/w:sdt>)/g, "$1$2")
    .replace(/<w:showingPlcHdr\/>/g, "")
    .replace(/<w:bookmark(Start|End) [^>]*\/>/g, "")
    .replace(
      /<w:p><w:pPr><w:pStyle w:val="(TOC\d|TableofFigures)"\/>[\s\S]*?<\/w:p>(?=<w:p><w:pPr><w:pStyle w:val="(JudulBagian|Heading1)")/g,
      "[indeks]",
    );
}

function docWith(body: string, prefix = "w"): string {
  const b = prefix === "w" ? body : body.replace(/(<\/?|\s)w:/g, `$1${prefix}:`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}:document xmlns:${prefix}="${W}"><${prefix}:body>${b}</${prefix}:body></${prefix}:document>`;
}

const sdt = (tag: string, content = "<w:p><w:r><w:t>lama</w:t></w:r></w:p>") =>
  `<w:sdt><w:sdtPr><w:alias w:val="x"/><w:tag w:val="${tag}"/><w:id w:val="7"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

describe("fillDocx on the built-in template", () => {
  let template: Buffer;
  let filled: Awaited<ReturnType<typeof fillDocx>>;
  beforeAll(async () => {
    template = await buildTemplateDocx("A4");
    filled = await fillDocx(template, contents);
  });

  test("fills every tag and reports none missing", () => {
    expect(filled.filled).toEqual(REPORT_TAGS.map((t) => t.tag));
    expect(filled.missingTags).toEqual([]);
    expect(filled.skipped).toEqual([]);
  });

  test("puts the rendered content inside the controls and drops the placeholder flag", async () => {
    const doc = await part(filled.docx);
    const header = await part(filled.docx, "word/header1.xml");
    for (const t of REPORT_TAGS) {
      const xml = t.tag === "lakip:kepala-halaman" ? header : doc;
      const i = xml.indexOf(`<w:tag w:val="${t.tag}"/>`);
      expect(i).toBeGreaterThan(0);
      const start = xml.indexOf("<w:sdtContent>", i) + "<w:sdtContent>".length;
      // the end of this control's content, past the analysis sections (lakip:teks-analisis-N) nested in the narrative
      let end = xml.indexOf("</w:sdtContent>", start);
      for (let k = start; ;) {
        const inner = xml.indexOf("<w:sdtContent>", k);
        if (inner < 0 || inner > end) break;
        k = end + 1;
        end = xml.indexOf("</w:sdtContent>", k);
      }
      // headings and captions carry the index bookmarks the fill adds
      expect(xml.slice(start, end).replace(/<w:bookmark(Start|End) [^>]*\/>/g, "")).toBe(contents[t.tag]);
      expect(xml.slice(xml.lastIndexOf("<w:sdtPr>", i), i + 50)).not.toContain("showingPlcHdr");
    }
    expect(doc).not.toContain("diisi otomatis dari");
    // the agency's sections keep their placeholder, and are listed as open
    // + the empty logo, + the analysis section of the sample's one miss without Faktor text
    expect(doc.match(/<w:showingPlcHdr\/>/g)?.length).toBe(TEKS_TAGS.length + 2);
    expect(filled.open.teks.map((t) => t.tag)).toEqual([
      ...TEKS_TAGS.slice(0, 5).map((t) => t.tag),
      "lakip:teks-analisis-2",
      TEKS_TAGS[5].tag,
    ]);
    expect(filled.open.logoMissing).toBe(true);
  });

  test("no instruction or bracketed placeholder text outside a lakip:teks- control", async () => {
    const xml = await part(filled.docx);
    const outsideTeks = xml.replace(/<w:sdt><w:sdtPr><w:alias [^>]*\/><w:tag w:val="lakip:teks-[\s\S]*?<\/w:sdt>/g, "");
    const text = Array.from(outsideTeks.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1]).join(" ");
    expect(text).not.toMatch(/\[[^\]]*\]/);
    expect(text).not.toMatch(
      /klik kanan|Perbarui Field|Update Field|LOGO PEMERINTAH|Tuliskan di sini|\b(sheet|workbook)\b/i,
    );
    expect(await part(filled.docx, "word/settings.xml")).not.toContain("updateFields");
  });

  test("the index fields list every heading, table and chart with a page number", async () => {
    const xml = await part(filled.docx);
    const entries = Array.from(
      xml.matchAll(/<w:hyperlink w:anchor="(_Toc[^"]*)"[\s\S]*?<\/w:hyperlink>/g),
      (m) => m[0],
    );
    const texts = entries.map((e) => Array.from(e.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1]));
    expect(texts.some((t) => t[0] === "BAB III Akuntabilitas Kinerja" && /^\d+$/.test(t[1]))).toBe(true);
    expect(texts.some((t) => t[0] === "Kata Pengantar" && /^[ivx]+$/.test(t[1]))).toBe(true);
    expect(texts.some((t) => t[0].startsWith("Tabel 3.1 Pengukuran Kinerja"))).toBe(true);
    expect(texts.some((t) => t[0].startsWith("Grafik 3.1 Capaian Kinerja per Sasaran"))).toBe(true);
    expect(texts.some((t) => t[0].startsWith("Sasaran Strategis 1:"))).toBe(true);
    // every entry points at a bookmark that exists
    for (const m of xml.matchAll(/w:anchor="(_Toc[^"]*)"/g)) expect(xml).toContain(`w:name="${m[1]}"`);
    expect(xml).not.toContain('w:dirty="true"');
  });

  test("leaves everything outside the controls byte-for-byte as it was", async () => {
    expect(outside(await part(filled.docx))).toBe(outside(await part(template)));
    for (const name of ["word/footer1.xml", "word/settings.xml", "[Content_Types].xml"])
      expect(await part(filled.docx, name)).toBe(await part(template, name));
  });

  test("user text inside lakip:teks- controls and outside any control survives a refill byte for byte", async () => {
    const zip = await JSZip.loadAsync(filled.docx);
    let xml = await zip.file("word/document.xml")!.async("string");
    const mine =
      '<w:p><w:pPr><w:pStyle w:val="IsiLaporan"/></w:pPr><w:r><w:t xml:space="preserve">Badan ini dibentuk dengan Perda No. 5/2016 &amp; &lt;catatan&gt; </w:t></w:r></w:p>';
    // the user writes in the Latar Belakang control (Word drops the placeholder flag) and adds a paragraph after BAB I
    xml = xml.replace(
      /(<w:tag w:val="lakip:teks-latar-belakang"\/><w:id w:val="\d+"\/><w:lock w:val="sdtLocked"\/>)<w:showingPlcHdr\/>(<\/w:sdtPr><w:sdtContent>)[\s\S]*?(<\/w:sdtContent>)/,
      `$1$2${mine}$3`,
    );
    const outsidePara = "<w:p><w:r><w:t>Paragraf tulisan kami sendiri.</w:t></w:r></w:p>";
    xml = xml.replace(
      /(<w:p><w:pPr><w:pStyle w:val="Heading2"\/><\/w:pPr>(?:<w:bookmarkStart [^>]*\/>)?<w:r><w:t>E\. Sistematika)/,
      `${outsidePara}$1`,
    );
    zip.file("word/document.xml", xml);
    const edited = await zip.generateAsync({ type: "nodebuffer" });
    // teks contents are refused even when asked for
    const again = await fillDocx(edited, { ...contents, "lakip:teks-latar-belakang": "<w:p/>" });
    const out = await part(again.docx);
    expect(out).toContain(
      `<w:tag w:val="lakip:teks-latar-belakang"/><w:id w:val="1100"/><w:lock w:val="sdtLocked"/></w:sdtPr><w:sdtContent>${mine}</w:sdtContent>`,
    );
    expect(out).toContain(outsidePara);
    expect(again.open.teks.map((t) => t.tag)).not.toContain("lakip:teks-latar-belakang");
    // and a third fill changes nothing
    const third = await fillDocx(again.docx, contents);
    expect(await part(third.docx)).toBe(out);
  });

  test("refilling a filled document gives the same bytes (no second copy)", async () => {
    const again = await fillDocx(filled.docx, contents);
    expect(Buffer.compare(again.docx, filled.docx)).toBe(0);
    const xml = await part(again.docx);
    expect(xml.split("Tabel 3.1 Pengukuran Kinerja").length - 1).toBe(1);
  });

  test("the committed assets are the build of the template source", async () => {
    for (const [paper, file] of [
      ["A4", "lakip-template.docx"],
      ["F4", "lakip-template-f4.docx"],
    ] as const) {
      const committed = readFileSync(path.join(ROOT, "assets", file));
      const built = await buildTemplateDocx(paper);
      // if this fails: npm run build:node && node build/node/scripts/build-template.js
      expect(await part(committed)).toBe(await part(built));
      expect(Buffer.compare(committed, built)).toBe(0);
    }
  });

  test("F4 template has the 215 x 330 mm page and the official margins", async () => {
    const xml = await part(await buildTemplateDocx("F4"));
    expect(xml).toContain('<w:pgSz w:w="12189" w:h="18709"/>');
    expect(xml).toContain('w:top="1134" w:right="1134" w:bottom="1417" w:left="1701"');
    const a4 = await part(template);
    expect(a4).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
  });

  test("every control has a tag, a readable title and an id", async () => {
    const xml = await part(template);
    const prs = [
      ...(xml.match(/<w:sdtPr>[\s\S]*?<\/w:sdtPr>/g) ?? []),
      ...((await part(template, "word/header1.xml")).match(/<w:sdtPr>[\s\S]*?<\/w:sdtPr>/g) ?? []),
    ];
    expect(prs).toHaveLength(REPORT_TAGS.length + TEKS_TAGS.length + 1);
    for (const t of [...REPORT_TAGS, ...TEKS_TAGS]) {
      const pr = prs.find((p) => p.includes(`<w:tag w:val="${t.tag}"/>`))!;
      expect(pr).toContain(`<w:alias w:val="${t.title}"/>`);
      expect(pr).toMatch(/<w:id w:val="\d+"\/>/);
    }
    expect(xml).toContain("TOC \\o &quot;1-3&quot;");
    // no prompt on opening: the index results are written by the fill, not by Word on open
    expect(await part(template, "word/settings.xml")).not.toContain("updateFields");
    expect(await part(template, "word/footer1.xml")).toContain("PAGE");
  });

  testWith(["check-ooxml"], "template and filled report are schema-valid (check-ooxml)", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lakip-ooxml-"));
    try {
      writeFileSync(path.join(dir, "filled.docx"), filled.docx);
      const r = spawnSync(
        CHECK_OOXML,
        [
          path.join(ROOT, "assets", "lakip-template.docx"),
          path.join(ROOT, "assets", "lakip-template-f4.docx"),
          path.join(dir, "filled.docx"),
        ],
        {
          encoding: "utf8",
        },
      );
      expect(r.stdout + r.stderr).toMatch(/\d+ passed, 0 failed/);
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  testWith(
    ["soffice"],
    "LibreOffice opens the filled report and converts it to PDF",
    () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "lakip-lo-"));
      try {
        writeFileSync(path.join(dir, "laporan.docx"), filled.docx);
        execFileSync(
          "soffice",
          [
            `-env:UserInstallation=file://${dir}/profile`,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            dir,
            path.join(dir, "laporan.docx"),
          ],
          {
            stdio: "ignore",
            timeout: 120_000,
          },
        );
        const pdf = readFileSync(path.join(dir, "laporan.pdf"));
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
        const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        expect(pages).toBeGreaterThanOrEqual(10);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    150_000,
  );
});

describe("fillPartXml", () => {
  const body = (tag: string) => `<w:p><w:r><w:t>isi ${tag}</w:t></w:r></w:p>`;
  const c = { "lakip:ikhtisar": body("ikhtisar"), "lakip:penutup": body("penutup") };

  test("fills every control of a tag, in tables too, and reports missing tags", () => {
    const xml = docWith(
      `<w:p><w:r><w:t>Teks pengguna &amp; lainnya</w:t></w:r></w:p>${sdt("lakip:ikhtisar")}` +
        `<w:tbl><w:tr><w:tc>${sdt("lakip:ikhtisar")}</w:tc></w:tr></w:tbl>${sdt("lain:tag")}`,
    );
    const r = fillPartXml(xml, c);
    expect(r.counts).toEqual({ "lakip:ikhtisar": 2 });
    expect(r.xml.split("isi ikhtisar").length - 1).toBe(2);
    expect(r.xml).toContain("Teks pengguna &amp; lainnya");
    expect(r.xml).toContain(sdt("lain:tag")); // a foreign control is untouched
    expect(fillPartXml(r.xml, c).xml).toBe(r.xml);
  });

  test("a lakip control nested in one to be filled is filled itself; the outer is skipped, nothing is lost", () => {
    const xml = docWith(sdt("lakip:ikhtisar", `<w:p><w:r><w:t>teks luar</w:t></w:r></w:p>${sdt("lakip:penutup")}`));
    const r = fillPartXml(xml, c);
    expect(r.counts).toEqual({ "lakip:penutup": 1 });
    expect(r.skipped).toEqual([
      {
        tag: "lakip:ikhtisar",
        part: "word/document.xml",
        reason: expect.stringMatching(/lakip:penutup ada di dalamnya/),
      },
    ]);
    expect(r.xml).toContain('<w:tag w:val="lakip:penutup"/>');
    expect(r.xml).toContain("isi penutup");
    expect(r.xml).toContain("teks luar");
    expect(fillPartXml(r.xml, c).xml).toBe(r.xml);
    // a foreign control inside a filled one is generated content's place: replaced with its parent
    const foreign = fillPartXml(docWith(sdt("lakip:ikhtisar", sdt("lain:tag"))), c);
    expect(foreign.counts).toEqual({ "lakip:ikhtisar": 1 });
    expect(foreign.skipped).toEqual([]);
  });

  test("run-level controls get the content's text as plain runs", () => {
    const inline = `<w:p><w:r><w:t>Instansi: </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="lakip:identitas"/></w:sdtPr><w:sdtContent><w:r><w:t>x</w:t></w:r></w:sdtContent></w:sdt></w:p>`;
    const content = `<w:p><w:r><w:t>BADAN &amp; KANTOR</w:t></w:r></w:p><w:p><w:r><w:t>TAHUN 2025</w:t></w:r></w:p>`;
    const r = fillPartXml(docWith(inline), { "lakip:identitas": content });
    expect(r.xml).toContain(
      `<w:sdtContent><w:r><w:t xml:space="preserve">BADAN &amp; KANTOR</w:t><w:br/><w:t xml:space="preserve">TAHUN 2025</w:t></w:r></w:sdtContent>`,
    );
    expect(r.xml).not.toContain("<w:p><w:p>");
  });

  test("row-level controls are skipped with a reason", () => {
    const xml = docWith(
      `<w:tbl><w:sdt><w:sdtPr><w:tag w:val="lakip:penutup"/></w:sdtPr><w:sdtContent><w:tr><w:tc><w:p/></w:tc></w:tr></w:sdtContent></w:sdt></w:tbl>`,
    );
    const r = fillPartXml(xml, c);
    expect(r.counts).toEqual({});
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0].reason).toMatch(/baris tabel/);
    expect(r.xml).toBe(xml);
  });

  test("a document using another prefix for the main namespace gets content in that prefix", () => {
    const xml = docWith(sdt("lakip:penutup"), "ns0");
    const r = fillPartXml(xml, c);
    expect(r.xml).toContain("<ns0:p><ns0:r><ns0:t>isi penutup</ns0:t></ns0:r></ns0:p>");
    expect(r.xml).not.toContain("<w:");
  });

  test("a self-closing sdtContent is filled", () => {
    const xml = docWith(`<w:sdt><w:sdtPr><w:tag w:val="lakip:penutup"/></w:sdtPr><w:sdtContent/></w:sdt>`);
    expect(fillPartXml(xml, c).xml).toContain(`<w:sdtContent>${body("penutup")}</w:sdtContent>`);
  });

  test("contentLines flattens paragraphs and table rows", () => {
    const x = `<w:p><w:r><w:t>A</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>`;
    expect(contentLines(x)).toEqual(["A", "1\t2", ""]);
  });
});

describe("fillDocx on an agency's own document", () => {
  test("adds the report's missing styles and reports the tags it lacks", async () => {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    );
    zip.file(
      "word/document.xml",
      docWith(`<w:p><w:r><w:t>Milik instansi</w:t></w:r></w:p>${sdt("lakip:tabel-pengukuran")}`),
    );
    zip.file(
      "word/styles.xml",
      `<?xml version="1.0"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style></w:styles>`,
    );
    const docx = await zip.generateAsync({ type: "nodebuffer" });
    const r = await fillDocx(docx, contents);
    expect(r.filled).toEqual(["lakip:tabel-pengukuran"]);
    expect(r.missingTags).toHaveLength(REPORT_TAGS.length - 1);
    const styles = await part(r.docx, "word/styles.xml");
    expect(styles.match(/w:styleId="Caption"/g)).toHaveLength(1); // the agency's own kept
    for (const id of ["TabelIsi", "Sumber", "TabelLAKIP"]) expect(styles).toContain(`w:styleId="${id}"`);
    const again = await fillDocx(r.docx, contents);
    expect(Buffer.compare(again.docx, r.docx)).toBe(0);
  });

  test("refuses a file that is not a Word document", async () => {
    await expect(fillDocx(Buffer.from("bukan zip"), contents)).rejects.toThrow(/bukan dokumen Word/);
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    await expect(fillDocx(await zip.generateAsync({ type: "nodebuffer" }), contents)).rejects.toThrow(
      /bukan dokumen Word/,
    );
  });
});
