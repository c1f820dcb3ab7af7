/**
 * The jabatan of a unit's head, derived from the unit's name when sheet `Pejabat` does not give it
 * (spec 2.5): "Sekretariat" is led by the "Sekretaris", "Bidang Kewaspadaan" by the "Kepala Bidang
 * Kewaspadaan", a "Subbagian ..."/"UPT ..." by its "Kepala ...". Never a person's name.
 */
import { tidyText } from "../text";

export function jabatanOfUnit(unit: string): string {
  const name = tidyText(unit);
  if (/^sekretariat$/i.test(name)) return "Sekretaris";
  const sek = /^sekretariat\s+(.+)$/i.exec(name);
  if (sek) return `Sekretaris ${sek[1]}`;
  if (/^kepala\s/i.test(name) || /^sekretaris\b/i.test(name)) return name;
  return `Kepala ${name}`;
}
