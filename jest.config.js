/**
 * Unit, adapter and command-line tests (ts-jest). Browser tests live in test/e2e and run in the same
 * `npm test`. The panes' responsiveness measurement (test/e2e/responsive.e2e.test.ts) times the work,
 * so it is a benchmark, not part of `npm test`: `npm run bench:panes` runs it (LAKIP_PANE_BENCH=1).
 */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 60000,
  // Compiles build/node first when a suite that spawns bin/lakip.js is in the run (fails on a type error).
  globalSetup: "<rootDir>/test/support/buildNode.js",
  testPathIgnorePatterns: [
    "/node_modules/",
    ...(process.env.LAKIP_PANE_BENCH ? [] : ["/test/e2e/responsive\\.e2e\\.test\\.ts$"]),
  ],
};
