/** test/support/tools.ts: a missing tool fails under CI and is skipped, visibly, elsewhere. */
import * as path from "path";

type Tools = typeof import("./tools");

/** tools.ts loaded afresh with the given environment (it reads CI and LAKIP_SHARED_DIR at load). */
function load(env: Record<string, string | undefined>): Tools {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    let tools!: Tools;
    jest.isolateModules(() => {
      tools = jest.requireActual("./tools") as Tools;
    });
    return tools;
  } finally {
    process.env = saved;
  }
}

const NOWHERE = path.join(__dirname, "tidak-ada");

test("the shared folder is ../shared beside the checkout, or LAKIP_SHARED_DIR", () => {
  const root = path.resolve(__dirname, "../..");
  expect(load({ LAKIP_SHARED_DIR: undefined }).SHARED_DIR).toBe(path.resolve(root, "../shared"));
  expect(load({ LAKIP_SHARED_DIR: NOWHERE }).CHECK_OOXML).toBe(path.join(NOWHERE, "tools", "check-ooxml"));
});

test("under CI a missing tool throws, naming it; elsewhere it warns and says no", () => {
  const onCi = load({ CI: "true", LAKIP_SHARED_DIR: NOWHERE });
  expect(onCi.missing("check-ooxml")).toContain(NOWHERE);
  expect(() => onCi.haveTools(["check-ooxml"], "uji")).toThrow(/uji: alat tidak ada di CI: check-ooxml tidak ada/);
  const local = load({ CI: undefined, LAKIP_SHARED_DIR: NOWHERE });
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    expect(local.haveTools(["check-ooxml"], "uji")).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^uji dilewati: check-ooxml tidak ada/));
  } finally {
    warn.mockRestore();
  }
  expect(load({ CI: "false" }).ON_CI).toBe(false);
});
