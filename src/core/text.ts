/** Text helpers shared by the readers: label matching the way the spec asks (section 2). */

/** Folds runs of white space (line breaks included), trims, and lower-cases: the key labels are matched by. */
export function normalizeLabel(text: string): string {
  return tidyText(text).toLowerCase();
}

/** Folds runs of white space and trims, keeping the case: how a name is shown. */
export function tidyText(text: string): string {
  // most cells are already tidy: only run the replacement when there is something to fold
  return NEEDS_TIDY.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

const NEEDS_TIDY = /^\s|\s$|\s\s|[^\S ]/;
