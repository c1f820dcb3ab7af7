// Wall: core imports only core and zod. A core file using a package other than zod.
import JSZip from "jszip";
import { z } from "zod";

export const wrong = [JSZip, z];
