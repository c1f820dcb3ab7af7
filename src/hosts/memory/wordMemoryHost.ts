/**
 * An in-memory Word document and the WordHost over it, for the browser harness and tests.
 * The document is real WordprocessingML (an XML DOM of `<w:body>`): the template .docx is read
 * with JSZip, filled content is parsed and placed inside the `<w:sdtContent>` of the tagged
 * controls, and the body is shown through a view model (see wordXml.ts).
 */
import JSZip from "jszip";
import type { Document, Element } from "@xmldom/xmldom";
import { type ControlSummary, type FillReport, type WordHost, WordHostError } from "../word/port";
import { INSERT_FILE_LIMIT, formatMegabytes } from "../word/payload";
import {
  W_NS,
  blocksOf,
  child,
  childElements,
  descendants,
  parseBodyFragment,
  parseBodyFragmentSliced,
  parseXml,
  Slices,
  sdtTag,
  serialize,
  textOf,
  type ViewBlock,
} from "./wordXml";

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export class WordMemoryDocument {
  private doc: Document;
  /** Index of the top-level body element the cursor stands before; null: at the end. */
  private cursorIndex: number | null = null;
  /** Text selected at the cursor ("" for an insertion point). */
  selectedText = "";
  private listeners = new Set<() => void>();
  private version = 0;

  constructor(bodyXml = "") {
    this.doc = parseXml(`<w:document xmlns:w="${W_NS}"><w:body/></w:document>`, "Dokumen");
    this.setBodyContent(bodyXml);
  }

  /** The `<w:body>` element. */
  body(): Element {
    // the body is the document element's child (no search through a large document)
    return child(this.doc.documentElement as Element, "w:body") as Element;
  }

  ownerDocument(): Document {
    return this.doc;
  }

  /** Replaces the whole body with body XML (paragraphs, tables, controls). */
  setBodyContent(bodyXml: string): void {
    const body = this.body();
    while (body.firstChild) body.removeChild(body.firstChild);
    for (const el of parseBodyFragment(this.doc, bodyXml)) body.appendChild(el);
    this.cursorIndex = null;
    this.changed();
  }

  /** Replaces the body with the body of a document.xml (its section properties dropped). */
  setFromDocumentXml(documentXml: string): void {
    const parsed = parseXml(documentXml, "Berkas .docx");
    const src = descendants(parsed.documentElement as Element, "w:body")[0];
    if (!src) throw new WordHostError("Berkas .docx tidak memiliki isi dokumen (w:body).");
    const body = this.body();
    while (body.firstChild) body.removeChild(body.firstChild);
    for (const el of childElements(src)) {
      if (el.nodeName !== "w:sectPr") body.appendChild(this.doc.importNode(el, true));
    }
    this.cursorIndex = null;
    this.changed();
  }

  /** Adds a paragraph of the user's own text at the end. */
  addUserParagraph(text: string): void {
    const [p] = parseBodyFragment(this.doc, `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`);
    this.body().appendChild(p);
    this.changed();
  }

  /**
   * What a user does in Word when typing into a control that shows its placeholder: the
   * placeholder goes, the control holds the user's paragraph (no PlaceholderText style) and is
   * no longer marked as showing its placeholder. For the agency's own sections (lakip:teks-...).
   */
  userWritesInControl(tag: string, text: string): void {
    this.replaceControlContent(tag, `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`);
  }

  /**
   * What a user does in Word when putting a picture into a picture control (the cover logo): the
   * control holds an inline picture (a `<w:drawing>`, 2 cm square) instead of its empty paragraph.
   */
  userPutsPicture(tag: string): void {
    const cm2 = 720000;
    this.replaceControlContent(
      tag,
      `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="${cm2}" cy="${cm2}"/><wp:docPr id="9001" name="Logo"/>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
        `<pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
        `<pic:blipFill><a:blip r:embed="rIdLogo"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic>` +
        `</wp:inline></w:drawing></w:r></w:p>`,
    );
  }

  private replaceControlContent(tag: string, bodyXml: string): void {
    const controls = this.controlsByTag(tag);
    if (controls.length === 0) throw new WordHostError(`Kontrol ${tag} tidak ada di dokumen.`);
    for (const sdt of controls) {
      const pr = child(sdt, "w:sdtPr");
      const shown = pr ? child(pr, "w:showingPlcHdr") : null;
      if (pr && shown) pr.removeChild(shown);
      const content = child(sdt, "w:sdtContent");
      if (!content) continue;
      while (content.firstChild) content.removeChild(content.firstChild);
      for (const el of parseBodyFragment(this.doc, bodyXml)) content.appendChild(el);
    }
    this.changed();
  }

  /** Puts the cursor before the top-level element `index` (blocks().length or null: at the end). */
  setCursor(index: number | null): void {
    const n = childElements(this.body()).length;
    this.cursorIndex = index === null || index >= n ? null : Math.max(0, index);
    this.changed();
  }

  cursor(): number | null {
    return this.cursorIndex;
  }

  /** Inserts a top-level element at the cursor and moves the cursor after it. */
  insertAtCursor(el: Element): void {
    const body = this.body();
    const children = childElements(body);
    const before = this.cursorIndex === null ? null : children[this.cursorIndex];
    if (before) {
      body.insertBefore(el, before);
      this.cursorIndex = (this.cursorIndex as number) + 1;
    } else body.appendChild(el);
    this.changed();
  }

  bodyXml(): string {
    return childElements(this.body()).map(serialize).join("");
  }

  text(): string {
    return textOf(this.body());
  }

  /** Every `<w:sdt>` in document order. */
  controls(): Element[] {
    return descendants(this.body(), "w:sdt");
  }

  controlsByTag(tag: string): Element[] {
    return this.controls().filter((s) => sdtTag(s) === tag);
  }

  view(): ViewBlock[] {
    return blocksOf(this.body());
  }

  /** Changes counter, for React's useSyncExternalStore. */
  snapshot(): number {
    return this.version;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

/** Replaces the content of one control with parsed body elements (inline controls get runs). */
function replaceControlContent(doc: Document, sdt: Element, elements: Element[]): void {
  let content = child(sdt, "w:sdtContent");
  if (!content) {
    content = doc.createElementNS(W_NS, "w:sdtContent");
    sdt.appendChild(content);
  }
  while (content.firstChild) content.removeChild(content.firstChild);
  const inline = sdt.parentNode?.nodeName === "w:p";
  if (!inline) {
    for (const el of elements) content.appendChild(el);
    return;
  }
  // A control inside a paragraph holds runs: paragraphs become runs separated by line breaks.
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

export interface MemoryWordHostOptions {
  /** Milliseconds to wait in each call, to show progress in the harness. */
  delayMs?: number;
  /**
   * The WordApi level this memory Word stands for ("1.9" when not given). Below 1.5 the template
   * is inserted like Body.insertFileFromBase64 does: without headers and footers.
   */
  wordApi?: string;
}

export function createMemoryWordHost(document: WordMemoryDocument, options: MemoryWordHostOptions = {}): WordHost {
  const pause = () => (options.delayMs ? new Promise((r) => setTimeout(r, options.delayMs)) : Promise.resolve());
  return {
    async isEmpty() {
      await pause();
      const body = document.body();
      return (
        document.text().trim() === "" &&
        document.controls().length === 0 &&
        descendants(body, "w:drawing").length === 0 &&
        descendants(body, "w:pict").length === 0
      );
    },

    async insertTemplate(base64Docx) {
      await pause();
      if (base64Docx.length > INSERT_FILE_LIMIT) {
        throw new WordHostError(
          `Kerangka LAKIP berukuran ${formatMegabytes(base64Docx.length)}, melebihi batas 4 MB untuk berkas yang disisipkan Word.`,
        );
      }
      let zip: JSZip;
      try {
        zip = await JSZip.loadAsync(base64Docx, { base64: true });
      } catch (error) {
        throw new WordHostError(`Kerangka LAKIP bukan berkas .docx yang dapat dibaca (${String(error)}).`);
      }
      const entry = zip.file("word/document.xml");
      if (!entry) throw new WordHostError("Kerangka LAKIP bukan berkas .docx: word/document.xml tidak ada.");
      document.setFromDocumentXml(await entry.async("string"));
      // The memory document keeps no headers or footers; it reports what a Word at its level would do.
      return { headersFooters: Number(options.wordApi ?? "1.9") >= 1.5, notes: [] };
    },

    async listControls() {
      await pause();
      const byTag = new Map<string, ControlSummary>();
      for (const sdt of document.controls()) {
        const tag = sdtTag(sdt);
        if (!tag) continue;
        const seen = byTag.get(tag);
        if (seen) seen.count++;
        else {
          const alias = child(child(sdt, "w:sdtPr") as Element, "w:alias");
          byTag.set(tag, { tag, title: alias?.getAttribute("w:val") ?? "", count: 1 });
        }
      }
      return [...byTag.values()];
    },

    async fillControls(contents) {
      await pause();
      const report: FillReport = { filled: [], missing: [] };
      // Find every control first (as Office does in one load), then write.
      const byTag = new Map<string, Element[]>();
      for (const sdt of document.controls()) {
        const tag = sdtTag(sdt);
        const list = byTag.get(tag);
        if (list) list.push(sdt);
        else byTag.set(tag, [sdt]);
      }
      const owner = document.ownerDocument();
      // Parse everything before writing, so bad content leaves the document as it was: each
      // control gets its own parsed copy (parsing straight into the document is cheaper than
      // cloning), read in time slices so a report of 10,000 indicators does not freeze the page.
      const slices = new Slices();
      const found: { tag: string; controls: Element[]; parsed: Element[][] }[] = [];
      for (const tag of Object.keys(contents)) {
        const controls = byTag.get(tag) ?? [];
        const parsed: Element[][] = [];
        for (let i = 0; i < Math.max(1, controls.length); i++) {
          await slices.check();
          parsed.push(await parseBodyFragmentSliced(owner, contents[tag], slices));
        }
        found.push({ tag, controls, parsed });
      }
      for (const { tag, controls, parsed } of found) {
        if (controls.length === 0) {
          report.missing.push(tag);
          continue;
        }
        report.filled.push({ tag, count: controls.length });
        controls.forEach((sdt, i) => replaceControlContent(owner, sdt, parsed[i]));
      }
      document.changed();
      return report;
    },

    async insertAtCursor(tag, title, bodyXml) {
      await pause();
      if (document.selectedText.trim() !== "") {
        throw new WordHostError(
          "Ada teks yang sedang dipilih. Klik sekali di tempat tujuan (tanpa memilih teks) agar teks Anda tidak tertimpa, lalu coba lagi.",
        );
      }
      const [sdt] = parseBodyFragment(
        document.ownerDocument(),
        `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:tag w:val="${escapeXml(tag)}"/></w:sdtPr><w:sdtContent/></w:sdt>`,
      );
      replaceControlContent(document.ownerDocument(), sdt, parseBodyFragment(document.ownerDocument(), bodyXml));
      document.insertAtCursor(sdt);
      return { notes: [] };
    },
  };
}
