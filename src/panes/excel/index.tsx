/**
 * Entry of the Excel task pane (excel.html): waits for Office, checks the requirement sets and
 * renders the pane over the Office.js Excel host; outside Excel it says so.
 */
import * as React from "react";
import { startPane } from "../common/mountPane";
import { createOfficeExcelHost } from "../../hosts/excel/officeExcelHost";
import { checkRequirements, officeIsSetSupported } from "../../hosts/excel/requirements";
import { plainMinimum } from "../../hosts/officeVersions";
import { ExcelPane } from "./ExcelPane";

startPane(
  "Excel",
  {
    app: "Excel",
    versions: plainMinimum("ExcelApi", "1.4"),
    howTo: "Buka buku kerja data kinerja di Excel, lalu pilih Beranda > LAKIP.",
  },
  () => {
    const requirements = checkRequirements(officeIsSetSupported);
    const host = createOfficeExcelHost({ isSetSupported: officeIsSetSupported });
    return <ExcelPane host={host} requirements={requirements} />;
  },
);
