/**
 * The deployment switches of webpack.config.js: Office.js from Microsoft's CDN in a production
 * build, the bundled copy with LAKIP_OFFICE_JS=local and in development and the harness; a
 * production build without LAKIP_PROD_URL stops with a message.
 */

type Config = {
  plugins: Array<{ userOptions?: { filename?: string; templateContent?: string }; patterns?: Array<{ to?: string }> }>;
};
const webpackConfig = require("../../webpack.config.js") as (env: object, argv: object) => Promise<Config | Config[]>;
/** The panes' configuration (a full build returns [panes, LAKIP.html page]). */
const makeConfig = async (env: object, argv: object): Promise<Config> => {
  const config = await webpackConfig(env, argv);
  return Array.isArray(config) ? config[0] : config;
};

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function page(config: Config, file: string): string {
  const plugin = config.plugins.find((p) => p.userOptions?.filename === file);
  if (!plugin?.userOptions?.templateContent) throw new Error(`no ${file}`);
  return plugin.userOptions.templateContent;
}

function copiesOfficeJs(config: Config): boolean {
  return config.plugins.some((p) => (p.patterns ?? []).some((pattern) => pattern.to === "office-js"));
}

describe("webpack deployment switches", () => {
  const saved = { url: process.env.LAKIP_PROD_URL, office: process.env.LAKIP_OFFICE_JS };
  afterEach(() => {
    for (const [key, value] of [
      ["LAKIP_PROD_URL", saved.url],
      ["LAKIP_OFFICE_JS", saved.office],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  test("a production build without LAKIP_PROD_URL stops with a message (no placeholder URL)", async () => {
    delete process.env.LAKIP_PROD_URL;
    await expect(makeConfig({}, { mode: "production" })).rejects.toThrow(/LAKIP_PROD_URL belum diatur/);
  });

  test("LAKIP.html alone (npm run build:html) needs no LAKIP_PROD_URL: it has no manifest", async () => {
    delete process.env.LAKIP_PROD_URL;
    const config = (await webpackConfig({ page: true }, { mode: "production" })) as unknown as {
      output: { filename: string };
    };
    expect(Array.isArray(config)).toBe(false);
    expect(config.output.filename).toBeDefined();
  });

  test("production: Office.js from Microsoft's CDN, no local copy; the preflight first", async () => {
    process.env.LAKIP_PROD_URL = "https://kinerja.contoh.go.id/lakip/";
    delete process.env.LAKIP_OFFICE_JS;
    const config = await makeConfig({}, { mode: "production" });
    for (const file of ["excel.html", "word.html", "taskpane.html", "commands.html"]) {
      expect(page(config, file)).toContain(`<script src="${CDN}"></script>`);
      expect(page(config, file)).not.toContain("office-js/office.js");
    }
    expect(page(config, "excel.html").indexOf("preflight.js")).toBeLessThan(page(config, "excel.html").indexOf(CDN));
    expect(copiesOfficeJs(config)).toBe(false);
  });

  test("LAKIP_OFFICE_JS=local: the bundled copy, for intranets without internet", async () => {
    process.env.LAKIP_PROD_URL = "https://kinerja.contoh.go.id/lakip/";
    process.env.LAKIP_OFFICE_JS = "local";
    const config = await makeConfig({}, { mode: "production" });
    expect(page(config, "word.html")).toContain('<script src="office-js/office.js"></script>');
    expect(copiesOfficeJs(config)).toBe(true);
    process.env.LAKIP_OFFICE_JS = "cdm";
    await expect(makeConfig({}, { mode: "production" })).rejects.toThrow(/LAKIP_OFFICE_JS/);
  });

  test("development and the harness keep the local copy and need no LAKIP_PROD_URL", async () => {
    delete process.env.LAKIP_PROD_URL;
    delete process.env.LAKIP_OFFICE_JS;
    for (const [env, argv] of [
      [{}, { mode: "development" }],
      [{ harness: true }, { mode: "development" }],
    ] as const) {
      const config = await makeConfig(env, argv);
      expect(page(config, "excel.html")).toContain('<script src="office-js/office.js"></script>');
      expect(copiesOfficeJs(config)).toBe(true);
    }
  });
});
