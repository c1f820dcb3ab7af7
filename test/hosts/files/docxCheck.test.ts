/** Templates checked before use (spec section 6): limits, well-formed XML, no DTD, no nested lakip controls. */
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { REPORT_TAG_NAMES } from "../../../src/core/report";
import { loadTemplateDocx, TemplateError } from "../../../src/hosts/files/docxCheck";
import { buildTemplateDocx } from "../../../src/hosts/files/docxTemplate";
import { xmlProblem } from "../../../src/hosts/files/xmlCheck";
import {
  brokenTemplate,
  docxWithBody,
  dtdTemplate,
  nestedTemplate,
  repeatedDeflate,
  withDeflatedPart,
} from "../../../scripts/hostile/files";

async function refusal(bytes: Buffer): Promise<TemplateError> {
  try {
    await loadTemplateDocx(bytes, REPORT_TAG_NAMES);
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error("the template was accepted");
}

describe("xmlProblem", () => {
  test.each([
    '<?xml version="1.0"?><a/>',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:a xmlns:w="u" w:x=\'1\'><w:b>t &amp; &#x41; &#65;</w:b><!-- k --><![CDATA[<x>&]]><?pi x?></w:a>\n',
    "\ufeff<a>  <b/>\n</a>",
    "<a>\t\ud83d\ude00 é</a>",
    '<a b="&lt;&gt;&quot;&apos;" c = "d"></a >',
  ])("well-formed: %s", (xml) => {
    expect(xmlProblem(xml)).toBeNull();
  });

  test.each([
    ["<a><b></a>", /ditutup dengan <\/a>/],
    ["<a>", /tidak pernah ditutup/],
    ["<a/><b/>", /elemen kedua/],
    ["x<a/>", /sebelum elemen akar/],
    ["<a/>x", /sesudah elemen akar/],
    ["<a>&nbsp;</a>", /tanda &/],
    ["<a>&#0;</a>", /tanda &/],
    ["<a>AT&T</a>", /tanda &/],
    ['<a b="1" b="2"/>', /dua kali/],
    ['<a b="<"/>', /memuat </],
    ["<a b=1/>", /tidak ditutup dengan benar/],
    ['<a b="1"c="2"/>', /tidak ditutup dengan benar/],
    ["<a><!-- x -- y --></a>", /komentar/],
    ["<a><![CDATA[x</a>", /CDATA tidak ditutup/],
    ["<a>]]></a>", /\]\]>/],
    ["<a></b>", /ditutup dengan/],
    ["</a>", /tanpa tag pembuka/],
    ["<1a/>", /tanda </],
    ['<a/><?xml version="1.0"?>', /tidak di awal/],
    ["", /tidak ada elemen akar/],
    ["<a>\u0001</a>", /U\+0001/],
    ["<a>\ud800</a>", /U\+D800/],
    ["<a b='\uffff'/>", /U\+FFFF/],
  ])("not well-formed: %s", (xml, reason) => {
    const p = xmlProblem(xml);
    expect(p).not.toBeNull();
    expect(p!.reason).toMatch(reason);
    expect(p!.dtd).toBeFalsy();
  });

  test("a DTD is refused, internal subset or not", () => {
    expect(
      xmlProblem('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'),
    ).toMatchObject({
      dtd: true,
      line: 1,
    });
    expect(xmlProblem("<!DOCTYPE a SYSTEM 'http://x/a.dtd'>\n<a/>")!.dtd).toBe(true);
  });

  test("the position of a problem is its line and column", () => {
    expect(xmlProblem("<a>\n  <b>\n</a>")).toMatchObject({ line: 3, column: 1 });
  });

  test("agrees with @xmldom/xmldom on random tag soup that xmldom calls well-formed", () => {
    const piece = fc.constantFrom("<a>", "</a>", "<b/>", "<c d='1'>", "</c>", "x", "&amp;", " ", "<!--k-->");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const xml = `<r>${pieces.join("")}</r>`;
        let xmldomError = false;
        try {
          new DOMParser({
            onError: (level: string) => {
              if (level !== "warning") xmldomError = true;
            },
          }).parseFromString(xml, "application/xml");
        } catch {
          xmldomError = true;
        }
        if (xmlProblem(xml) === null) expect(xmldomError).toBe(false);
        if (!xmldomError) expect(xmlProblem(xml)).toBeNull();
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  test("a large part (200.000 elements) passes; its time is in `npm run bench -- limits`", () => {
    const xml = `<a>${"<b c='1'>t &amp; u</b>".repeat(200_000)}</a>`;
    expect(xmlProblem(xml)).toBeNull();
    expect(xmlProblem(`${xml.slice(0, -4)}</b>`)).not.toBeNull();
  });
});

describe("loadTemplateDocx", () => {
  test.each(["A4", "F4"] as const)("the built-in %s template passes", async (paper) => {
    const zip = await loadTemplateDocx(await buildTemplateDocx(paper), REPORT_TAG_NAMES);
    expect(zip.file("word/document.xml")).not.toBeNull();
  });

  test("a DTD (XXE) is refused in one line naming the part", async () => {
    const e = await refusal(await dtdTemplate());
    expect(e.message).toMatch(/^bagian word\/document\.xml memuat deklarasi DTD/);
    expect(e.part).toBe("word/document.xml");
    expect(e.message).not.toMatch(/\n/);
  });

  test("a DTD in any other XML part is refused too", async () => {
    const zip = await JSZip.loadAsync(await docxWithBody("<w:p/>"));
    zip.file("word/styles.xml", '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:styles xmlns:w="u">&a;</w:styles>');
    const e = await refusal(await zip.generateAsync({ type: "nodebuffer" }));
    expect(e.message).toMatch(/^bagian word\/styles\.xml memuat deklarasi DTD/);
  });

  test("a part that is not well-formed is refused with line and column", async () => {
    const e = await refusal(await brokenTemplate());
    expect(e.message).toMatch(
      /^bagian word\/document\.xml bukan XML yang utuh \(baris 1, kolom \d+: tag <w:p> \(baris 1\) ditutup dengan <\/w:body>/,
    );
  });

  test("a lakip control inside a control to be filled is refused, naming both", async () => {
    const e = await refusal(await nestedTemplate());
    expect(e.message).toMatch(
      /^di bagian word\/document\.xml kontrol lakip:tabel-pengukuran berada di dalam kontrol lakip:narasi-sasaran/,
    );
  });

  test("a lakip control inside a foreign control is fine (only the inner one is filled)", async () => {
    const body = `<w:sdt><w:sdtPr><w:tag w:val="bab-3"/></w:sdtPr><w:sdtContent><w:sdt><w:sdtPr><w:tag w:val="lakip:penutup"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt></w:sdtContent></w:sdt>`;
    await expect(loadTemplateDocx(await docxWithBody(body), REPORT_TAG_NAMES)).resolves.toBeDefined();
  });

  test("a template unpacking beyond 200 MB is refused, declared or counted", async () => {
    const base = await docxWithBody("<w:p/>");
    const bomb = repeatedDeflate("<x>", " ".repeat(1_000_000), 210, "</x>");
    const honest = await refusal(await withDeflatedPart(base, "customXml/item1.xml", bomb));
    expect(honest.message).toMatch(/melebihi batas 200 MB setelah dibongkar \(bagian customXml\/item1\.xml\)/);
    const lying = await refusal(await withDeflatedPart(base, "customXml/item1.xml", bomb, 10));
    expect(lying.message).toMatch(/melebihi batas 200 MB/);
  });

  test("bytes that are not a zip", async () => {
    const e = await refusal(Buffer.from("bukan zip"));
    expect(e.message).toMatch(/bukan dokumen Word/);
  });
});
