/** Text helpers shared by the readers: label matching the way the spec asks (section 2). */

/** Folds runs of white space (line breaks included), trims, and lower-cases: the key labels are matched by. */
export function normalizeLabel(text: string): string {
  return tidyText(text).toLowerCase();
}

/**
 * normalizeLabel for values that repeat across thousands of rows (sasaran, polaritas words):
 * their keys are remembered. Not for values that are mostly unique, such as indicator names.
 */
export function normalizeRepeated(text: string): string {
  let key = labelCache.get(text);
  if (key === undefined) {
    key = normalizeLabel(text);
    if (labelCache.size >= LABEL_CACHE_LIMIT) labelCache.clear();
    labelCache.set(text, key);
  }
  return key;
}

const labelCache = new Map<string, string>();
const LABEL_CACHE_LIMIT = 4096;

/** Folds runs of white space and trims, keeping the case: how a name is shown. */
export function tidyText(text: string): string {
  // most cells are already tidy: only run the replacement when there is something to fold
  return NEEDS_TIDY.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

const NEEDS_TIDY = /^\s|\s$|\s\s|[^\S ]/;
