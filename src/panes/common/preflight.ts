/**
 * The preflight's verdict (src/preflight/preflight.js, the first script of every pane page). When
 * it found a webview that cannot run the panes it has already written what to do into the page;
 * the entries then render nothing over it.
 */
interface PreflightResult {
  supported: boolean;
  engine: string;
  missing: string[];
}

/** True when the preflight ran and refused this webview. */
export function preflightRefused(): boolean {
  const result = (window as unknown as { __LAKIP_PREFLIGHT__?: PreflightResult }).__LAKIP_PREFLIGHT__;
  return result !== undefined && !result.supported;
}
