/**
 * axe-core in the browser tests: injects axe's own source into the page and checks the task
 * pane (the harness's `[data-testid="pane"]`; the in-memory document beside it is not the
 * product). Any serious or critical violation fails the test with the rule, its help text and
 * the offending elements.
 */
import { readFileSync } from "fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe on the pane in its current state; throws on serious or critical violations. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  // Judge what the user sees once it has settled: no opening animation (a dialog fading in would
  // read as low contrast).
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!hasAxe) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    // The pane, and any dialog it opened (Fluent renders dialogs in a portal outside the pane).
    const include = ['[data-testid="pane"]', '[role="dialog"]', '[role="alertdialog"]']
      .filter((sel) => document.querySelector(sel))
      .map((sel) => [sel]);
    // Tabster's focus sentinels (Fluent's arrow-key navigation in TabList) are zero-size,
    // aria-hidden and pass focus on at once; they are Fluent internals, excluded by name only
    // (Fluent: by design, microsoft/fluentui#27517; Accessibility Insights suppresses the same
    // false positive, microsoft/accessibility-insights-web#7605).
    const exclude = [["[data-tabster-dummy]"]];
    const result = await axe.run(include.length > 0 ? { include, exclude } : { exclude }, {
      resultTypes: ["violations"],
    });
    return result.violations;
  })) as AxeViolation[];
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (bad.length > 0) {
    const text = bad
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n${v.nodes
            .slice(0, 5)
            .map((n) => `    ${n.target.join(" ")}  ${n.html.slice(0, 160)}`)
            .join("\n")}${v.nodes.length > 5 ? `\n    … ${v.nodes.length - 5} more` : ""}`,
      )
      .join("\n");
    throw new Error(`axe: ${bad.length} serious/critical violation(s) in state "${state}":\n${text}`);
  }
}
