// Wall: core imports only core and zod. A core file reaching into an adapter.
import { readWorkbookGrid } from "../hosts/files/readXlsx";

export const wrong = readWorkbookGrid;
