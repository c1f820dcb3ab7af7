/**
 * One error model (src/core/errors.ts): every error class the product defines is a UserError (its
 * message written for the user), except the fakes that imitate Office's own errors; and one cancel.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");
/** The Office fakes throw what Office throws (English names and codes): that is their job. */
const IMITATES_OFFICE = /^hosts\/memory\/(excelFakeOffice|wordDocumentOffice|officeFakeRules)\.ts$/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sources(file);
    return /\.tsx?$/.test(e.name) ? [file] : [];
  });
}

const classes = sources(SRC).flatMap((file) => {
  const relative = path.relative(SRC, file).split(path.sep).join("/");
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/class (\w+) extends (\w+(?:\.\w+)?)/g)].map((m) => ({
    file: relative,
    name: m[1],
    base: m[2],
  }));
});

test("every Error subclass of the product extends UserError (the fakes of Office aside)", () => {
  const errorClasses = classes.filter((c) => /Error$|Cancel/.test(c.name) || /Error$/.test(c.base));
  expect(errorClasses.length).toBeGreaterThan(15);
  const names = new Set(["UserError", "OfficeHostError", ...errorClasses.map((c) => c.name)]);
  const plain = errorClasses.filter(
    (c) => c.base === "Error" && c.name !== "UserError" && !IMITATES_OFFICE.test(c.file),
  );
  expect(plain.map((c) => `${c.file}: ${c.name}`)).toEqual([]);
  for (const c of errorClasses)
    if (!IMITATES_OFFICE.test(c.file) && c.name !== "UserError") expect(names).toContain(c.base);
});

test("one cancel error", () => {
  const cancels = classes.filter((c) => /Cancel/.test(c.name));
  expect(cancels.map((c) => `${c.file}: ${c.name}`)).toEqual(["core/errors.ts: CancelledError"]);
});
