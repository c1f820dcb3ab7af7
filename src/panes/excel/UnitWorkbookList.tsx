/**
 * "Buat file per unit", the opening step: one button per unit, each click opening that unit's
 * workbook with Excel.createWorkbook (ExcelApi 1.8). One workbook per user click: Excel on the
 * web opens a new workbook in a new browser tab, which the browser allows only from a user's
 * click (a pop-up blocker refuses the second of N calls made by one click), and Excel on the
 * desktop would otherwise open N unsaved windows at once.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { userMessage } from "../../core/errors";
import type { ExcelHost } from "../../hosts/excel/port";

export interface UnitWorkbook {
  unit: string;
  /** The name to save it under ("Format 2025 - Sekretariat.xlsx"). */
  fileName: string;
  base64: string;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: "6px" },
  item: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  done: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  error: { fontSize: tokens.fontSizeBase300, color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
});

export function UnitWorkbookList({
  host,
  files,
  onAllOpened,
}: {
  host: ExcelHost;
  files: readonly UnitWorkbook[];
  /** Called once, when the last unit's workbook was opened. */
  onAllOpened?: () => void;
}): React.ReactElement {
  const styles = useStyles();
  const [opened, setOpened] = React.useState<ReadonlySet<string>>(new Set());
  const [failed, setFailed] = React.useState<Record<string, string>>({});
  const [busy, setBusy] = React.useState<string | null>(null);
  const buttons = React.useRef(new Map<string, HTMLElement>());

  async function open(f: UnitWorkbook): Promise<void> {
    setBusy(f.unit);
    try {
      await host.createWorkbook(f.base64);
      const next = new Set(opened).add(f.unit);
      setOpened(next);
      setFailed(({ [f.unit]: _gone, ...rest }) => rest);
      if (next.size === files.length) onAllOpened?.();
      // The keyboard goes on to the next unit still to open (one Enter per workbook).
      const after = files.find((x) => !next.has(x.unit));
      if (after) buttons.current.get(after.unit)?.focus();
    } catch (e) {
      setFailed((m) => ({ ...m, [f.unit]: userMessage(e) }));
    } finally {
      setBusy(null);
    }
  }

  const firstToOpen = files.find((x) => !opened.has(x.unit));
  return (
    <ul className={styles.list} aria-label="File unit untuk dibuka" data-testid="file-unit">
      {files.map((f) => (
        <li key={f.unit} className={styles.item}>
          <Button
            ref={(el) => {
              if (el) buttons.current.set(f.unit, el);
              else buttons.current.delete(f.unit);
            }}
            // One primary button: the next unit to open; held (still focusable) while one opens.
            appearance={opened.has(f.unit) ? "subtle" : f === firstToOpen ? "primary" : "secondary"}
            disabledFocusable={busy !== null}
            onClick={() => void open(f)}
          >
            {opened.has(f.unit) ? `Buka lagi: ${f.unit}` : `Buka berkas ${f.unit}`}
          </Button>
          {opened.has(f.unit) && <span className={styles.done}>Dibuka: simpan sebagai &quot;{f.fileName}&quot;.</span>}
          {failed[f.unit] && <span className={styles.error}>{failed[f.unit]}</span>}
        </li>
      ))}
    </ul>
  );
}
