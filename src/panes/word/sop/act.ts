import type { SopAction } from "../../../core/sop";

/** Performs an SOP action; resolves to an error message (Bahasa Indonesia) or null. */
export type Act = (action: SopAction) => Promise<string | null>;
