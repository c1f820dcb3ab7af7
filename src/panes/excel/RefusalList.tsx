/**
 * The findings that held a task back (PK, next year's format, the unit files), as a list whose
 * items select their cell in the workbook; a cell that cannot be selected is said in the notice.
 */
import * as React from "react";
import type { Finding } from "../../core/index";
import { userMessage } from "../../core/errors";
import type { ExcelHost } from "../../hosts/excel/port";
import { FindingList } from "../common/FindingList";
import type { Notice } from "../common/usePaneTask";

export function RefusalList({
  host,
  findings,
  setNotice,
}: {
  host: ExcelHost;
  findings: Finding[];
  setNotice: (notice: Notice | null) => void;
}): React.ReactElement {
  async function onSelect(f: Finding): Promise<void> {
    if (!f.sheet || !f.cell) return;
    try {
      await host.selectCell(f.sheet, f.cell);
    } catch (e) {
      setNotice({ intent: "error", title: "Sel tidak dapat dipilih", body: userMessage(e) });
    }
  }
  return <FindingList findings={findings} onSelect={(f) => void onSelect(f)} emptyText="" />;
}
