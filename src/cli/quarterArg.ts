/** The quarter options of the CLI (`--triwulan N` of format/himpun, `--tw N` of triwulan/validate): 1-4 or I-IV. */
import { UsageError } from "./args";
import { parseQuarterArg } from "../core/layout/quarterUnitFiles";
import type { Quarter } from "../core/read/quarterColumns";

export function quarterOption(value: string | true | undefined, option: string): Quarter | undefined {
  if (value === undefined) return undefined;
  const q = typeof value === "string" ? parseQuarterArg(value) : undefined;
  if (q === undefined)
    throw new UsageError(
      `--${option} harus nomor triwulan 1, 2, 3 atau 4 (juga I, II, III, IV)${typeof value === "string" ? `, bukan "${value}"` : ""}; misalnya --${option} 2.`,
    );
  return q;
}
