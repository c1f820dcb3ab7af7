/**
 * Jest globalSetup: compiles the command line (`tsc -p tsconfig.node.json`, incremental, into
 * build/node) once before a run that includes a suite spawning `bin/lakip.js`, so that those
 * suites never test JavaScript older than the source. A type error stops the run, loudly.
 */
"use strict";

const { spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

/** The suites that run the compiled command (bin/lakip.js → build/node). */
const SUITES = [
  "test/cli/lakip.test.ts",
  "test/cli/units.test.ts",
  "test/fuzz/hostileCli.test.ts",
  "test/e2e/page.e2e.test.ts",
  "test/e2e/pageFormat.e2e.test.ts",
];

/** Whether the run's file patterns (none: every suite) select one of SUITES. */
function selectsCliSuite(globalConfig) {
  const patterns = [].concat(globalConfig.testPathPattern || []).filter(Boolean);
  if (patterns.length === 0) return true;
  return patterns.some((p) => {
    const re = new RegExp(p, "i");
    return SUITES.some((suite) => re.test(suite) || re.test(path.join(ROOT, suite)));
  });
}

module.exports = async function buildNode(globalConfig) {
  if (!selectsCliSuite(globalConfig)) return;
  const tsc = require.resolve("typescript/bin/tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.node.json"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) {
    throw new Error(
      `tsc -p tsconfig.node.json failed (exit ${r.status}): the CLI suites would test old JavaScript.\n` +
        `${r.stdout}${r.stderr}`,
    );
  }
  console.log("\nbuild/node compiled (tsc -p tsconfig.node.json) for the command-line suites.");
};

module.exports.selectsCliSuite = selectsCliSuite;
module.exports.SUITES = SUITES;
