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
  return stripLiterals(format).includes("%");
}

/** A number format with date or time tokens (d, m, y, h, s outside literals): the cell holds a date. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const first = stripLiterals(format.split(";")[0]);
  if (/^general$/i.test(first.trim())) return false;
  return /[dmyhs]/i.test(first);
}
