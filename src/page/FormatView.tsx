/**
 * The Format view of LAKIP.html, SOP steps 1-3: the Kepala's disposition (recorded with the
 * format), the empty format or next year's, and one file per unit. Further Format tasks (the
 * Perjanjian Kinerja) are given as `children` and shown after "File per unit".
 */
import * as React from "react";
import { Button, Divider, Field, Input, Text, Textarea } from "@fluentui/react-components";
import { DEFAULT_UNITS_TEXT, checkUnitNames, parseUnits, planUnitSheets } from "../core/layout/formatLayout";
import { recordExcelCommand, recordExcelStep } from "../core/sop";
import type { Finding } from "../core/model";
import { writeFormatXlsx } from "../hosts/files/writeFormat";
import { nextYearWorkbook, unitFilesZip } from "../hosts/browserFiles/formatFiles";
import type { WorkbookFile } from "../hosts/browserFiles/workbookFiles";
import { DisabledReason } from "../panes/common/NoticeArea";
import { usePageStyles } from "./pageStyles";
import { XLSX_ACCEPT, type PageEnv } from "./pageEnv";
import type { Made } from "./pageFiles";
import { CancelledError, XLSX_TYPE, nextFrame } from "./fileIO";
import { DownloadAgain, FilePicker, RefusalList } from "./pageParts";
import { perUnitNotice } from "./perUnitNotice";

interface FromTask {
  from: "next" | "units";
  label: string;
  building: string;
  refusedTitle: string;
  refusedBody: (file: WorkbookFile, refused: Finding[]) => string;
}

