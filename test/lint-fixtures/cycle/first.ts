// No import circles: first.ts → second.ts → first.ts.
import { second } from "./second";

export const first = (): string => second();
