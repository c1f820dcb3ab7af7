// No import circles: second.ts → first.ts → second.ts (a type import closes a circle too).
import type { first } from "./first";

export const second = (): string => "two";
export type First = typeof first;
