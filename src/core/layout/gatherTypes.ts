/** What a Himpun plan writes and notes: shared by the yearly gather (gather.ts) and the quarter's (quarterGather.ts). */
import type { Cell } from "../grid";

/** One cell of the master copy to write: the unit's cell (null: blank). */
export interface GatherWrite {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
  cell: Cell | null;
}

export interface GatherNote {
  file: string;
  sheet: string;
  /** A1 address, "" for a whole sheet or file. */
  cell: string;
  message: string;
}
