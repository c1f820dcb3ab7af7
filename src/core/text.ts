/** Text helpers shared by the readers: label matching the way the spec asks (section 2). */

/** Folds runs of white space (line breaks included), trims, and lower-cases: the key labels are matched by. */
export function normalizeLabel(text: string): string {
  let key = labelCache.get(text);
  if (key === undefined) {
    key = tidyText(text).toLowerCase();
    if (labelCache.size >= LABEL_CACHE_LIMIT) labelCache.clear();
    labelCache.set(text, key);
  }
  return key;
}

/** Sasaran, polaritas and header words repeat across thousands of rows: remember their keys. */
const labelCache = new Map<string, string>();
const LABEL_CACHE_LIMIT = 4096;

/** Folds runs of white space and trims, keeping the case: how a name is shown. */
export function tidyText(text: string): string {
  // most cells are already tidy: only run the replacement when there is something to fold
  return NEEDS_TIDY.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

const NEEDS_TIDY = /^\s|\s$|\s\s|[^\S ]/;
