/**
 * The in-memory Word host's fast fill (issue 11, point 8) against the implementation it
 * replaced: the same report into the same template must give byte-identical documents and the
 * same fill report, on the bundled example and on a synthetic workbook; the fast fragment reader
 * must build the same nodes as xmldom (or leave the fragment to xmldom); and the fill must let
 * the event loop run while it reads a large report.
 */
import { createHash } from "crypto";
import * as path from "path";
import JSZip from "jszip";
import type { Document, Element, Node } from "@xmldom/xmldom";
import { analyzeWorkbook } from "../../../src/core/index";
import { renderReport, templateParts } from "../../../src/core/report";
import { readWorkbookFile } from "../../../src/hosts/files/readWorkbookFile";
import { WordMemoryDocument, createMemoryWordHost } from "../../../src/hosts/memory/wordMemoryHost";
import {
  W_NS,
  child,
  descendants,
  parseBodyFragment,
  parseBodyFragmentXmldom,
  parseFragmentFast,
  parseXml,
  sdtTag,
  textOf,
} from "../../../src/hosts/memory/wordXml";
import type { FillReport } from "../../../src/hosts/word/port";
import { WordHostError } from "../../../src/hosts/word/port";
import { syntheticWorkbook } from "../../../scripts/bench/word";

const ROOT = path.join(__dirname, "../../..");
const TODAY = new Date(Date.UTC(2026, 0, 15));

// ---------------------------------------------------------------------------------------------
// The previous fill (before the fast path), kept verbatim as the reference: every fragment parsed
// by xmldom in a document of its own and imported (twice: once to check, once per control).

function oldReplaceControlContent(doc: Document, sdt: Element, bodyXml: string): void {
  let content = child(sdt, "w:sdtContent");
  if (!content) {
    content = doc.createElementNS(W_NS, "w:sdtContent");
    sdt.appendChild(content);
  }
  const elements = parseBodyFragmentXmldom(doc, bodyXml);
  while (content.firstChild) content.removeChild(content.firstChild);
  const inline = sdt.parentNode?.nodeName === "w:p";
  if (!inline) {
    for (const el of elements) content.appendChild(el);
    return;
  }
  elements.forEach((el, i) => {
    if (i > 0) {
      const br = doc.createElementNS(W_NS, "w:r");
      br.appendChild(doc.createElementNS(W_NS, "w:br"));
      content.appendChild(br);
    }
    const runs = descendants(el, "w:r");
    if (runs.length === 0 && el.nodeName === "w:tbl") {
      const r = doc.createElementNS(W_NS, "w:r");
      const t = doc.createElementNS(W_NS, "w:t");
      t.appendChild(doc.createTextNode(textOf(el).replace(/\n+/g, " ").trim()));
      r.appendChild(t);
      content.appendChild(r);
    }
    for (const r of runs) content.appendChild(r.cloneNode(true));
  });
}

function oldFillControls(document: WordMemoryDocument, contents: Record<string, string>): FillReport {
  const report: FillReport = { filled: [], missing: [] };
  const found = Object.keys(contents).map((tag) => ({ tag, controls: document.controlsByTag(tag) }));
  for (const { tag } of found) parseBodyFragmentXmldom(document.ownerDocument(), contents[tag]);
  for (const { tag, controls } of found) {
    if (controls.length === 0) {
      report.missing.push(tag);
      continue;
    }
    report.filled.push({ tag, count: controls.length });
    for (const sdt of controls) oldReplaceControlContent(document.ownerDocument(), sdt, contents[tag]);
  }
  document.changed();
  return report;
}

// ---------------------------------------------------------------------------------------------

async function templateBase64(extra = ""): Promise<string> {
  const zip = new JSZip();
  for (const [name, content] of templateParts()) {
    // a second copy of one control and an inline control, so several and inline controls are covered
    zip.file(name, name === "word/document.xml" && extra ? content.replace("</w:body>", `${extra}</w:body>`) : content);
  }
  return zip.generateAsync({ type: "base64" });
}

const EXTRA =
  `<w:p><w:r><w:t xml:space="preserve">Tahun </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="lakip:identitas"/></w:sdtPr>` +
  `<w:sdtContent><w:r><w:t>?</w:t></w:r></w:sdtContent></w:sdt></w:p>` +
  `<w:sdt><w:sdtPr><w:tag w:val="lakip:penutup"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt>`;

