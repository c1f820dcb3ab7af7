/** Small pieces LAKIP.html's views share: the file chooser, "Unduh lagi", the current workbook, a refusal list. */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { Finding } from "../core/model";
import { FindingList } from "../panes/common/FindingList";
import { usePageStyles } from "./pageStyles";
import { ORIGIN_TEXT, errorCountOf, type Current } from "./pageEnv";
import type { Made } from "./pageFiles";

/** A file chooser behind a button (the native input is hidden; its label is the button's). */
export function FilePicker(props: {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  primary?: boolean;
  testId: string;
  onFiles: (files: File[]) => void;
}): React.ReactElement {
  const styles = usePageStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple={props.multiple}
        accept={props.accept}
        data-testid={props.testId}
        aria-label={props.label}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = "";
          if (files.length > 0) props.onFiles(files);
        }}
      />
      <Button
        appearance={props.primary ? "primary" : "secondary"}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </Button>
    </>
  );
}

/** "Unduh lagi" for the last file a task made, with its name. */
export function DownloadAgain(props: {
  made: Made | null;
  disabled?: boolean;
  onSave: (made: Made) => void;
}): React.ReactElement | null {
  const styles = usePageStyles();
  const { made } = props;
  if (!made) return null;
  return (
    <div className={styles.row}>
      <Button disabled={props.disabled} onClick={() => props.onSave(made)} aria-label={`Unduh lagi ${made.name}`}>
        Unduh lagi
      </Button>
      <Text className={styles.fileName}>{made.name}</Text>
    </div>
  );
}

/** Which workbook the view works on, where it came from, and its counts. */
export function CurrentWorkbook({ current }: { current: Current | null }): React.ReactElement {
  const styles = usePageStyles();
  if (!current)
    return (
      <Text className={styles.hint} data-testid="no-workbook">
        Belum ada buku kerja: himpun berkas unit di bagian Himpun, atau buka buku kerja terhimpun.
      </Text>
    );
  const errors = errorCountOf(current.analysis.findings);
  return (
    <Text className={styles.current} data-testid="current-workbook">
      Buku kerja yang dipakai: <strong>{current.file.name}</strong> ({ORIGIN_TEXT[current.origin]};{" "}
      {current.analysis.indikator.length} indikator, {errors} galat)
    </Text>
  );
}

/** The galat that refused a task, in a scrolling list the keyboard can scroll too. */
export function RefusalList({ findings }: { findings: Finding[] }): React.ReactElement {
  const styles = usePageStyles();
  return (
    <div
      className={styles.findings}
      data-testid="format-refusal"
      role="region"
      aria-label="Galat yang harus diperbaiki dulu"
      tabIndex={0}
    >
      <FindingList findings={findings} emptyText="" />
    </div>
  );
}
