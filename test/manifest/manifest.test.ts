import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

// Plain CommonJS helper shared with webpack.config.js (no type declarations: typed here).
const manifestUrl = require("../../scripts/manifest-url.js") as {
  DEV_URL: string;
  resolveProdUrl(value: string | undefined): string;
  toProductionManifest(xml: string, baseUrl: string): string;
};

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const XSD = path.resolve(ROOT, "..", "shared", "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

type XmlElement = ReturnType<Document["getElementsByTagName"]>[number];

function parse(xml: string): Document {
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, "text/xml") as unknown as Document;
}

function allElements(doc: Document): XmlElement[] {
  return Array.from(doc.getElementsByTagName("*"));
}

const xml = fs.readFileSync(MANIFEST, "utf8");
const doc = parse(xml);
const elements = allElements(doc);

/** Resource id -> kind (Image, Url, String) and DefaultValue. */
function resources(): Map<string, { kind: string; value: string; element: XmlElement }> {
  const map = new Map<string, { kind: string; value: string; element: XmlElement }>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const element of Array.from(doc.getElementsByTagNameNS(BT_NS, kind))) {
      const id = element.getAttribute("id");
      if (!id) continue; // <bt:Image size resid> references carry no id
      if (map.has(id)) throw new Error(`duplicate resource id ${id}`);
      map.set(id, { kind, value: element.getAttribute("DefaultValue") ?? "", element });
    }
  }
  return map;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!data.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (data.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file}: first chunk is not IHDR`);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The assets/ file a development URL points at. */
function assetFile(url: string): string {
  expect(url.startsWith(manifestUrl.DEV_URL)).toBe(true);
  return path.join(ROOT, url.slice(manifestUrl.DEV_URL.length));
}

function xmllintAvailable(): boolean {
  const result = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !result.error && result.status === 0;
}

const onCi = Boolean(process.env.CI) && process.env.CI !== "false";

describe("manifest.xml", () => {
  it("is a well-formed TaskPaneApp manifest", () => {
    const root = doc.documentElement;
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(root.getAttributeNS(XSI_NS, "type")).toBe("TaskPaneApp");
    expect(() => parse("<OfficeApp><Id></OfficeApp>")).toThrow();
  });

  it("has a GUID id, the id-ID default locale and Indonesian display texts", () => {
    const id = doc.getElementsByTagName("Id")[0]?.textContent?.trim() ?? "";
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(doc.getElementsByTagName("DefaultLocale")[0]?.textContent).toBe("id-ID");
    expect(doc.getElementsByTagName("DisplayName")[0]?.getAttribute("DefaultValue")).toBe("LAKIP");
    expect(doc.getElementsByTagName("Description")[0]?.getAttribute("DefaultValue")).toMatch(/Laporan Kinerja/);
    expect(doc.getElementsByTagName("Permissions")[0]?.textContent).toBe("ReadWriteDocument");
  });

  it("declares both hosts, in the base manifest and in VersionOverrides", () => {
    const base = Array.from(doc.getElementsByTagName("Host"))
      .map((host) => host.getAttribute("Name"))
      .filter((name): name is string => name !== null);
    expect(base.sort()).toEqual(["Document", "Workbook"]);
    const overrides = Array.from(doc.getElementsByTagName("Host"))
      .map((host) => host.getAttributeNS(XSI_NS, "type"))
      .filter((type): type is string => Boolean(type));
    expect(overrides.sort()).toEqual(["Document", "Workbook"]);
  });

  it("opens excel.html from Excel and word.html from Word", () => {
    const res = resources();
    const paneUrl = (hostType: string): string => {
      const host = Array.from(doc.getElementsByTagName("Host")).find(
        (element) => element.getAttributeNS(XSI_NS, "type") === hostType,
      );
      const source = host?.getElementsByTagName("SourceLocation")[0];
      return res.get(source?.getAttribute("resid") ?? "")?.value ?? "";
    };
    expect(paneUrl("Workbook")).toBe(`${manifestUrl.DEV_URL}excel.html`);
    expect(paneUrl("Document")).toBe(`${manifestUrl.DEV_URL}word.html`);
    const labels = Array.from(doc.getElementsByTagName("Group")).map(
      (group) => res.get(group.getElementsByTagName("Label")[0]?.getAttribute("resid") ?? "")?.value,
    );
    expect(labels).toEqual(["LAKIP Excel", "LAKIP Word"]);
  });

  it("resolves every resid to a resource of the right kind", () => {
    const res = resources();
    const referencing = elements.filter((element) => element.hasAttribute("resid"));
    expect(referencing.length).toBeGreaterThan(10);
    for (const element of referencing) {
      const resid = element.getAttribute("resid") ?? "";
      expect(resid.length).toBeLessThanOrEqual(32);
      const resource = res.get(resid);
      if (!resource) throw new Error(`<${element.tagName} resid="${resid}"> has no resource`);
      const expectedKind =
        element.localName === "Image"
          ? "Image"
          : ["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(element.localName)
            ? "Url"
            : "String";
      expect({ resid, kind: resource.kind }).toEqual({ resid, kind: expectedKind });
    }
    // Strings fit their schema length: ShortStrings 125, LongStrings 250.
    for (const [id, resource] of res) {
      if (resource.kind !== "String") continue;
      const limit = (resource.element.parentNode as Element | null)?.localName === "ShortStrings" ? 125 : 250;
      expect({ id, ok: resource.value.length > 0 && resource.value.length <= limit }).toEqual({ id, ok: true });
    }
  });

  it("uses https for every URL", () => {
    const urls: string[] = [];
    for (const element of elements) {
      for (const attribute of ["DefaultValue", "Value"]) {
        const value = element.getAttribute(attribute);
        if (value && /^[a-z]+:\/\//i.test(value)) urls.push(value);
      }
    }
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    // Nor any plain-http URL in element text (namespace URIs are names, not locations).
    for (const element of elements) {
      for (const child of Array.from(element.childNodes)) {
        if (child.nodeType === 3) expect(child.nodeValue ?? "").not.toMatch(/http:\/\//);
      }
    }
  });

  it("points every icon at a PNG in assets/ with the declared pixel size", () => {
    const res = resources();
    const checks: Array<{ url: string; size: number }> = [
      { url: doc.getElementsByTagName("IconUrl")[0]?.getAttribute("DefaultValue") ?? "", size: 32 },
      { url: doc.getElementsByTagName("HighResolutionIconUrl")[0]?.getAttribute("DefaultValue") ?? "", size: 64 },
    ];
    for (const image of Array.from(doc.getElementsByTagNameNS(BT_NS, "Image"))) {
      const resid = image.getAttribute("resid");
      if (!resid) continue;
      checks.push({ url: res.get(resid)?.value ?? "", size: Number(image.getAttribute("size")) });
    }
    expect(checks.length).toBeGreaterThanOrEqual(8);
    for (const { url, size } of checks) {
      const file = assetFile(url);
      expect(path.dirname(file)).toBe(path.join(ROOT, "assets"));
      expect(fs.existsSync(file)).toBe(true);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  it("validates against the published schema (xmllint)", () => {
    const haveSchema = fs.existsSync(XSD);
    const haveXmllint = xmllintAvailable();
    if (!haveSchema || !haveXmllint) {
      const why = !haveSchema
        ? `schema not found at ${XSD}`
        : "xmllint is not installed (apt-get install libxml2-utils)";
      if (onCi) throw new Error(`manifest schema validation cannot run on CI: ${why}`);
      console.warn(`manifest schema validation skipped: ${why}`);
      return;
    }
    const result = spawnSync("xmllint", ["--noout", "--schema", XSD, MANIFEST], { encoding: "utf8" });
    expect(`${result.stderr}`.trim()).toBe("manifest.xml validates".replace("manifest.xml", MANIFEST));
    expect(result.status).toBe(0);

    // The production manifest validates too, and keeps no development URL.
    const prod = manifestUrl.toProductionManifest(
      xml,
      manifestUrl.resolveProdUrl("https://kinerja.contoh.go.id/lakip"),
    );
    expect(prod).not.toContain(manifestUrl.DEV_URL);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lakip-manifest-"));
    const prodFile = path.join(tmp, "manifest.xml");
    fs.writeFileSync(prodFile, prod);
    const prodResult = spawnSync("xmllint", ["--noout", "--schema", XSD, prodFile], { encoding: "utf8" });
    fs.rmSync(tmp, { recursive: true, force: true });
    expect(prodResult.status).toBe(0);
  });
});

describe("production manifest URL", () => {
  it("normalises LAKIP_PROD_URL and has no placeholder default", () => {
    expect(() => manifestUrl.resolveProdUrl(undefined)).toThrow(/LAKIP_PROD_URL belum diatur/);
    expect(() => manifestUrl.resolveProdUrl("  ")).toThrow(/LAKIP_PROD_URL belum diatur/);
    expect(manifestUrl.resolveProdUrl("https://kinerja.contoh.go.id/lakip")).toBe(
      "https://kinerja.contoh.go.id/lakip/",
    );
    expect(manifestUrl.resolveProdUrl("https://intranet.pemda:8443/")).toBe("https://intranet.pemda:8443/");
  });

  it("refuses URLs Office cannot load add-ins from", () => {
    expect(() => manifestUrl.resolveProdUrl("http://kinerja.contoh.go.id/")).toThrow(/https/);
    expect(() => manifestUrl.resolveProdUrl("kinerja.contoh.go.id")).toThrow(/URL/);
    expect(() => manifestUrl.resolveProdUrl("https://kinerja.contoh.go.id/?a=1")).toThrow(/query/);
  });

  it("replaces every development URL and keeps the XML well formed", () => {
    const base = "https://kinerja.contoh.go.id/lakip/";
    const prod = manifestUrl.toProductionManifest(xml, base);
    expect(prod).not.toContain(manifestUrl.DEV_URL);
    const prodValues = allElements(parse(prod)).flatMap((element) =>
      ["DefaultValue", "Value"].map((name) => element.getAttribute(name) ?? ""),
    );
    expect(prodValues.filter((value) => value.includes("localhost"))).toEqual([]);
    const devCount = xml.split(manifestUrl.DEV_URL).length - 1;
    expect(prod.split(base).length - 1).toBe(devCount);
    const prodDoc = parse(prod);
    expect(prodDoc.getElementsByTagName("SupportUrl")[0]?.getAttribute("DefaultValue")).toBe(`${base}bantuan.html`);
    expect(() => manifestUrl.toProductionManifest("<OfficeApp/>", base)).toThrow();
  });
});
