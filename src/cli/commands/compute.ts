/** `lakip compute FILE.xlsx [--json]`: capaian, predikat, serapan, efisiensi; exit 1 when there are error findings. */
import { onePath, parseArgs } from "../args";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, loadWorkbook, type CliIO } from "../io";
import { computeSummary } from "../summary";
import { analyzeWorkbook, hasErrors, toComputeOutput } from "../../core";
import { isComputeOutputFast } from "../outputGuard";

export async function runCompute(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs("compute", argv, { json: { value: false } });
  const file = onePath("compute", parsed);
  const grid = await loadWorkbook(file);
  const analysis = analyzeWorkbook(grid);
  if (parsed.options.json === true) {
    const output = toComputeOutput(analysis);
    // the plain guard first (same checks, no looser); only what it does not accept goes to zod
    if (isComputeOutputFast(output)) {
      io.out(JSON.stringify(output, null, 2) + "\n");
      return hasErrors(analysis.findings) ? EXIT_FINDINGS : EXIT_OK;
    }
    const { computeOutputSchema } = await import("../schema");
    const checked = computeOutputSchema.safeParse(output);
    if (!checked.success) {
      // A defect of the engine, never the user's fault: one Indonesian line, nothing printed on stdout.
      const where = checked.error.issues[0]?.path.join(".") || "hasil";
      io.err(
        `lakip compute: hasil perhitungan ${file} tidak sesuai format JSON yang dijanjikan (bagian ${where}); tidak ada yang dicetak. Laporkan kepada pengembang beserta berkasnya.\n`,
      );
      return EXIT_UNUSABLE;
    }
    io.out(JSON.stringify(checked.data, null, 2) + "\n");
  } else {
    io.out(computeSummary(file, analysis));
  }
  return hasErrors(analysis.findings) ? EXIT_FINDINGS : EXIT_OK;
}
