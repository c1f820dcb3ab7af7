/** Reading Excel number-format codes: is a numeric cell a percentage, or a date? */

/** Removes quoted literals, escaped characters, [..] sections and the `_x` / `*x` spacers. */
function stripLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
}

/** A number format with an unquoted `%` shows the value times 100. */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return classify(format).percent;
}

/** A number format with date or time tokens (d, m, y, h, s outside literals): the cell holds a date. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return classify(format).date;
}

/** A workbook uses a handful of formats over thousands of cells: classify each once. */
const classified = new Map<string, { percent: boolean; date: boolean }>();

function classify(format: string): { percent: boolean; date: boolean } {
  let c = classified.get(format);
  if (!c) {
    const first = stripLiterals(format.split(";")[0]);
    c = {
      percent: stripLiterals(format).includes("%"),
      date: !/^general$/i.test(first.trim()) && /[dmyhs]/i.test(first),
    };
    if (classified.size > 1000) classified.clear();
    classified.set(format, c);
  }
  return c;
}
