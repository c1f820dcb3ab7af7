/**
 * LAKIP.html's mapping from a failure to the text the user reads: the one of the panes and the CLI
 * (core/errors' userMessage). Our own errors carry an Indonesian sentence naming the file, sheet or
 * cell; anything else is unexpected and is never shown raw.
 */
import { userMessage } from "../core/errors";

export function pageMessage(error: unknown): string {
  return userMessage(error);
}
