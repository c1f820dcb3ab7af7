/** Asks the browser to warn before the page is closed or reloaded while `unsaved` (SOP records not downloaded). */
import * as React from "react";

export function useUnsavedWarning(unsaved: boolean): void {
  React.useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the dialog only when returnValue is set (its text is the browser's own).
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
}
