/**
 * Output safety of the CLI (spec section 6, issue 12): an --out naming the input workbook or the
 * template is refused by the file's identity (hard and symbolic links, other spellings), writes
 * are whole-or-nothing, and file-system errors are one Bahasa Indonesia sentence without Node's
 * text or the temporary file's name.
 */
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "fs";
import * as os from "os";
import * as path from "path";
import { UsageError } from "../../src/cli/args";
import { runReport } from "../../src/cli/commands/report";
import { runFormat } from "../../src/cli/commands/format";
import { fileErrorMessage, sameFile, writeFileAtomically, type WriteOps } from "../../src/cli/outputs";
import { buildTemplateDocx } from "../../src/hosts/files/docxTemplate";
import { writeFileSync } from "fs";

const ROOT = path.join(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "kesbangpol-2025.xlsx");
const NOW = new Date(2026, 10, 24, 10, 15);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "lakip-outputs-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const io = () => {
  const o = { out: "", err: "" };
  return { o, io: { out: (s: string) => void (o.out += s), err: (s: string) => void (o.err += s) } };
};

async function report(...args: string[]): Promise<number> {
  return runReport(args, io().io, { now: () => NOW });
}

/** Node's English texts that must never reach a user. */
const ENGLISH =
  /no such file|permission denied|illegal operation|no space|read-only file system|ENOENT|EACCES|EISDIR|ENOSPC|EROFS|\.tmp/i;

describe("--out naming an input is refused, and the input is left as it was", () => {
  test("the workbook under another extension (issue 12: book.docx that is an .xlsx)", async () => {
    const book = path.join(dir, "book.docx");
    copyFileSync(EXAMPLE, book);
    const before = readFileSync(book);
    await expect(report(book, "--out", book)).rejects.toThrow(
      /^--out ".*book\.docx" adalah berkas workbook masukan itu sendiri/,
    );
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  test("the template (--template T.docx --out T.docx), and another spelling of it", async () => {
    const t = path.join(dir, "T.docx");
    writeFileSync(t, await buildTemplateDocx());
    const before = readFileSync(t);
    await expect(report(EXAMPLE, "--template", t, "--out", t)).rejects.toThrow(/adalah berkas template itu sendiri/);
    const other = path.join(dir, "sub", "..", "T.docx");
    mkdirSync(path.join(dir, "sub"), { recursive: true });
    await expect(report(EXAMPLE, "--template", t, "--out", other)).rejects.toThrow(UsageError);
    expect(readFileSync(t).equals(before)).toBe(true);
  });

  test("a hard link or a symbolic link to the workbook", async () => {
    const book = path.join(dir, "buku.xlsx");
    copyFileSync(EXAMPLE, book);
    const hard = path.join(dir, "tautan-keras.docx");
    const soft = path.join(dir, "tautan-simbolik.docx");
    linkSync(book, hard);
    symlinkSync(book, soft);
    const before = readFileSync(book);
    await expect(report(book, "--out", hard)).rejects.toThrow(/workbook masukan/);
    await expect(report(book, "--out", soft)).rejects.toThrow(/workbook masukan/);
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  test("a different file is written", async () => {
    const out = path.join(dir, "LAKIP.docx");
    expect(await report(EXAMPLE, "--out", out)).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(sameFile(out, EXAMPLE)).toBe(false);
    expect(sameFile(path.join(dir, "belum-ada.docx"), path.join(dir, ".", "belum-ada.docx"))).toBe(true);
  });
});

describe("writeFileAtomically", () => {
  const failing = (code: string, at: "writeFile" | "rename"): WriteOps & { removed: string[] } => {
    const removed: string[] = [];
    const err = () => Object.assign(new Error(`${code}: some English text, open '/x/.x.docx.4825.tmp'`), { code });
    return {
      removed,
      writeFile: async () => {
        if (at === "writeFile") throw err();
      },
      rename: async () => {
        throw err();
      },
      rm: async (f) => void removed.push(f),
    };
  };

  test.each(["ENOENT", "EACCES", "EPERM", "EISDIR", "ENOSPC", "EROFS", "EBUSY", "EMFILE", "EIO", "EXDEV", "EWHAT"])(
    "%s becomes one Indonesian sentence naming only the target; the temporary file is removed",
    async (code) => {
      for (const at of ["writeFile", "rename"] as const) {
        const ops = failing(code, at);
        const target = path.join(dir, "hasil.docx");
        const e = await writeFileAtomically(target, Buffer.from("x"), ops).then(
          () => null,
          (x: unknown) => x,
        );
        expect(e).toBeInstanceOf(UsageError);
        const msg = (e as Error).message;
        expect(msg).toMatch(/^Gagal menulis ".*hasil\.docx"/);
        expect(msg).not.toMatch(ENGLISH);
        expect(msg.split("\n")).toHaveLength(1);
        expect(ops.removed).toHaveLength(1);
        expect(path.dirname(ops.removed[0])).toBe(dir);
      }
    },
  );

  test("real errors: a folder that does not exist, a target that is a folder; nothing left behind", async () => {
    await expect(writeFileAtomically(path.join(dir, "tidak-ada", "x.docx"), Buffer.from("x"))).rejects.toThrow(
      /^Gagal menulis ".*x\.docx": foldernya tidak ada/,
    );
    const folder = path.join(dir, "folder.docx");
    mkdirSync(folder);
    await expect(writeFileAtomically(folder, Buffer.from("x"))).rejects.toThrow(/nama itu adalah folder/);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("fileErrorMessage never returns only a code", () => {
    expect(fileErrorMessage({ code: "EFOO" }, "a.xlsx")).toMatch(
      /^Gagal menulis "a\.xlsx" \(kode sistem EFOO\); periksa/,
    );
  });
});

describe("lakip format", () => {
  test("writes through the atomic writer, leaving no temporary file", async () => {
    const out = path.join(dir, "format.xlsx");
    const r = io();
    expect(await runFormat(["--out", out], r.io)).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("main: an internal error is never an English dump", () => {
  test("the message is Indonesian; the library's text appears only with LAKIP_DEBUG", async () => {
    jest.resetModules();
    jest.doMock("../../src/cli/commands/validate", () => ({
      runValidate: async () => {
        throw new Error('[{"code":"too_big","message":"Number must be finite"}]');
      },
    }));
    const { main } = await import("../../src/cli/main");
    const r = io();
    const saved = process.env.LAKIP_DEBUG;
    delete process.env.LAKIP_DEBUG;
    try {
      expect(await main(["validate", "x.xlsx"], r.io)).toBe(2);
    } finally {
      if (saved !== undefined) process.env.LAKIP_DEBUG = saved;
    }
    expect(r.o.err).toMatch(/^lakip validate: Terjadi kesalahan internal pada program LAKIP, bukan pada berkas Anda/);
    expect(r.o.err).not.toMatch(/too_big|must be finite/);
    jest.dontMock("../../src/cli/commands/validate");
  });
});
