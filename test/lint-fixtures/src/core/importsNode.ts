// Wall: core imports only core and zod. A core file using Node's file system.
import * as fs from "node:fs";

export const wrong = fs;
