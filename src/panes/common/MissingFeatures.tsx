/** The warning both panes show when the running Office lacks what some buttons need. */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function MissingFeatures({ app, items }: { app: "Excel" | "Word"; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Versi {app} terbatas</MessageBarTitle>
        {items.map((m) => (
          <div key={m}>{m}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
