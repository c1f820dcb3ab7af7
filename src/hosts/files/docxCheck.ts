/**
 * An agency's own report template (.docx), checked before it is used (spec section 6): within
 * the limits (200 MB unpacked), every XML part well-formed and without a DTD, and no `lakip:`
 * control inside a control that will be filled (it would be destroyed). Each refusal is one
 * Bahasa Indonesia sentence naming the part. Node and browser (JSZip only).
 */
import JSZip from "jszip";
import { nestedControls } from "./docxFill";
import { xmlProblem } from "./xmlCheck";
import { checkDeclaredSizes, checkInflatedSizes, ZipLimitError } from "./zipLimits";
import { UserError } from "../../core/errors";

/** A template that cannot be used; `message` is one sentence, `part` the package part concerned. */
export class TemplateError extends UserError {
  constructor(
    message: string,
    readonly part?: string,
  ) {
    super(message);
    this.name = "TemplateError";
  }
}

/** The parts the filler writes into (document, headers, footers). */
const FILLED_PART = /^word\/(document|header\d*|footer\d*)\.xml$/;

/** Loads and checks a template; throws TemplateError. `fillTags` are the tags that will be filled. */
export async function loadTemplateDocx(bytes: Uint8Array, fillTags: readonly string[]): Promise<JSZip> {
  let zip: JSZip;
  try {
    checkDeclaredSizes(bytes);
    await checkInflatedSizes(bytes);
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    if (e instanceof ZipLimitError) throw new TemplateError(e.message, e.part);
    throw new TemplateError(
      "berkas ini bukan dokumen Word (.docx) yang dapat dibaca; simpan ulang dari Word sebagai .docx.",
    );
  }
  if (!zip.file("word/document.xml"))
    throw new TemplateError(
      "berkas ini bukan dokumen Word (.docx): bagian word/document.xml tidak ada; simpan ulang dari Word sebagai .docx.",
      "word/document.xml",
    );
  const parts = Object.keys(zip.files)
    .filter((n) => !zip.files[n].dir && /\.(xml|rels)$/i.test(n))
    .sort((a, b) => (a === "word/document.xml" ? -1 : b === "word/document.xml" ? 1 : a.localeCompare(b)));
  for (const part of parts) {
    const xml = await zip.file(part)!.async("string");
    const problem = xmlProblem(xml);
    if (problem?.dtd)
      throw new TemplateError(
        `bagian ${part} memuat deklarasi DTD (<!DOCTYPE> atau <!ENTITY>, baris ${problem.line}), yang tidak pernah ada di dokumen Word dan dapat dipakai untuk membaca berkas lain; template ini tidak dipakai, simpan ulang dokumennya dari Word.`,
        part,
      );
    if (problem)
      throw new TemplateError(
        `bagian ${part} bukan XML yang utuh (baris ${problem.line}, kolom ${problem.column}: ${problem.reason}), sehingga Word tidak dapat membuka hasilnya; buka template di Word, simpan ulang, lalu coba lagi.`,
        part,
      );
    if (FILLED_PART.test(part)) {
      const nested = nestedControls(xml, fillTags);
      if (nested.length > 0)
        throw new TemplateError(
          `di bagian ${part} kontrol ${nested[0].inner} berada di dalam kontrol ${nested[0].outer} dan akan terhapus saat kontrol luar diisi; pindahkan kontrol ${nested[0].inner} ke luar (Developer > Design Mode), lalu coba lagi.`,
          part,
        );
    }
  }
  return zip;
}
