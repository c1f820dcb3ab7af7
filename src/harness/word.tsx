/**
 * Browser harness of the Word pane: the real WordPane over the real Office.js adapters
 * (officeWordHost, the SOP ports sopStore / reviewPort / sopApproval), which run against the Word
 * fake (hosts/memory/wordDocumentOffice.ts) over an in-memory document, drawn beside the pane as a
 * page, so a person (or Playwright) sees what was filled.
 *
 * Query parameters: `doc=empty` (default), `doc=template` (starts with the LAKIP template),
 * `doc=user` (a few paragraphs of the user's own text); `delay=MS` slows the host down to show
 * progress. For the "Tahapan SOP" tab: `sop=demo` starts the tracker mid-way (steps 1-5 Selesai,
 * step 6 running, two revisions and a comment open); `word=1.1` / `word=1.3` is the WordApi
 * level of the fake Word (Office 2016 / Office 2019; default 1.9: every set the adapters use);
 * `platform=web` is Word on the web (5 MB requests, no field update); `now=2026-11-24T10:00` starts the pane's clock at
 * that local time (it then runs on), for repeatable screenshots.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { WordMemoryDocument } from "../hosts/memory/wordMemoryHost";
import type { WordHost } from "../hosts/word/port";
import { createOfficeWordHost } from "../hosts/word/officeWordHost";
import { withTrackingSuspended } from "../hosts/word/reviewTracking";
import { toFlatOpc } from "../core/report/index";
import { chartWorkbook } from "../hosts/files/docxParts";
import {
  WordPackage,
  commonPdfSource,
  commonXmlParts,
  seedReviewDemo,
  wordDocumentRunner,
} from "../hosts/memory/wordDocumentOffice";
import { demoHistoryXml } from "../hosts/memory/sopMemory";
import type { ViewBlock, ViewRun } from "../hosts/memory/wordXml";
import { WordPane, type LoadedData } from "../panes/word/WordPane";
import { HarnessFrame } from "./common/HarnessFrame";
import { checkRequirements } from "../hosts/word/requirements";
import { preflightRefused } from "../panes/common/preflight";
import { fetchTemplateBase64 } from "../panes/word/templateAsset";
import { WordSopTab, officeSopIntegration, type SopIntegration } from "../panes/word/sopTab";

const TEMPLATE_URL = "assets/lakip-template.docx";
/** The drawing of the document shows the first rows of each table only: a report of 10,000 rows stays quick to draw. */
const MAX_TABLE_ROWS = 40;
/**
 * Time spent inside each host call and in reading the document for its drawing ("drawing"), in
 * ms, for the responsiveness measurement: window.wordHarness.hostMs.
 */
const hostMs: Record<string, number> = {};

