/**
 * The note both panes show when the running Office lacks what some buttons need: one short line,
 * the details (from the requirement registry, one sentence per feature) on request, and a close
 * button. Each affected button also says why it is unavailable where it stands.
 */
import * as React from "react";
import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { COMMON } from "./texts";

const useStyles = makeStyles({
  list: { margin: "4px 0 0", paddingLeft: "18px", fontSize: tokens.fontSizeBase300 },
});

export function MissingFeatures({ app, items }: { app: "Excel" | "Word"; items: readonly string[] }) {
  const styles = useStyles();
  const [closed, setClosed] = React.useState(false);
  const [open, setOpen] = React.useState(false);
  if (items.length === 0 || closed) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="missing-features">
      <MessageBarBody>
        <MessageBarTitle>{COMMON.missingTitle(app)}</MessageBarTitle>{" "}
        <Link as="button" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? COMMON.missingHide : COMMON.missingShow}
        </Link>
        {open && (
          <ul className={styles.list}>
            {items.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={COMMON.dismiss}
            icon={<DismissRegular />}
            onClick={() => setClosed(true)}
          />
        }
      />
    </MessageBar>
  );
}
