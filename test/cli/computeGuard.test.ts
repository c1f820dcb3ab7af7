/**
 * `lakip compute --json` checks its output against the spec's schema before printing: a defect
 * that slips a non-number through is one Indonesian line on stderr and exit 2, never an English dump.
 */
import * as path from "path";
import * as core from "../../src/core";
import { main } from "../../src/cli/main";

const example = path.join(__dirname, "..", "..", "examples", "kesbangpol-2025.xlsx");

function capture(): { io: { out(t: string): void; err(t: string): void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void err.push(t) }, out, err };
}

afterEach(() => jest.restoreAllMocks());

test("an output that fails the schema: an Indonesian line naming the part, nothing on stdout, exit 2", async () => {
  const real = core.toComputeOutput;
  jest.spyOn(core, "toComputeOutput").mockImplementation((a) => {
    const out = real(a);
    out.organisasi.capaian = Number.NaN;
    return out;
  });
  const c = capture();
  const code = await main(["compute", example, "--json"], c.io);
  expect(code).toBe(2);
  expect(c.out.join("")).toBe("");
  const err = c.err.join("");
  expect(err).toMatch(
    /^lakip compute: hasil perhitungan .* tidak sesuai format JSON yang dijanjikan \(bagian organisasi\.capaian\)/,
  );
  expect(err).not.toMatch(/Expected|received|ZodError|\n\s+at /);
});

test("an internal error in any command: Indonesian, without the host's English message or a stack", async () => {
  jest.spyOn(core, "analyzeWorkbook").mockImplementation(() => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  });
  const c = capture();
  const code = await main(["compute", example], c.io);
  expect(code).toBe(2);
  expect(c.err.join("")).toMatch(
    /^lakip compute: Terjadi kesalahan internal pada program LAKIP, bukan pada berkas Anda\./,
  );
  expect(c.err.join("")).not.toMatch(/Cannot read|TypeError/);
});
