/** `lakip validate FILE.xlsx [--json]`: prints the findings; exit 1 when any is an error. */
import { onePath, parseArgs } from "../args";
import { quarterOption } from "../quarterArg";
import { EXIT_FINDINGS, EXIT_OK, loadWorkbook, type CliIO } from "../io";
import { validateSummary } from "../summary";
import { analyzeWorkbook, hasErrors } from "../../core";

export async function runValidate(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs("validate", argv, { json: { value: false }, tw: { value: true } });
  const file = onePath("validate", parsed);
  // --tw N: checked for the quarterly report of quarter N (spec 5.1): MISSING_QUARTER, the year's Realisasi may be blank.
  const triwulan = quarterOption(parsed.options.tw, "tw");
  const grid = await loadWorkbook(file);
  const { findings } = analyzeWorkbook(grid, { triwulan });
  if (parsed.options.json === true) {
    const { validateOutputSchema } = await import("../schema");
    const out = validateOutputSchema.parse({ findings });
    io.out(JSON.stringify(out, null, 2) + "\n");
  } else {
    io.out(validateSummary(file, findings));
  }
  return hasErrors(findings) ? EXIT_FINDINGS : EXIT_OK;
}
