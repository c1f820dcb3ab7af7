/** `lakip validate FILE.xlsx [--json]`: prints the findings; exit 1 when any is an error. */
import { onePath, parseArgs } from "../args";
import { EXIT_FINDINGS, EXIT_OK, loadWorkbook, type CliIO } from "../io";
import { validateSummary } from "../summary";
import { analyzeWorkbook, hasErrors } from "../../core";

export async function runValidate(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs("validate", argv, { json: { value: false } });
  const file = onePath("validate", parsed);
  const grid = await loadWorkbook(file);
  const { findings } = analyzeWorkbook(grid);
  if (parsed.options.json === true) {
    const { validateOutputSchema } = await import("../schema");
    const out = validateOutputSchema.parse({ findings });
    io.out(JSON.stringify(out, null, 2) + "\n");
  } else {
    io.out(validateSummary(file, findings));
  }
  return hasErrors(findings) ? EXIT_FINDINGS : EXIT_OK;
}
