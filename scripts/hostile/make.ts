/**
 * Writes the hostile files of issue 12 into a folder, to measure the command on them:
 *
 *     node build/node/scripts/hostile/make.js /tmp/hostile
 *     /usr/bin/time -v node bin/lakip.js validate /tmp/hostile/bom-jujur.xlsx
 *
 * Nothing here is checked in: the files are made by code each time.
 */
import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import {
  brokenTemplate,
  dtdTemplate,
  entityBombXlsx,
  hugeRowXlsx,
  lakipSheets,
  manyCellsXlsx,
  nestedTemplate,
  spacesBombXlsx,
  workbookXlsx,
} from "./files";

async function main(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const files: [string, () => Promise<Buffer>][] = [
    ["bom-jujur.xlsx", () => spacesBombXlsx(520)],
    ["bom-bohong.xlsx", () => spacesBombXlsx(1000, 2048)],
    ["baris-besar.xlsx", () => hugeRowXlsx(2_000_000_000)],
    ["dimensi-besar.xlsx", () => hugeRowXlsx(5_000_000, "dimension")],
    ["entitas-bom.xlsx", entityBombXlsx],
    ["sel-banyak.xlsx", () => manyCellsXlsx(400)],
    ["buku.xlsx", () => workbookXlsx(lakipSheets([[1, "Sasaran A", "Indikator A", "%", "Naik", 80, 85]]))],
    ["templat-dtd.docx", dtdTemplate],
    ["templat-rusak.docx", brokenTemplate],
    ["templat-bersarang.docx", nestedTemplate],
  ];
  for (const [name, make] of files) {
    const bytes = await make();
    writeFileSync(path.join(dir, name), bytes);
    console.log(`${name}: ${bytes.length.toLocaleString("id-ID")} byte`);
  }
}

void main(process.argv[2] ?? "hostile-files");
