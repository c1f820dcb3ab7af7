/**
 * The PDF of the report through LibreOffice (Node only): Debian's python3-uno drives a headless
 * soffice with its own profile folder (so parallel runs do not collide), loads the .docx hidden,
 * updates every index (Daftar Isi, Daftar Tabel, Daftar Grafik) twice so the page numbers settle,
 * exports the PDF with writer_pdf_Export and gives back each index's text ("BAB I Pendahuluan\t1"),
 * from which the page numbers are written into the .docx's own cached index results.
 */
import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { UserError } from "../../core/errors";

const SCRIPT = String.raw`
import sys, os, json, time, subprocess, tempfile, shutil
import uno
from com.sun.star.beans import PropertyValue

def prop(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v; return p

src, pdf = sys.argv[1], sys.argv[2]
prof = tempfile.mkdtemp(prefix="lakip-lo-")
pipe = "lakip%d" % os.getpid()
proc = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
    "-env:UserInstallation=" + uno.systemPathToFileUrl(prof), "--accept=pipe,name=%s;urp;" % pipe],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
desktop = None
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for i in range(600):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.1)
    if ctx is None:
        sys.exit(3)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0, (prop("Hidden", True),))
    idx = doc.getDocumentIndexes()
    out = []
    for rnd in range(2):
        for i in range(idx.getCount()):
            idx.getByIndex(i).update()
    for i in range(idx.getCount()):
        x = idx.getByIndex(i)
        out.append({"kind": x.getImplementationName(), "text": x.getAnchor().getString()})
    if pdf != "-":
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(pdf)), (prop("FilterName", "writer_pdf_Export"),))
    doc.close(True)
    sys.stdout.write(json.dumps(out))
finally:
    try:
        if desktop is not None:
            desktop.terminate()
    except Exception:
        pass
    try:
        proc.wait(timeout=30)
    except Exception:
        proc.kill()
    shutil.rmtree(prof, ignore_errors=True)
`;

export const PYTHON = "/usr/bin/python3";

export class LibreOfficeMissingError extends UserError {
  constructor(detail: string) {
    super(
      `PDF tidak dapat dibuat: ${detail}. Pasang LibreOffice Writer beserta modul Python-nya, misalnya di Debian/Ubuntu: ` +
        "sudo apt-get install libreoffice-writer-nogui python3-uno",
    );
    this.name = "LibreOfficeMissingError";
  }
}

function run(
  cmd: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error
        ? typeof (error as { code?: unknown }).code === "number"
          ? (error as { code: number }).code
          : 1
        : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Throws LibreOfficeMissingError when soffice or python3-uno is not on this machine. */
export async function checkLibreOffice(): Promise<void> {
  const soffice = (process.env.PATH ?? "").split(path.delimiter).some((d) => d && existsSync(path.join(d, "soffice")));
  if (!soffice) throw new LibreOfficeMissingError("LibreOffice (perintah soffice) tidak ditemukan");
  const py = await run(PYTHON, ["-c", "import uno"], 20000);
  if (py.code !== 0) throw new LibreOfficeMissingError(`modul Python "uno" tidak tersedia untuk ${PYTHON}`);
}

export interface IndexText {
  kind: string;
  text: string;
}

/** True when LibreOffice and its Python module are on this machine (checkLibreOffice passes). */
export async function libreOfficeReady(): Promise<boolean> {
  try {
    await checkLibreOffice();
    return true;
  } catch (e) {
    if (e instanceof LibreOfficeMissingError) return false;
    throw e;
  }
}

/**
 * Lays the .docx out in LibreOffice and gives each index's text with its page numbers; writes
 * `pdf` from that layout when given (null: the layout only, for the page numbers of the .docx).
 */
export async function docxToPdf(docx: Buffer, pdf: string | null): Promise<IndexText[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lakip-pdf-"));
  try {
    const src = path.join(dir, "laporan.docx");
    const script = path.join(dir, "topdf.py");
    const out = path.join(dir, "laporan.pdf");
    await fs.writeFile(src, docx);
    await fs.writeFile(script, SCRIPT);
    const r = await run(PYTHON, [script, src, pdf === null ? "-" : out], 180000);
    if (r.code !== 0) {
      throw new UserError(
        `LibreOffice gagal ${pdf === null ? "menata halaman laporan" : "membuat PDF"} (kode ${r.code}).`,
      );
    }
    if (pdf !== null) await fs.copyFile(out, pdf);
    try {
      return JSON.parse(r.stdout) as IndexText[];
    } catch {
      return [];
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/**
 * Page numbers by bookmark, matching LibreOffice's index lines ("text<TAB>page") to the entries
 * by text, in order.
 */
export function pagesFromIndexes(
  indexes: IndexText[],
  entries: { text: string; bookmark: string }[],
): Map<string, string> {
  const norm = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase();
  const lines: { text: string; page: string; used: boolean }[] = [];
  for (const ix of indexes)
    for (const line of ix.text.split(/\r?\n/)) {
      const m = /^(.*)\t\s*([0-9ivxlcdm]+)\s*$/i.exec(line);
      if (m) lines.push({ text: norm(m[1]), page: m[2], used: false });
    }
  const pages = new Map<string, string>();
  for (const e of entries) {
    const t = norm(e.text);
    const hit = lines.find((l) => !l.used && (l.text === t || l.text.endsWith(t) || t.endsWith(l.text)));
    if (hit) {
      hit.used = true;
      pages.set(e.bookmark, hit.page);
    }
  }
  return pages;
}
