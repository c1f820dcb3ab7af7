// Allowed: an adapter may use core and the shared host folders (hosts/files, hosts/generated,
// hosts/officeVersions). This file must lint with no wall error.
import { parseA1 } from "../../core/grid";
import { readWorkbookGrid } from "../files/readXlsx";
import { API_SETS } from "../generated/apiSets";
import { plainMinimum } from "../officeVersions";

export const fine = [parseA1, readWorkbookGrid, API_SETS, plainMinimum];