const useStyles = makeStyles({
  docColumn: { flexGrow: 1, display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  toolbar: { display: "flex", gap: "8px", flexWrap: "wrap" },
  page: {
    backgroundColor: "white",
    boxShadow: tokens.shadow8,
    padding: "48px 56px 64px 72px",
    width: "794px",
    maxWidth: "100%",
    boxSizing: "border-box",
    fontFamily: "Arial, sans-serif",
    fontSize: "11pt",
    lineHeight: 1.35,
    minHeight: "600px",
  },
  block: { cursor: "text", position: "relative" },
  cursor: { height: "2px", backgroundColor: "#2564cf", margin: "2px 0" },
  control: {
    border: "1px dashed #7a9cc6",
    padding: "14px 6px 4px",
    margin: "6px 0",
    position: "relative",
    backgroundColor: "#f7faff",
  },
  controlLabel: {
    position: "absolute",
    top: "-1px",
    left: "-1px",
    fontSize: "9px",
    fontFamily: "Segoe UI, sans-serif",
    backgroundColor: "#7a9cc6",
    color: "white",
    padding: "0 4px",
  },
  inlineControl: { backgroundColor: "#e6efff", outline: "1px dashed #7a9cc6" },
  p: { margin: "0 0 6px", whiteSpace: "pre-wrap" },
  heading: { fontWeight: 700, fontSize: "13pt", margin: "12px 0 6px" },
  table: { borderCollapse: "collapse", width: "100%", margin: "4px 0 8px", fontSize: "9pt" },
  td: { border: "1px solid #444", padding: "2px 4px", verticalAlign: "top" },
  th: { backgroundColor: "#eee" },
  empty: { color: "#888", fontStyle: "italic" },
});

function paragraphClass(style: string | null, styles: ReturnType<typeof useStyles>): string {
  if (style && /^(heading|judul|title)/i.test(style)) return `${styles.p} ${styles.heading}`;
  return styles.p;
}

function Runs({ runs }: { runs: ViewRun[] }): React.ReactElement {
  const styles = useStyles();
  return (
    <>
      {runs.map((r, i) => (
        <span
          key={i}
          className={r.controlTag ? styles.inlineControl : undefined}
          data-tag={r.controlTag}
          style={{ fontWeight: r.bold ? 700 : undefined, fontStyle: r.italic ? "italic" : undefined }}
        >
          {r.text}
        </span>
      ))}
    </>
  );
}

function Blocks({ blocks }: { blocks: ViewBlock[] }): React.ReactElement {
  return (
    <>
      {blocks.map((b, i) => (
        <Block key={i} block={b} />
      ))}
    </>
  );
}

function Block({ block }: { block: ViewBlock }): React.ReactElement {
  const styles = useStyles();
  if (block.kind === "paragraph") {
    const align =
      block.align === "center"
        ? "center"
        : block.align === "right" || block.align === "end"
          ? "right"
          : block.align === "both"
            ? "justify"
            : undefined;
    return (
      <>
        {block.pageBreak && <hr />}
        <p className={paragraphClass(block.style, styles)} style={{ textAlign: align }}>
          <Runs runs={block.runs} />
          {block.runs.length === 0 && "\u00a0"}
        </p>
      </>
    );
  }
  if (block.kind === "table") {
    return (
      <table className={styles.table}>
        <tbody>
          {block.rows.slice(0, MAX_TABLE_ROWS).map((row, r) => (
            <tr key={r}>
              {row.cells.map((cell, c) => (
                <td
                  key={c}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                  className={`${styles.td} ${row.header ? styles.th : ""}`}
                >
                  <Blocks blocks={cell.blocks} />
                </td>
              ))}
            </tr>
          ))}
          {block.rows.length > MAX_TABLE_ROWS && (
            <tr>
              <td className={styles.td} colSpan={block.rows[0]?.cells.length ?? 1}>
                … {block.rows.length - MAX_TABLE_ROWS} baris lagi (tidak digambar di harness)
              </td>
            </tr>
          )}
        </tbody>
      </table>
    );
  }
  return (
    <section className={styles.control} data-tag={block.tag} aria-label={`Kontrol ${block.title || block.tag}`}>
      <span className={styles.controlLabel}>
        {block.tag}
        {block.title ? ` · ${block.title}` : ""}
      </span>
      <Blocks blocks={block.blocks} />
    </section>
  );
}

function DocumentPage({ doc }: { doc: WordMemoryDocument }): React.ReactElement {
  const styles = useStyles();
  React.useSyncExternalStore(
    (l) => doc.subscribe(l),
    () => doc.snapshot(),
  );
  const t = performance.now();
  const blocks = doc.view();
  hostMs.drawing = (hostMs.drawing ?? 0) + performance.now() - t;
  const cursor = doc.cursor() ?? blocks.length;
  return (
    <div className={styles.page} data-testid="word-document" role="document" aria-label="Dokumen Word (memori)">
      {blocks.length === 0 && <p className={styles.empty}>(dokumen kosong)</p>}
      {blocks.map((b, i) => (
        <React.Fragment key={i}>
          {cursor === i && <div className={styles.cursor} data-testid="cursor" />}
          <div
            className={styles.block}
            onClick={() => doc.setCursor(i + 1)}
            title="Klik untuk menaruh kursor sesudah bagian ini"
          >
            <Block block={b} />
          </div>
        </React.Fragment>
      ))}
      {cursor >= blocks.length && blocks.length > 0 && <div className={styles.cursor} data-testid="cursor" />}
    </div>
  );
}

/** The host with each call timed (and slowed by `delay=`): the fake stands in for Word's own process. */
function timed(host: WordHost, delayMs: number): WordHost {
  const wrapped = { ...host };
  for (const key of Object.keys(host) as (keyof WordHost)[]) {
    const f = host[key] as (...args: unknown[]) => Promise<unknown>;
    (wrapped as Record<string, unknown>)[key] = async (...args: unknown[]) => {
      const t = performance.now();
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      try {
        return await f(...args);
      } finally {
        hostMs[key] = (hostMs[key] ?? 0) + performance.now() - t;
      }
    };
  }
  return wrapped;
}

const USER_TEXT = [
  "Catatan pengguna: draf ini disusun oleh Subbagian Program.",
  "Paragraf ini milik pengguna dan tidak boleh diubah oleh add-in.",
];

interface HarnessProps {
  doc: WordMemoryDocument;
  host: WordHost;
  /** The WordApi level of the fake Word, for the pane's requirement check. */
  isSetSupported: (set: string, version: string) => boolean;
  sop: SopIntegration;
  clock: () => Date;
}

function Harness({ doc, host, isSetSupported, sop, clock }: HarnessProps): React.ReactElement {
  const styles = useStyles();
  const requirements = React.useMemo(() => checkRequirements(isSetSupported), [isSetSupported]);
  const SopTab = React.useMemo(
    () =>
      function HarnessSopTab({ loaded }: { loaded: LoadedData }) {
        return <WordSopTab sop={sop} loaded={loaded} now={clock} />;
      },
    [sop, clock],
  );
  return (
    <HarnessFrame
      title="LAKIP (panel Word)"
      pane={
        <WordPane
          host={host}
          loadTemplate={() => fetchTemplateBase64(TEMPLATE_URL)}
          requirements={requirements}
          sopTab={SopTab}
          onDataLoaded={(analysis) => sop.onDataLoaded(analysis)}
          onFilled={() => sop.onFilled()}
        />
      }
    >
      <div className={styles.docColumn}>
        <div className={styles.toolbar}>
          <Button size="small" onClick={() => doc.setBodyContent("")}>
            Kosongkan dokumen
          </Button>
          <Button size="small" onClick={() => doc.addUserParagraph(USER_TEXT[0])}>
            Tambah teks pengguna
          </Button>
          <Button size="small" onClick={() => doc.setCursor(null)}>
            Kursor ke akhir
          </Button>
        </div>
        <DocumentPage doc={doc} />
      </div>
    </HarnessFrame>
  );
}

/** The real clock, or one started at `now` (local time, e.g. "2026-11-24T10:00") that then runs on. */
function harnessClock(now: string | null): () => Date {
  const start = now ? new Date(now).getTime() : NaN;
  if (Number.isNaN(start)) return () => new Date();
  const offset = start - Date.now();
  return () => new Date(Date.now() + offset);
}

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const mode = params.get("doc") ?? "empty";
  const delayMs = Number(params.get("delay") ?? "0") || 0;
  const doc = new WordMemoryDocument();
  const pkg = new WordPackage(doc);
  const clock = harnessClock(params.get("now"));
  const web = params.get("platform") === "web";
  const word = wordDocumentRunner(pkg, {
    wordApi: params.get("word") ?? "1.9",
    platform: web ? "web" : "desktop",
    requestLimit: web ? 5_000_000 : undefined,
  });
  const officeHost = createOfficeWordHost({
    run: word.run,
    toFlatOpc,
    chartWorkbook,
    isSetSupported: word.isSetSupported,
    limitRequests: web,
    onTheWeb: web,
    aroundWrite: (context, write, note) => withTrackingSuspended(context, write, word.isSetSupported, note),
  });
  const sop = officeSopIntegration({
    run: word.run,
    isSetSupported: word.isSetSupported,
    commonParts: commonXmlParts(pkg),
    pdfSource: commonPdfSource(pkg),
    canDownload: true,
  });
  if (mode === "template") {
    await officeHost.insertTemplate(await fetchTemplateBase64(TEMPLATE_URL));
  } else if (mode === "user") {
    for (const t of USER_TEXT) doc.addUserParagraph(t);
  }
  if (params.get("sop") === "demo") {
    pkg.xmlParts.push({ id: pkg.newPartId(), xml: demoHistoryXml(clock()) });
    seedReviewDemo(pkg);
  }
  (window as unknown as { wordHarness: unknown }).wordHarness = {
    bodyXml: () => doc.bodyXml(),
    text: () => doc.text(),
    document: doc,
    office: pkg,
    syncs: () => word.syncs().length,
    hostMs,
  };
  if (preflightRefused()) return; // the preflight already told the user what to do
  const root = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Harness
        doc={doc}
        host={timed(officeHost, delayMs)}
        isSetSupported={word.isSetSupported}
        sop={sop}
        clock={clock}
      />
    </FluentProvider>,
  );
}

void main().catch((error: unknown) => {
  document.body.textContent = `Harness gagal dimulai: ${String(error)}`;
});