/** Fills a fresh template twice with `contents`, the new way and the old way. */
async function compareFill(contents: Record<string, string>, expectedView: ViewHash): Promise<void> {
  const template = await templateBase64(EXTRA);
  const fast = new WordMemoryDocument();
  const host = createMemoryWordHost(fast);
  await host.insertTemplate(template);
  const old = new WordMemoryDocument();
  await createMemoryWordHost(old).insertTemplate(template);
  expect(fast.bodyXml()).toBe(old.bodyXml());

  const withMissing = { ...contents, "lakip:tidak-ada": "<w:p/>" };
  const report = await host.fillControls(withMissing);
  expect(report).toEqual(oldFillControls(old, withMissing));
  expect(report.missing).toEqual(["lakip:tidak-ada"]);
  const filledXml = fast.bodyXml();
  expect(filledXml).toBe(old.bodyXml());
  expect(fast.view()).toEqual(old.view());
  expect(fast.text()).toBe(old.text());
  // the agency's own sections (lakip:teks-...) are never written: they keep the template's text
  const teks = (d: WordMemoryDocument) =>
    d
      .controls()
      .filter((s) => sdtTag(s).startsWith("lakip:teks-"))
      .map((s) => textOf(s));
  expect(teks(fast).length).toBeGreaterThan(0);
  expect(teks(fast)).toEqual(teks(old));

  // filling again gives the same document (no duplicates), the same as the old way
  await host.fillControls(contents);
  oldFillControls(old, contents);
  expect(fast.bodyXml()).toBe(filledXml);
  expect(old.bodyXml()).toBe(filledXml);

  // the view model (what the harness draws), against the one the previous code gave for the template alone
  const plain = new WordMemoryDocument();
  const plainHost = createMemoryWordHost(plain);
  await plainHost.insertTemplate(await templateBase64());
  await plainHost.fillControls(contents);
  expect(viewHash(plain)).toEqual(expectedView);
}

interface ViewHash {
  length: number;
  sha256: string;
}

function viewHash(doc: WordMemoryDocument): ViewHash {
  const json = JSON.stringify(doc.view());
  return { length: json.length, sha256: createHash("sha256").update(json).digest("hex") };
}

function bodyControls(controls: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [tag, xml] of Object.entries(controls)) if (tag !== "lakip:kepala-halaman") out[tag] = xml;
  return out;
}

describe("in-memory Word host: the fast fill gives the previous documents", () => {
  test("the bundled example (kesbangpol-2025.xlsx): byte-identical, every control on the fast path", async () => {
    const analysis = analyzeWorkbook(await readWorkbookFile(path.join(ROOT, "examples/kesbangpol-2025.xlsx")));
    const { controls } = renderReport(analysis, { tanggal: TODAY });
    const contents = bodyControls(controls);
    const owner = new WordMemoryDocument().ownerDocument();
    for (const [tag, xml] of Object.entries(contents)) {
      expect([tag, parseFragmentFast(owner, xml) === null]).toEqual([tag, false]);
    }
    // the view of the previous code (before the fast fill), stored
    await compareFill(contents, {
      // changes with the report's words (issue 17: Tabel 3.2 targets, BAB III B, the words' table)
      length: 159094,
      sha256: "fa0f2ef8210ade20b39e97cad26bbd13c2d51e9a3fed9380f3a4d33204035f4a",
    });
  });

  test("a synthetic workbook of 60 indicators: byte-identical", async () => {
    const { controls } = renderReport(analyzeWorkbook(syntheticWorkbook(60)), { tanggal: TODAY });
    await compareFill(bodyControls(controls), {
      length: 385045,
      sha256: "e5b43c47d64628e13f01d034039afa0ff4384014fee474b8779192a2258107f9",
    });
  });

  test("bad content is refused with the same message and leaves the document as it was", async () => {
    const doc = new WordMemoryDocument();
    const host = createMemoryWordHost(doc);
    await host.insertTemplate(await templateBase64());
    const before = doc.bodyXml();
    const bad = { "lakip:judul": "<w:p><w:r><w:t>Judul</w:t></w:r></w:p>", "lakip:identitas": "<w:p><w:r></w:p>" };
    const error = await host.fillControls(bad).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WordHostError);
    expect(() => parseBodyFragmentXmldom(doc.ownerDocument(), bad["lakip:identitas"])).toThrow(
      (error as Error).message,
    );
    expect(doc.bodyXml()).toBe(before);
  });

  test("the event loop runs while a large report is read; the document changes once, at the end", async () => {
    const { controls } = renderReport(analyzeWorkbook(syntheticWorkbook(400)), { tanggal: TODAY });
    const doc = new WordMemoryDocument();
    const host = createMemoryWordHost(doc);
    await host.insertTemplate(await templateBase64());
    const version = doc.snapshot();
    let ticks = 0;
    let changedDuringFill = false;
    const timer = setInterval(() => {
      ticks++;
      if (doc.snapshot() !== version) changedDuringFill = true;
    }, 0);
    try {
      const report = await host.fillControls(bodyControls(controls));
      expect(report.missing).toEqual([]);
      expect(ticks).toBeGreaterThan(0);
      expect(changedDuringFill).toBe(false);
      expect(doc.snapshot()).toBe(version + 1);
    } finally {
      clearInterval(timer);
    }
  });
});

