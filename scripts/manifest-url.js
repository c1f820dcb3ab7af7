/**
 * The production manifest: manifest.xml with the development URL replaced by the deployment URL.
 * Used by webpack.config.js (production build) and tested in test/manifest.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";

/**
 * The deployment base URL from LAKIP_PROD_URL, normalised to end in "/". There is no default:
 * a production manifest pointing at a placeholder would install an add-in that never loads.
 * Throws when it is missing or not an absolute https URL (Office loads add-in pages only over https).
 * @param {string | undefined} value
 * @returns {string}
 */
function resolveProdUrl(value) {
  if (!value || value.trim() === "") {
    throw new Error(
      "LAKIP_PROD_URL belum diatur: build produksi memerlukan alamat https:// tempat folder dist/ akan dilayani " +
        "(LAKIP_PROD_URL is not set).",
    );
  }
  const raw = value.trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`LAKIP_PROD_URL bukan URL yang sah: ${raw}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`LAKIP_PROD_URL harus memakai https:// (Office hanya memuat add-in lewat HTTPS): ${raw}`);
  }
  if (url.search || url.hash) {
    throw new Error(`LAKIP_PROD_URL tidak boleh memuat ?query atau #fragmen: ${raw}`);
  }
  const href = url.href;
  return href.endsWith("/") ? href : `${href}/`;
}

function escapeXmlAttribute(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Replaces every occurrence of the development base URL in the manifest text with baseUrl.
 * @param {string} xml manifest.xml as written in the repository
 * @param {string} baseUrl result of resolveProdUrl
 * @returns {string}
 */
function toProductionManifest(xml, baseUrl) {
  if (!xml.includes(DEV_URL)) {
    throw new Error(`manifest.xml tidak memuat ${DEV_URL}; tidak ada yang bisa diganti`);
  }
  return xml.split(DEV_URL).join(escapeXmlAttribute(baseUrl));
}

module.exports = { DEV_URL, resolveProdUrl, toProductionManifest };
