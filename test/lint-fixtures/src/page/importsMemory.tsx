// Wall: the page never imports hosts/memory.
import { createMemoryExcelHost } from "../hosts/memory/excelMemoryHost";

export const wrong = createMemoryExcelHost;
