/**
 * LAKIP.html: the panes' work over files, in any modern browser, from one file opened from disk.
 * One view per part of the year (Format, Himpun, Validasi, Rekap, Laporan: ./*View.tsx), named by
 * the SOP steps they do, and Triwulan (a quarter's round), sharing one task runner and notice area (the panes' usePaneTask and
 * NoticeArea), the files port (./pageFiles.ts) and one workbook state that moves forward: the
 * newest workbook (opened, or made by Himpun or Rekap) is the one every later view uses.
 * Every result is a new file the user downloads; the page stores nothing.
 */
import * as React from "react";
import { Divider, Tab, TabList, Text } from "@fluentui/react-components";
import { NoticeArea } from "../panes/common/NoticeArea";
import { usePaneTask, type PaneTask } from "../panes/common/usePaneTask";
import { usePageStyles } from "./pageStyles";
import { currentOf, validatedClean, type Current, type PageEnv } from "./pageEnv";
import { browserFiles, type PageFiles } from "./pageFiles";
import { pageMessage } from "./pageMessage";
import { usePelaksana } from "./usePelaksana";
import { PelaksanaFields } from "./PelaksanaFields";
import { FormatView } from "./FormatView";
import { PkSection } from "./PkSection";
import { HimpunView } from "./HimpunView";
import { ValidasiView } from "./ValidasiView";
import { RekapView } from "./RekapView";
import { LaporanView } from "./LaporanView";
import { TriwulanView } from "./TriwulanView";
import { useUnsavedWarning } from "./useUnsavedWarning";

type TabName = "format" | "himpun" | "validasi" | "rekap" | "laporan" | "triwulan";

const TABS: { name: TabName; label: string }[] = [
  { name: "format", label: "Format · langkah 1–3" },
  { name: "himpun", label: "Himpun · langkah 4" },
  { name: "validasi", label: "Validasi · langkah 4" },
  { name: "rekap", label: "Rekap · langkah 5" },
  { name: "laporan", label: "Laporan · langkah 6–8" },
  { name: "triwulan", label: "Triwulan" },
];

export function LakipPage({ files = browserFiles }: { files?: PageFiles }): React.ReactElement {
  const styles = usePageStyles();
  const [tab, setTab] = React.useState<TabName>("format");
  const paneTask = usePaneTask(pageMessage);
  // Every task of the page reads or writes files and checks its signal: each one can be stopped.
  const task: PaneTask = {
    ...paneTask,
    step: (label, work, o) => paneTask.step(label, work, { cancellable: true, ...o }),
  };
  const pelaksana = usePelaksana();
  const [current, setCurrentState] = React.useState<Current | null>(null);
  const [unsaved, setUnsaved] = React.useState(false);
  useUnsavedWarning(unsaved);

  const env: PageEnv = {
    task,
    files,
    disabled: task.busy !== null,
    who: pelaksana.who,
    current,
    setCurrent: (file, origin, validated) => {
      const opened = currentOf(file, origin);
      const next = (validated && validatedClean(opened, pelaksana.who(4), new Date())) || opened;
      setCurrentState(next);
      return next;
    },
    deliver: (made, keep) => {
      keep?.(made);
      files.save(made);
    },
  };

  const view = (name: TabName): React.ReactElement => {
    switch (name) {
      case "format":
        return (
          <FormatView env={env}>
            <Divider />
            <PkSection disabled={env.disabled} />
          </FormatView>
        );
      case "himpun":
        return <HimpunView env={env} />;
      case "validasi":
        return <ValidasiView env={env} />;
      case "rekap":
        return <RekapView env={env} />;
      case "laporan":
        return <LaporanView env={env} onUnsaved={setUnsaved} />;
      case "triwulan":
        return <TriwulanView env={env} />;
    }
  };

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>LAKIP: penyusunan Laporan Kinerja dari berkas</h1>
        <Text>
          Semua pekerjaan panel Excel dan Word LAKIP, di peramban ini, tanpa pemasangan dan tanpa internet. Halaman ini
          tidak menyimpan apa pun di luar tab ini: berkas Anda tidak dikirim ke mana pun, dan hasilnya hanya ada setelah
          Anda mengunduhnya. Berkas asli Anda tidak pernah ditimpa; setiap hasil adalah berkas baru.
        </Text>
      </header>

      <PelaksanaFields pelaksana={pelaksana} />

      <TabList
        // Small tabs: at 320-375 px the five tabs take two or three rows instead of five.
        size="small"
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => {
          setTab(d.value as TabName);
          // Looking at the findings of a clean gathered workbook is its validation: step 4 Selesai.
          if (d.value === "validasi" && current) {
            const clean = validatedClean(current, pelaksana.who(4), new Date());
            if (clean) setCurrentState(clean);
          }
          // A finished task's message belongs to its view; a running task keeps its progress.
          if (!task.busy) task.setNotice(null);
        }}
        aria-label="Bagian LAKIP menurut langkah SOP"
      >
        {TABS.map((t) => (
          <Tab key={t.name} value={t.name} id={`tab-${t.name}`} aria-controls={`panel-${t.name}`}>
            {t.label}
          </Tab>
        ))}
      </TabList>

      {TABS.map((t) => (
        <section
          key={t.name}
          id={`panel-${t.name}`}
          role="tabpanel"
          aria-labelledby={`tab-${t.name}`}
          hidden={tab !== t.name}
          // The flex display would override [hidden]: only the shown panel has it.
          className={tab === t.name ? styles.section : undefined}
        >
          {tab === t.name && (
            <div className={styles.result}>
              <NoticeArea
                focusResult
                busy={task.busy}
                notice={task.notice}
                noticeKey={task.noticeKey}
                onDismiss={() => task.setNotice(null)}
                onCancel={task.cancellable ? task.cancel : undefined}
              />
            </div>
          )}
          {view(t.name)}
        </section>
      ))}

      <footer className={styles.footer}>
        LAKIP.html bekerja tanpa jaringan. Tutup tab ini untuk melupakan semua berkas yang dibuka.
      </footer>
    </main>
  );
}
