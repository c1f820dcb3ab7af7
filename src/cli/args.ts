/** Argument parsing for `lakip`: strict, with messages in Bahasa Indonesia. */
import { UserError } from "../core/errors";

/** Unusable arguments or input: exit status 2, the message on stderr. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface OptionSpec {
  /** Takes a value (`--out FILE`, `--out=FILE`) or is a flag (`--json`). */
  value: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | true>;
}

/**
 * Parses the arguments after the command name. Unknown options, a missing option value, an
 * option given twice and a flag given a value are UsageErrors. `--` ends the options.
 */
export function parseArgs(
  command: string,
  argv: readonly string[],
  spec: Readonly<Record<string, OptionSpec>>,
): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || !arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    if (!arg.startsWith("--"))
      throw new UsageError(`Opsi "${arg}" tidak dikenal untuk "lakip ${command}"; lihat "lakip --help".`);
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const s = spec[name];
    if (!s) {
      const known = Object.keys(spec).map((k) => `--${k}`);
      throw new UsageError(
        `Opsi "--${name}" tidak dikenal untuk "lakip ${command}"${known.length ? ` (yang dikenal: ${known.join(", ")})` : ""}; lihat "lakip --help".`,
      );
    }
    if (options[name] !== undefined) throw new UsageError(`Opsi "--${name}" diberikan lebih dari sekali.`);
    if (!s.value) {
      if (eq >= 0) throw new UsageError(`Opsi "--${name}" tidak menerima nilai.`);
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith("--") && value.length > 2))
        throw new UsageError(`Opsi "--${name}" memerlukan nilai, misalnya --${name} ${exampleFor(name)}.`);
      i++;
    }
    if (value.trim() === "") throw new UsageError(`Nilai opsi "--${name}" kosong.`);
    options[name] = value;
  }
  return { positionals, options };
}

function exampleFor(name: string): string {
  switch (name) {
    case "out":
      return "hasil.xlsx";
    case "units":
      return '"Sekretariat;Bidang Politik Dalam Negeri"';
    case "template":
      return "template.docx";
    default:
      return "NILAI";
  }
}

/** Exactly one positional argument: the workbook path. */
export function onePath(command: string, parsed: ParsedArgs, what = "FILE.xlsx"): string {
  if (parsed.positionals.length === 0)
    throw new UsageError(`"lakip ${command}" memerlukan nama berkas workbook, misalnya: lakip ${command} ${what}`);
  if (parsed.positionals.length > 1)
    throw new UsageError(
      `"lakip ${command}" hanya menerima satu berkas; argumen berlebih: ${parsed.positionals
        .slice(1)
        .map((p) => `"${p}"`)
        .join(", ")}.`,
    );
  return parsed.positionals[0];
}
