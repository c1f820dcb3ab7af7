/**
 * Builds assets/lakip-template.docx (A4) and assets/lakip-template-f4.docx (F4, 215 x 330 mm)
 * from the template source in src/core/report/template/. Run after changing that source:
 *   npm run build:node && node build/node/scripts/build-template.js
 * test/hosts/files/docxTemplate.test.ts fails when the committed files differ from the source.
 */
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { buildTemplateDocx } from "../src/hosts/files/docxTemplate";

export const TEMPLATE_FILES = { A4: "lakip-template.docx", F4: "lakip-template-f4.docx" } as const;

function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

export async function buildTemplates(outDir = path.join(repoRoot(), "assets")): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const paper of ["A4", "F4"] as const) {
    const file = path.join(outDir, TEMPLATE_FILES[paper]);
    await fs.writeFile(file, await buildTemplateDocx(paper));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  buildTemplates().then(
    (files) => files.forEach((f) => process.stdout.write(`ditulis: ${f}\n`)),
    (e: unknown) => {
      process.stderr.write(`build-template: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
