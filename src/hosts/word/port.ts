/**
 * The Word host port: what the Word task pane needs from a document, implemented by Office.js
 * (officeWordHost.ts), by an in-memory document (hosts/memory/wordMemoryHost.ts) for the
 * browser harness and tests.
 *
 * Content is exchanged as WordprocessingML body content (`<w:p>`, `<w:tbl>` elements, no
 * `<w:body>` wrapper), the output of the report renderer per tag.
 */
import type { ChartPart } from "../../core/report";
import { OfficeHostError } from "../../core/errors";

/** Tagged content controls found in a document, one entry per tag in document order. */
export interface ControlSummary {
  tag: string;
  /** The title of the first control with this tag ("" when it has none). */
  title: string;
  /** How many controls carry the tag. */
  count: number;
}

export interface FillReport {
  /** Tags that were found and filled, with how many controls each, in the order asked. */
  filled: { tag: string; count: number }[];
  /** Tags asked for but not found in the document (a warning, not an error). */
  missing: string[];
  /** How Word wrote it, when the user should know (Bahasa Indonesia), e.g. tracking locked on. */
  notes?: string[];
}

/** What a write (template, insert at the cursor) tells the user besides success (Bahasa Indonesia). */
export interface WriteReport {
  notes: string[];
}

export interface TemplateReport extends WriteReport {
  /**
   * False when this Word could insert only the template's body, without its headers and footers
   * (page numbers): Body.insertFileFromBase64 on a Word without WordApi 1.5.
   */
  headersFooters: boolean;
}

export interface WordHost {
  /** True when the body holds no text and no content control. */
  isEmpty(): Promise<boolean>;
  /** Replaces the whole document with a .docx (base64), e.g. the LAKIP template, headers and footers included where Word can. */
  insertTemplate(base64Docx: string): Promise<TemplateReport>;
  /** The tagged content controls of the body, grouped by tag. */
  listControls(): Promise<ControlSummary[]>;
  /**
   * Replaces the content of every control whose tag is a key of `contents` with that body XML.
   * Zero or several controls per tag are fine; text outside the controls is never touched.
   */
  fillControls(contents: Readonly<Record<string, string>>, charts?: readonly ChartPart[]): Promise<FillReport>;
  /**
   * Updates the SEQ fields, then the TOC fields (Daftar Isi, Daftar Tabel, Daftar Grafik), so their
   * entries and page numbers follow the filled report. "unsupported" when this Word lacks
   * Field.updateResult (WordApi 1.5); "web" in Word on the web, which does not update fields for
   * an add-in. Optional: hosts without fields leave it out.
   */
  updateIndexes?(): Promise<"updated" | "unsupported" | "web">;
  /**
   * Fills tagged controls in the primary header of every section (the running header,
   * `lakip:kepala-halaman`); body controls are fillControls' job. Optional.
   */
  fillHeaders?(contents: Readonly<Record<string, string>>): Promise<FillReport>;
  /** Tags of the agency's sections (`lakip:teks-...`) still showing their placeholder, in document order. */
  listOpenSections?(): Promise<string[]>;
  /**
   * Inserts a new content control with `tag`/`title` at the cursor and fills it with `bodyXml`:
   * in the cursor's paragraph when it is empty, otherwise in a new paragraph after it.
   */
  insertAtCursor(tag: string, title: string, bodyXml: string): Promise<WriteReport>;
}

/** An error whose message is written for the user (Bahasa Indonesia). */
export class WordHostError extends OfficeHostError {
  constructor(message: string) {
    super(message);
    this.name = "WordHostError";
  }
}
