/** `lakip compute FILE.xlsx [--json]`: capaian, predikat, serapan, efisiensi; exit 1 when there are error findings. */
import { onePath, parseArgs } from "../args";
import { EXIT_FINDINGS, EXIT_OK, loadWorkbook, type CliIO } from "../io";
import { computeSummary } from "../summary";
import { analyzeWorkbook, hasErrors, toComputeOutput } from "../../core";

export async function runCompute(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs("compute", argv, { json: { value: false } });
  const file = onePath("compute", parsed);
  const grid = await loadWorkbook(file);
  const analysis = analyzeWorkbook(grid);
  if (parsed.options.json === true) {
    const { computeOutputSchema } = await import("../schema");
    const out = computeOutputSchema.parse(toComputeOutput(analysis));
    io.out(JSON.stringify(out, null, 2) + "\n");
  } else {
    io.out(computeSummary(file, analysis));
  }
  return hasErrors(analysis.findings) ? EXIT_FINDINGS : EXIT_OK;
}
