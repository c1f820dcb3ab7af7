/**
 * Who LAKIP.html records for each SOP step: the user's name and, per step, the role of the SOP's
 * pelaksana (spec section 1: Kepala, Kasubag Program, Staf, Sekretaris), which the user may change
 * (the SOP's own role marks did not survive, so an agency may assign steps differently).
 */
import * as React from "react";
import { STEPS, STEP_NUMBERS, type StepNumber, type Who } from "../core/sop";

export const NO_NAME = "Pengguna LAKIP.html";

export type Roles = Record<StepNumber, string>;

export function defaultRoles(): Roles {
  const roles = {} as Roles;
  for (const s of STEPS) roles[s.number] = s.pelaksana;
  return roles;
}

export interface Pelaksana {
  name: string;
  setName: (name: string) => void;
  roles: Roles;
  setRole: (step: StepNumber, role: string) => void;
  who: (step: StepNumber) => Who;
}

export function usePelaksana(): Pelaksana {
  const [name, setName] = React.useState("");
  const [roles, setRoles] = React.useState<Roles>(defaultRoles);
  const setRole = React.useCallback((step: StepNumber, role: string) => setRoles((r) => ({ ...r, [step]: role })), []);
  const who = React.useCallback(
    (step: StepNumber): Who => ({
      name: name.trim() || NO_NAME,
      role: roles[step].trim() || defaultRoles()[step],
    }),
    [name, roles],
  );
  return { name, setName, roles, setRole, who };
}

export { STEP_NUMBERS };
