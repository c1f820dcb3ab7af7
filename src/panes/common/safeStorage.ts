/**
 * localStorage guarded: reading or writing it throws where storage is disabled (a webview or
 * browser policy, Safari's private browsing) or full (QuotaExceededError). What is remembered
 * between sessions (the user's name) is a convenience: without storage the pane works the same.
 */
export type NameStore = Pick<Storage, "getItem" | "setItem">;

/** The stored text, or `fallback` when there is none or the storage cannot be read. */
export function recallName(store: NameStore | undefined, key: string, fallback = ""): string {
  try {
    return store?.getItem(key) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Stores the text when the storage allows it; otherwise it is kept for this session only. */
export function rememberName(store: NameStore | undefined, key: string, value: string): void {
  try {
    store?.setItem(key, value);
  } catch {
    // not remembered: the field still holds the name for this session
  }
}

/** The browser's localStorage, or undefined where reading it throws (disabled storage). */
export function defaultStorage(): NameStore | undefined {
  try {
    return typeof localStorage !== "undefined" ? localStorage : undefined;
  } catch {
    return undefined;
  }
}
