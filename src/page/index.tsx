/** Entry of LAKIP.html: the page over files, no Office.js. */
import * as React from "react";
import { renderPane } from "../panes/common/mountPane";
import { LakipPage } from "./LakipPage";

renderPane(<LakipPage />);
