#!/usr/bin/env node
"use strict";
// The `lakip` command: runs the compiled CLI (npm run build:node compiles src/ to build/node/).
const path = require("path");
const fs = require("fs");

const main = path.join(__dirname, "..", "build", "node", "src", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write(
    "lakip: program belum dikompilasi (build/node/src/cli/main.js tidak ada); jalankan dulu: npm run build:node\n",
  );
  process.exitCode = 2;
} else {
  require(main).run(process.argv.slice(2));
}
