/** The current workbook (name and origin) and the chooser to open another one instead. */
import * as React from "react";
import { usePageStyles } from "./pageStyles";
import type { Notice } from "../panes/common/usePaneTask";
import { XLSX_ACCEPT, errorCountOf, type Current, type PageEnv } from "./pageEnv";
import { nextFrame } from "./fileIO";
import { CurrentWorkbook, FilePicker } from "./pageParts";

export function OpenWorkbook(props: {
  env: PageEnv;
  testId: string;
  onFiles: (files: File[]) => void;
}): React.ReactElement {
  const styles = usePageStyles();
  const { current, disabled } = props.env;
  return (
    <>
      <CurrentWorkbook current={current} />
      <div className={styles.row}>
        <FilePicker
          label={current ? "Buka buku kerja lain (.xlsx)…" : "Buka buku kerja (.xlsx)…"}
          accept={XLSX_ACCEPT}
          disabled={disabled}
          primary={!current}
          testId={props.testId}
          onFiles={props.onFiles}
        />
      </div>
    </>
  );
}

/** Opens a chosen workbook as the current one; `notice` says what it means for the view. */
export async function openWorkbook(
  env: PageEnv,
  files: File[],
  notice: (c: Current) => Notice = openedNotice,
  validated = false,
): Promise<void> {
  const { task } = env;
  await task.step("Membuka buku kerja…", async (signal) => {
    const file = await env.files.readWorkbook(files[0], signal, task.setBusy);
    task.setBusy({ label: "Memeriksa isian…", value: 1 });
    await nextFrame();
    task.setNotice(notice(env.setCurrent(file, "dibuka", validated)));
  });
}

function openedNotice(c: Current): Notice {
  const errors = errorCountOf(c.analysis.findings);
  return {
    intent: errors > 0 ? "warning" : "success",
    title: `${c.file.name} dibuka`,
    body:
      errors > 0
        ? `${c.analysis.indikator.length} indikator, ${errors} galat: perbaiki dulu (bagian Validasi menunjukkan selnya).`
        : `${c.analysis.indikator.length} indikator, tanpa galat.`,
  };
}
