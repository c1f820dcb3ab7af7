/** localStorage guarded: a throwing storage (disabled, private mode, full) never fails the pane. */
import { recallName, rememberName } from "../../../src/panes/common/safeStorage";

const throwing: Pick<Storage, "getItem" | "setItem"> = {
  getItem: () => {
    throw new Error("SecurityError: The operation is insecure.");
  },
  setItem: () => {
    throw new Error("QuotaExceededError: The quota has been exceeded.");
  },
};

test("a storage that throws: nothing recalled, nothing thrown", () => {
  expect(recallName(throwing, "lakip.excel.nama")).toBe("");
  expect(() => rememberName(throwing, "lakip.excel.nama", "Rina")).not.toThrow();
});

test("a working storage keeps the name", () => {
  const m = new Map<string, string>();
  const store = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  rememberName(store, "k", "Rina");
  expect(recallName(store, "k")).toBe("Rina");
  expect(recallName(undefined, "k", "x")).toBe("x");
});
