/** The page itself: the Fluent provider and LakipPage in #root. */
import * as React from "react";
import { renderPane } from "../panes/common/mountPane";
import { LakipPage } from "./LakipPage";

export function start(): void {
  renderPane(<LakipPage />);
}