/** The elements' shapes, or the message of the error thrown. */
function outcome(parse: () => Element[]): unknown {
  try {
    return parse().map(shape);
  } catch (error) {
    return { error: error instanceof WordHostError ? error.message : String(error) };
  }
}

/** Everything about a node that xmldom's serializer or a reader could see. */
function shape(node: Node): unknown {
  if (node.nodeType !== 1) return { type: node.nodeType, value: node.nodeValue };
  const el = node as Element;
  const attrs = Array.from(el.attributes).map((a) => [a.name, a.value, a.namespaceURI, a.prefix, a.localName]);
  const kids: unknown[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) kids.push(shape(c));
  return [el.nodeName, el.namespaceURI, el.prefix, el.localName, attrs, kids];
}

describe("fast fragment reader", () => {
  const owner = parseXml(`<w:document xmlns:w="${W_NS}"><w:body/></w:document>`, "uji");
  const same = (xml: string) => {
    const fast = parseFragmentFast(owner, xml);
    expect(fast).not.toBeNull();
    expect((fast as Element[]).map(shape)).toEqual(parseBodyFragmentXmldom(owner, xml).map(shape));
    for (const el of fast as Element[]) expect(el.ownerDocument).toBe(owner);
  };

  test("builds the nodes xmldom builds", () => {
    same(`<w:p><w:r><w:t xml:space="preserve"> A &amp; B &lt;C&gt; &quot;d&quot; &apos;e&apos; </w:t></w:r></w:p>`);
    same(
      `<w:p w:rsidR='00A1' w14:paraId="1"><w:pPr ><w:jc w:val="center" /></w:pPr></w:p>\n  <w:tbl>\n <w:tr/></w:tbl>`,
    );
    same(
      `<w:p><w:r><w:drawing><wp:inline distT="0"><a:graphic xmlns:c="urn:x-c" xmlns:a="urn:x-a2">` +
        `<a:graphicData uri="u"><c:chart r:id="rId9"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
    );
    same(
      `<w:p><w:r><w:t>tab\there</w:t></w:r><w:bookmarkStart w:id="1" w:name="a&#x9;b\tc"/></w:p>`.replace("&#x9;", ""),
    );
    same(`<w:p><w:r><w:t>Rp 1.234.567 — 105,26% &gt; 100 ≥ ½</w:t></w:r></w:p>`);
    same(`<w:p\tw:val="1"\n/><w:p\r\nw:val = '2' ></w:p >`);
    same("");
  });

  test("leaves to xmldom what it does not know, and xmldom still decides", () => {
    for (const xml of [
      `<w:p><!-- catatan --></w:p>`,
      `<w:p><w:r><w:t><![CDATA[a<b]]></w:t></w:r></w:p>`,
      `<w:p><w:r><w:t>&#160;&#x41;</w:t></w:r></w:p>`,
      `<w:p><w:r><w:t>a\r\nb</w:t></w:r></w:p>`,
      `<w:p xmlns="urn:default"><x/></w:p>`,
      `<?pi x?><w:p/>`,
      `<w:p><w:r><w:t>a & b</w:t></w:r></w:p>`,
      `<w:p a:b:c="1"/>`,
      `<w:p 1a="x"/>`,
      `<w:pé/>`,
      `<w:p w:val=x/>`,
    ]) {
      expect(parseFragmentFast(owner, xml)).toBeNull();
      expect(outcome(() => parseBodyFragment(owner, xml))).toEqual(outcome(() => parseBodyFragmentXmldom(owner, xml)));
    }
    for (const bad of [`<w:p>`, `<w:p></w:r>`, `<w:p a="1" a="2"/>`, `<q:p/>`, `<w:p>&nbsp;</w:p>`, `<w:p/></w:p>`]) {
      expect(parseFragmentFast(owner, bad)).toBeNull();
      expect(() => parseBodyFragment(owner, bad)).toThrow(WordHostError);
    }
  });
});
