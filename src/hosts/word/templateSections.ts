/**
 * What a Word below WordApi 1.5 cannot take from the template file: Body.insertFileFromBase64
 * (WordApi 1.1) inserts its body only ("To include header/footer, use
 * Document.insertFileFromBase64": the Word.Body class page). The adapter then puts the primary
 * header and footer in itself, through Section.getHeader / getFooter("Primary").insertOoxml
 * (WordApi 1.1, the Word.Section class page), and tells the user what no API below
 * Section.pageSetup (WordApiDesktop 1.3) can set: paper size and margins, read here from the
 * template's own w:sectPr so the sentence says exactly what to set.
 */
import JSZip from "jszip";

export interface TemplateSections {
  /** Body XML (w:p / w:tbl) of the template's primary (default) header and footer; "" when none. */
  header: string;
  footer: string;
  /** Paper size in millimetres, from w:pgSz (twips). */
  paper: { widthMm: number; heightMm: number } | null;
  /** Margins in centimetres, from w:pgMar (twips). */
  margins: { top: number; right: number; bottom: number; left: number } | null;
}

function attr(xml: string, element: string, name: string): number | null {
  const m = new RegExp(`<${element}\\b[^>]*\\s${name}="(\\d+)"`).exec(xml);
  return m ? Number(m[1]) : null;
}

/** The children of the root element (w:hdr / w:ftr) of a part, as body XML. */
function innerOf(partXml: string): string {
  const open = /<w:(hdr|ftr)\b[^>]*>/.exec(partXml);
  if (!open) return "";
  const close = partXml.lastIndexOf(`</w:${open[1]}>`);
  return close < 0 ? "" : partXml.slice(open.index + open[0].length, close);
}

/** Reads the last section of the template (.docx, base64): its default header and footer, paper and margins. */
export async function readTemplateSections(base64Docx: string): Promise<TemplateSections> {
  const zip = await JSZip.loadAsync(base64Docx, { base64: true });
  const doc = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const rels = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
  const sects = doc.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
  const last = sects[sects.length - 1] ?? "";
  const target = (kind: "header" | "footer"): string | null => {
    const ref = new RegExp(`<w:${kind}Reference\\b[^>]*w:type="default"[^>]*/>`).exec(last)?.[0];
    const id = ref && /r:id="([^"]+)"/.exec(ref)?.[1];
    if (!id) return null;
    const rel = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*/>`).exec(rels)?.[0];
    return rel ? (/Target="([^"]+)"/.exec(rel)?.[1] ?? null) : null;
  };
  const part = async (kind: "header" | "footer"): Promise<string> => {
    const t = target(kind);
    const xml = t ? await zip.file(`word/${t.replace(/^\//, "")}`)?.async("string") : undefined;
    return xml ? innerOf(xml) : "";
  };
  const w = attr(last, "w:pgSz", "w:w");
  const h = attr(last, "w:pgSz", "w:h");
  const m = (name: string) => attr(last, "w:pgMar", `w:${name}`);
  const [top, right, bottom, left] = ["top", "right", "bottom", "left"].map(m);

  return {
    header: await part("header"),
    footer: await part("footer"),
    paper: w && h ? { widthMm: Math.round(w / 56.6929), heightMm: Math.round(h / 56.6929) } : null,
    margins:
      top !== null && right !== null && bottom !== null && left !== null
        ? { top: top / 567, right: right / 567, bottom: bottom / 567, left: left / 567 }
        : null,
  };
}

const cm = (v: number) => v.toLocaleString("id-ID", { maximumFractionDigits: 2 });

/** What the user sets by hand on a Word below WordApi 1.5 (Bahasa Indonesia), from the template's own values. */
export function pageSetupNote(s: TemplateSections): string {
  const paper = s.paper ? ` (${s.paper.widthMm} x ${s.paper.heightMm} mm)` : "";
  const margins = s.margins
    ? ` (atas ${cm(s.margins.top)} cm, kanan ${cm(s.margins.right)} cm, bawah ${cm(s.margins.bottom)} cm, kiri ${cm(s.margins.left)} cm)`
    : "";
  return (
    "Kepala dan kaki halaman (nomor halaman) sudah disisipkan. Word versi ini tidak mengizinkan add-in mengatur ukuran kertas dan margin: " +
    `atur sendiri di Tata Letak > Ukuran > Ukuran Kertas Lainnya${paper} dan Tata Letak > Margin > Margin Kustom${margins}. ` +
    "Agar sampul tanpa nomor halaman: klik dua kali kepala halaman, lalu centang Halaman Pertama Berbeda."
  );
}
