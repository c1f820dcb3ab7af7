/** Jest's globalSetup compiles build/node exactly when the run holds a suite that spawns bin/lakip.js. */
const { selectsCliSuite } = require("./buildNode.js") as {
  selectsCliSuite(config: { testPathPattern?: string }): boolean;
};

test.each([
  ["", true],
  ["test/cli", true],
  ["test/cli/lakip.test.ts", true],
  ["hostileCli", true],
  ["test/e2e/page.e2e", true],
  ["test/core/numbers.test.ts", false],
  ["test/hosts/files", false],
])("pattern %j builds: %s", (pattern, builds) => {
  expect(selectsCliSuite({ testPathPattern: pattern })).toBe(builds);
});
