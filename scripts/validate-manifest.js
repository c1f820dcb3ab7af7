#!/usr/bin/env node
/**
 * Offline manifest validation: xmllint against the published add-in manifest schemas kept in
 * ../shared/schemas/office-addin-manifest (override with LAKIP_SHARED_DIR).
 *
 * Validates manifest.xml and, when a production build exists, dist/manifest.xml (the copy with
 * LAKIP_PROD_URL). Without xmllint or the schemas it prints why it skipped and exits 0, except
 * when CI is set: CI installs both, so a skip there is an error.
 *
 * Usage: node scripts/validate-manifest.js [manifest.xml ...]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");

function schemaPath() {
  const shared = process.env.LAKIP_SHARED_DIR
    ? path.resolve(process.env.LAKIP_SHARED_DIR)
    : path.resolve(ROOT, "..", "shared");
  return path.join(shared, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
}

function hasXmllint() {
  const result = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !result.error && result.status === 0;
}

function skip(reason) {
  const onCi = Boolean(process.env.CI) && process.env.CI !== "false";
  if (onCi) {
    console.error(`validate: ${reason} (CI harus bisa memvalidasi manifest)`);
    process.exit(1);
  }
  console.log(`validate: dilewati: ${reason}`);
  process.exit(0);
}

function main() {
  const args = process.argv.slice(2);
  const manifests = args.length > 0 ? args.map((file) => path.resolve(file)) : [path.join(ROOT, "manifest.xml")];
  if (args.length === 0) {
    const built = path.join(ROOT, "dist", "manifest.xml");
    if (fs.existsSync(built)) manifests.push(built);
  }

  const xsd = schemaPath();
  if (!fs.existsSync(xsd)) {
    skip(`skema tidak ditemukan di ${xsd} (letakkan folder shared/ di samping proyek atau atur LAKIP_SHARED_DIR)`);
  }
  if (!hasXmllint()) {
    skip("xmllint tidak terpasang (Debian/Ubuntu: apt-get install libxml2-utils)");
  }

  let failed = false;
  for (const manifest of manifests) {
    if (!fs.existsSync(manifest)) {
      console.error(`validate: ${path.relative(ROOT, manifest)} tidak ada`);
      failed = true;
      continue;
    }
    const result = spawnSync("xmllint", ["--noout", "--schema", xsd, manifest], { encoding: "utf8" });
    const output = `${result.stdout || ""}${result.stderr || ""}`.trim();
    if (result.status === 0) {
      console.log(`validate: ${path.relative(ROOT, manifest)} sah menurut ${path.basename(xsd)}`);
    } else {
      console.error(`validate: ${path.relative(ROOT, manifest)} TIDAK sah:\n${output}`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

main();
