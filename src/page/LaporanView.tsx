/**
 * The Laporan view of LAKIP.html, SOP steps 6-8: the LAKIP document from the current workbook
 * (its SOP records carried in, step 6 recorded Selesai), then the corrected document's review
 * and approval (the Word pane's SOP tab over the file's ports).
 */
import * as React from "react";
import { Button, Divider, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { hasErrors } from "../core/index";
import { tagTitle, type Paper } from "../core/report";
import type { StepNumber } from "../core/sop";
import {
  createFileApprovalPort,
  createFileReviewPort,
  createPackageTrackerStore,
  docxBytes,
  loadDocx,
  makeReport,
  PAGES_ESTIMATED_NOTE,
} from "../hosts/browserFiles/reportFiles";
import { DisabledReason } from "../panes/common/NoticeArea";
import { SopTab, type SopPortsProp } from "../panes/word/sop";
import type JSZip from "jszip";
import { usePageStyles } from "./pageStyles";
import { DOCX_ACCEPT, errorCountOf, type PageEnv } from "./pageEnv";
import type { Made } from "./pageFiles";
import { DOCX_TYPE, safeFileName, withSuffix } from "./fileIO";
import { DownloadAgain, FilePicker } from "./pageParts";
import { OpenWorkbook, openWorkbook } from "./OpenWorkbook";

type TemplateChoice = "A4" | "F4" | "sendiri";

export function LaporanView(props: { env: PageEnv; onUnsaved: (unsaved: boolean) => void }): React.ReactElement {
  const { env, onUnsaved } = props;
  const styles = usePageStyles();
  const { task, disabled, current } = env;
  const [templateChoice, setTemplateChoice] = React.useState<TemplateChoice>("A4");
  const [ownTemplate, setOwnTemplate] = React.useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [reportMade, setReportMade] = React.useState<Made | null>(null);
  const [reportLines, setReportLines] = React.useState<string[] | null>(null);
  const [review, setReview] = React.useState<{ name: string; zip: JSZip; ports: SopPortsProp; key: number } | null>(
    null,
  );
  // Step 8's checklist asks later for the galat of the workbook current then.
  const currentRef = React.useRef(current);
  currentRef.current = current;
  // The first snapshot of a document is its load; any later one is a change not yet downloaded.
  const loads = React.useRef(0);

  function openReview(docName: string, zip: JSZip): void {
    const errorFindings = () => (currentRef.current ? errorCountOf(currentRef.current.analysis.findings) : null);
    loads.current = 0;
    setReview((prev) => ({
      name: docName,
      zip,
      key: (prev?.key ?? 0) + 1,
      ports: {
        tracker: createPackageTrackerStore(zip),
        review: createFileReviewPort(zip),
        approval: createFileApprovalPort(zip, errorFindings),
      },
    }));
  }

  async function onOwnTemplate(files: File[]): Promise<void> {
    await task.step("Membaca template…", async (signal) => {
      const f = files[0];
      const bytes = await env.files.readBytes(f, signal, task.setBusy);
      await loadDocx(f.name, bytes); // refuses what the CLI refuses, with its sentence
      setOwnTemplate({ name: f.name, bytes });
      setTemplateChoice("sendiri");
      task.setNotice({ intent: "info", title: "Template dipilih", body: f.name });
    });
  }

  async function onReport(): Promise<void> {
    if (!current || hasErrors(current.analysis.findings)) return;
    await task.step("Menyusun laporan…", async () => {
      const template =
        templateChoice === "sendiri" && ownTemplate ? await loadDocx(ownTemplate.name, ownTemplate.bytes) : null;
      const paper: Paper = templateChoice === "F4" ? "F4" : "A4";
      const r = await makeReport(current.analysis, template, paper, env.who(6), new Date());
      const id = current.analysis.identitas;
      const made = {
        name: `${safeFileName(`LAKIP ${id.instansi ?? ""} ${id.tahun ?? ""} langkah 6`, "LAKIP")}.docx`,
        bytes: r.bytes,
        type: DOCX_TYPE,
      };
      env.deliver(made, setReportMade);
      const lines: string[] = [];
      if (r.fill.filled.length > 0)
        lines.push(`Diisi (${r.fill.filled.length} bagian): ${r.fill.filled.map((t) => tagTitle(t)).join(", ")}.`);
      for (const t of r.fill.missingTags) lines.push(`Tidak ada di template (tidak diisi): ${tagTitle(t)}`);
      for (const s of r.fill.skipped) lines.push(`Tidak diisi: ${tagTitle(s.tag)} (${s.reason})`);
      if (r.pagesEstimated) lines.push(PAGES_ESTIMATED_NOTE);
      setReportLines(lines);
      const empty = r.fill.filled.length === 0;
      task.setNotice({
        intent: empty || r.fill.missingTags.length > 0 ? "warning" : "success",
        title: empty ? "Template tidak memiliki kontrol LAKIP" : "Dokumen LAKIP dibuat",
        body: empty
          ? `${made.name} ditulis tanpa isi laporan: template tidak memiliki kontrol konten bertag lakip:...`
          : `${made.name} diunduh: ${r.fill.filled.length} bagian diisi; tahapan dari ${current.file.name} dibawa dan langkah 6 SOP dicatat Selesai di properti dokumen. Teks Anda di luar kontrol tidak diubah.`,
      });
      openReview(made.name, r.zip);
    });
  }

  async function onReviewed(files: File[]): Promise<void> {
    await task.step("Membuka dokumen hasil koreksi…", async (signal) => {
      const f = files[0];
      const bytes = await env.files.readBytes(f, signal, task.setBusy);
      openReview(f.name, await loadDocx(f.name, bytes));
      task.setNotice({ intent: "info", title: "Dokumen hasil koreksi dibuka", body: f.name });
    });
  }

  async function onDownloadReviewed(): Promise<void> {
    if (!review) return;
    await task.step("Menyimpan dokumen…", async () => {
      const name = withSuffix(review.name.replace(/ langkah 6\.docx$/, ".docx"), "langkah-7-8", ".docx");
      env.files.save({ name, bytes: await docxBytes(review.zip), type: DOCX_TYPE });
      onUnsaved(false);
      task.setNotice({
        intent: "success",
        title: "Dokumen diunduh",
        body: `${name}: catatan tahapan SOP ada di properti dokumen “LAKIP Langkah 1–8”.`,
      });
    });
  }

  const errors = current ? errorCountOf(current.analysis.findings) : 0;
  const blocked = disabled
    ? "Tunggu sampai pekerjaan yang sedang berjalan selesai."
    : !current
      ? "Himpun atau buka dulu buku kerjanya."
      : errors > 0
        ? `${current.file.name} masih memuat ${errors} galat: perbaiki dulu (lihat bagian Validasi).`
        : templateChoice === "sendiri" && !ownTemplate
          ? "Pilih dulu dokumen Word sendiri."
          : null;
  const actor = env.who(8);
  return (
    <div className={styles.section}>
      <h2 className={styles.h2}>Langkah 6: dokumen LAKIP</h2>
      <Text>
        Dokumen LAKIP (.docx) dari buku kerja bebas galat, dengan kerangka resmi bawaan atau dokumen Word Anda sendiri.
        Hanya kontrol konten bertag lakip:... yang diisi; teks Anda di luar kontrol dan bagian yang Anda tulis sendiri
        (Latar Belakang, Tupoksi, ...) tidak diubah.
      </Text>
      <OpenWorkbook env={env} testId="laporan-workbook-input" onFiles={(f) => void openWorkbook(env, f)} />
      <RadioGroup
        value={templateChoice}
        onChange={(_, d) => setTemplateChoice(d.value as TemplateChoice)}
        aria-label="Template"
      >
        <Radio value="A4" label="Kerangka LAKIP bawaan, kertas A4" />
        <Radio value="F4" label="Kerangka LAKIP bawaan, kertas F4 (215 × 330 mm)" />
        <Radio
          value="sendiri"
          disabled={!ownTemplate}
          label={ownTemplate ? `Dokumen Word sendiri: ${ownTemplate.name}` : "Dokumen Word sendiri (pilih dulu)"}
        />
      </RadioGroup>
      <div className={styles.row}>
        <FilePicker
          label="Pilih template sendiri (.docx)…"
          accept={DOCX_ACCEPT}
          disabled={disabled}
          testId="template-input"
          onFiles={(f) => void onOwnTemplate(f)}
        />
        <Button
          appearance="primary"
          disabled={blocked !== null}
          aria-describedby={blocked ? "report-blocked" : undefined}
          onClick={() => void onReport()}
        >
          Buat laporan (langkah 6) dan unduh
        </Button>
      </div>
      <DisabledReason id="report-blocked" reason={blocked} />
      <DownloadAgain made={reportMade} disabled={disabled} onSave={(m) => env.files.save(m)} />
      {reportLines && reportLines.length > 0 && (
        <ul className={styles.list} data-testid="report-lines">
          {reportLines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}

      <Divider />
      <h2 className={styles.h2}>Langkah 7–8: koreksi dan persetujuan</h2>
      <Text>
        Setelah Sekretaris mengoreksi dokumen di Word (Lacak Perubahan dan komentar), buka dokumen hasil koreksi di
        sini: revisi dan komentar yang masih terbuka didaftar, daftar periksa persetujuan dihitung, dan langkah 7–8
        dicatat di properti dokumen yang Anda unduh.
      </Text>
      <div className={styles.row}>
        <FilePicker
          label="Buka dokumen hasil koreksi (.docx)…"
          accept={DOCX_ACCEPT}
          disabled={disabled}
          testId="reviewed-input"
          onFiles={(f) => void onReviewed(f)}
        />
        {review && (
          <Button disabled={disabled} onClick={() => void onDownloadReviewed()}>
            Unduh dokumen dengan catatan langkah 7–8
          </Button>
        )}
      </div>
      {review && (
        <div data-testid="sop-tab">
          <Text className={styles.fileName}>
            Dokumen: <strong>{review.name}</strong>
          </Text>
          <SopTab
            key={review.key}
            ports={review.ports}
            actor={actor}
            roleOf={(step: StepNumber) => env.who(step).role}
            onChange={() => {
              if (loads.current++ > 0) onUnsaved(true);
            }}
          />
        </div>
      )}
    </div>
  );
}