export function FormatView({ env, children }: { env: PageEnv; children?: React.ReactNode }): React.ReactElement {
  const styles = usePageStyles();
  const { task, disabled } = env;
  const [disposisi, setDisposisi] = React.useState("");
  const [kepala, setKepala] = React.useState("");
  const [unitsText, setUnitsText] = React.useState(DEFAULT_UNITS_TEXT);
  const unitProblems = React.useMemo(() => checkUnitNames(parseUnits(unitsText)), [unitsText]);
  const [formatMade, setFormatMade] = React.useState<Made | null>(null);
  const [nextMade, setNextMade] = React.useState<Made | null>(null);
  const [unitsMade, setUnitsMade] = React.useState<Made | null>(null);
  const [refusal, setRefusal] = React.useState<{ from: "next" | "units"; findings: Finding[] } | null>(null);
  const save = (m: Made) => env.files.save(m);

  /** Step 1 (the Kepala's disposition) when given, then step 2: the props of a new format. */
  function formatProps(note: string): Record<string, string> {
    const now = new Date();
    let props: Record<string, string> = {};
    if (disposisi.trim() !== "" && kepala.trim() !== "")
      props = recordExcelStep(
        {},
        1,
        { name: kepala.trim(), role: env.who(1).role },
        now,
        `Disposisi ${disposisi.trim()}`,
      );
    return { ...props, ...recordExcelCommand(props, "buatFormat", env.who(2), now, note) };
  }
  const step1Text =
    disposisi.trim() !== "" && kepala.trim() !== ""
      ? "Langkah 1 (disposisi) dan langkah 2 dicatat Selesai di format."
      : "Langkah 2 dicatat Selesai di format; langkah 1 tidak dicatat (disposisi Kepala tidak diisi).";

  async function onFormat(): Promise<void> {
    await task.step("Membuat format…", async () => {
      const units = parseUnits(unitsText);
      const bytes = await writeFormatXlsx(units, formatProps("Format dibuat di LAKIP.html"));
      const made = { name: "format-pengumpulan-data-kinerja.xlsx", bytes, type: XLSX_TYPE };
      env.deliver(made, setFormatMade);
      const plan = planUnitSheets(units);
      const renamed = plan.filter((p) => p.sheetName !== p.unit);
      task.setNotice({
        intent: "success",
        title: "Format pengumpulan data dibuat",
        body: `Sheet: Petunjuk, Identitas, ${plan.map((p) => p.sheetName).join(", ")}, Anggaran. Berkas ${made.name} diunduh. ${step1Text}`,
        lines: renamed.length
          ? renamed.map((p) => `Nama sheet dipendekkan (batas Excel 31 karakter): ${p.unit} → ${p.sheetName}`)
          : undefined,
      });
    });
  }

  async function runFrom<R extends { refused: Finding[] } | { refused: null }>(
    t: FromTask,
    files: File[],
    build: (file: WorkbookFile) => Promise<R>,
    done: (file: WorkbookFile, result: Extract<R, { refused: null }>) => void,
  ): Promise<void> {
    setRefusal(null);
    await task.step(t.label, async (signal) => {
      const file = await env.files.readWorkbook(files[0], signal, task.setBusy);
      task.setBusy({ label: t.building });
      await nextFrame();
      const result = await build(file);
      if (signal.aborted) throw new CancelledError();
      if (result.refused) {
        setRefusal({ from: t.from, findings: result.refused });
        task.setNotice({ intent: "error", title: t.refusedTitle, body: t.refusedBody(file, result.refused) });
        return;
      }
      done(file, result as Extract<R, { refused: null }>);
    });
  }

  async function onNextYear(files: File[]): Promise<void> {
    setNextMade(null);
    await runFrom(
      {
        from: "next",
        label: "Membuat format tahun berikutnya…",
        building: "Menyusun format tahun berikutnya…",
        refusedTitle: "Format tahun berikutnya tidak dibuat",
        refusedBody: (file, refused) =>
          `${file.name} masih memuat ${refused.length} galat. Perbaiki galat di bawah (bagian Validasi menunjukkan selnya), lalu coba lagi.`,
      },
      files,
      (file) => nextYearWorkbook(file, env.who(2), new Date()),
      (file, result) => {
        const { plan } = result;
        const made = { name: result.fileName, bytes: result.bytes, type: XLSX_TYPE };
        env.deliver(made, setNextMade);
        task.setNotice({
          intent: "success",
          title: `Format tahun ${plan.tahun} dibuat`,
          body: `Dari ${file.name} (tahun ${plan.tahun - 1}); berkas ${made.name} diunduh. Langkah 2 dicatat Selesai.`,
          lines: [
            `Unit: ${plan.units.join(", ")}; ${result.indicators} indikator.`,
            `Kolom riwayat: ${plan.years.map((y) => `Target ${y}, Realisasi ${y}`).join("; ")}.`,
            `Target dan Realisasi ${plan.tahun}, Keterangan, Faktor Pendukung, Faktor Penghambat dan Upaya Perbaikan dikosongkan.`,
            ...plan.notes,
          ],
        });
      },
    );
  }

  async function onPerUnit(files: File[]): Promise<void> {
    setUnitsMade(null);
    await runFrom(
      {
        from: "units",
        label: "Membuat berkas per unit…",
        building: "Menyusun berkas per unit…",
        refusedTitle: "Berkas per unit tidak dibuat",
        refusedBody: (file) =>
          `Susunan ${file.name} belum lengkap (sheet Identitas dengan Tahun, dan sheet unit dengan baris judulnya). Perbaiki galat di bawah, lalu coba lagi.`,
      },
      files,
      (file) => unitFilesZip(file, env.who(3), new Date()),
      (file, result) => {
        const outcome = perUnitNotice(file, result);
        if (outcome.made) env.deliver(outcome.made, setUnitsMade);
        task.setNotice(outcome.notice);
      },
    );
  }

  const formatBlocked = disabled
    ? "Tunggu sampai pekerjaan yang sedang berjalan selesai."
    : unitProblems.length > 0
      ? "Perbaiki daftar unit dulu."
      : null;
  return (
    <div className={styles.section}>
      <h2 className={styles.h2}>Langkah 1: disposisi Kepala</h2>
      <Text>
        Bila Kepala sudah memerintahkan penyusunan LAKIP, isi nomor disposisinya dan nama Kepala: langkah 1 dicatat
        Selesai di format yang Anda buat di bawah, dan ikut ke laporan.
      </Text>
      <div className={styles.row}>
        <Field label="Nomor/tanggal disposisi" style={{ flex: "1 1 200px", minWidth: 0 }}>
          <Input value={disposisi} placeholder="mis. 005/12/I/2026" onChange={(_, d) => setDisposisi(d.value)} />
        </Field>
        <Field label="Nama Kepala" style={{ flex: "1 1 200px", minWidth: 0 }}>
          <Input value={kepala} placeholder="mis. Drs. Budi Santoso" onChange={(_, d) => setKepala(d.value)} />
        </Field>
      </div>

      <Divider />
      <h2 className={styles.h2}>Langkah 2: format pengumpulan data</h2>
      <Text>
        Buku kerja format pengumpulan data kinerja (Petunjuk, Identitas, satu sheet per unit, Anggaran), dengan daftar
        pilihan dan petunjuk pengisian. Isi Identitas dan Target, lalu buat berkas per unit (langkah 3).
      </Text>
      <Field
        label="Daftar unit (pisahkan dengan titik koma ;)"
        validationState={unitProblems.length > 0 ? "error" : "none"}
        validationMessage={unitProblems.length > 0 ? unitProblems.join(" ") : undefined}
      >
        <Textarea value={unitsText} onChange={(_, d) => setUnitsText(d.value)} resize="vertical" rows={4} />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={formatBlocked !== null}
          aria-describedby={formatBlocked ? "format-blocked" : undefined}
          onClick={() => void onFormat()}
        >
          Buat format (langkah 2) dan unduh
        </Button>
        <DisabledReason id="format-blocked" reason={formatBlocked} />
      </div>
      <DownloadAgain made={formatMade} disabled={disabled} onSave={save} />
      <Text weight="semibold">Atau: format tahun berikutnya (langkah 2)</Text>
      <Text>
        Dari buku kerja tahun ini yang sudah terisi dan bebas galat: format untuk Tahun + 1 dengan Identitas,
        Pengaturan, sasaran, indikator, satuan, polaritas dan Target Akhir Renstra setiap unit. Target dan realisasi
        tahun ini pindah ke kolom riwayat; Target dan Realisasi tahun baru dikosongkan.
      </Text>
      <div className={styles.row}>
        <FilePicker
          label="Pilih buku kerja tahun ini (.xlsx)…"
          accept={XLSX_ACCEPT}
          disabled={disabled}
          testId="next-year-input"
          onFiles={(f) => void onNextYear(f)}
        />
      </div>
      <DownloadAgain made={nextMade} disabled={disabled} onSave={save} />
      {refusal?.from === "next" && <RefusalList findings={refusal.findings} />}

      <Divider />
      <h2 className={styles.h2}>Langkah 3: berkas per unit</h2>
      <Text>
        Dari format induk, satu buku kerja per unit (Petunjuk, Identitas terkunci, sheet unitnya dan baris Anggarannya),
        semuanya dalam satu berkas .zip. Hanya sel yang diisi unit yang terbuka; Target diisi di format induk. Berkas
        yang kembali dihimpun di bagian Himpun bersama format induknya.
      </Text>
      <div className={styles.row}>
        <FilePicker
          label="Pilih format induk untuk berkas per unit (langkah 3)…"
          accept={XLSX_ACCEPT}
          disabled={disabled}
          testId="per-unit-input"
          onFiles={(f) => void onPerUnit(f)}
        />
      </div>
      <DownloadAgain made={unitsMade} disabled={disabled} onSave={save} />
      {refusal?.from === "units" && <RefusalList findings={refusal.findings} />}
      {children}
    </div>
  );
}
