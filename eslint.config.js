/**
 * ESLint 9 flat config: eslint-plugin-office-addins' React config (ESLint recommended, the
 * Office.js rules, typescript-eslint's parser, React, and Prettier as a lint rule with the
 * options in .prettierrc.json). `npm run lint:fix` applies Prettier and the other fixable rules.
 */
"use strict";

const path = require("path");
const officeAddins = require("eslint-plugin-office-addins");
const house = require("./eslint-rules/house");

// eslint-plugin-office-addins 4.0.10 loads @typescript-eslint/parser and /eslint-plugin through
// `__importDefault(...).default`, which is undefined for typescript-eslint 8 (no default export):
// its configs end up with no parser and no @typescript-eslint plugin. Put the real ones back, taken
// from the typescript-eslint package the plugin itself depends on.
const tseslint = require(
  require.resolve("typescript-eslint", {
    paths: [path.dirname(require.resolve("eslint-plugin-office-addins/package.json"))],
  }),
);

function repair(config) {
  if (!config.plugins || !("@typescript-eslint" in config.plugins)) return config;
  return {
    ...config,
    plugins: { ...config.plugins, "@typescript-eslint": tseslint.plugin },
    languageOptions: { ...config.languageOptions, parser: tseslint.parser },
  };
}

const reactConfigs = officeAddins.configs.react.map(repair);

/** The office-addins block that carries the TypeScript parser, the plugins and the Office.js rules. */
const officeBlock = reactConfigs.find((config) => config.plugins && config.plugins["office-addins"] && config.rules);
if (!officeBlock) throw new Error("eslint-plugin-office-addins: recommended config not found");

/** The Node.js globals the CommonJS files (configs, scripts, bin) use. */
const nodeGlobals = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "process",
    "console",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
    "setImmediate",
  ].map((name) => [name, "readonly"]),
);

module.exports = [
  {
    // test/lint-fixtures/ holds deliberately wrong imports; test/house/walls.test.ts lints them.
    ignores: [
      "build/",
      "dist/",
      "node_modules/",
      "coverage/",
      "test-artifacts/",
      "examples/",
      "render/",
      "assets/",
      "test/lint-fixtures/",
    ],
  },
  ...reactConfigs,
  {
    // The office-addins configs stop at .ts; lint .tsx with the same parser, plugins and rules.
    ...officeBlock,
    files: ["**/*.tsx"],
    languageOptions: { ...officeBlock.languageOptions, ecmaVersion: "latest" },
  },
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { ecmaVersion: "latest" },
    rules: {
      // TypeScript resolves names (DOM, Office, Excel, Word, jest globals) better than no-undef.
      "no-undef": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx,mts,cts}"],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      "@typescript-eslint/no-explicit-any": "warn",
      // The new JSX transform (tsconfig "jsx": "react-jsx") needs no React in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // Props are typed by TypeScript.
      "react/prop-types": "off",
    },
  },
  {
    // The Office.js rules guess at proxy objects from call shapes (getCell, load, sync). Only the
    // Office.js adapters, panes and harness touch Office.js; elsewhere (the engine, the ExcelJS and
    // in-memory hosts, the CLI, scripts, tests with fakes) they only report false positives.
    files: [
      "src/core/**",
      "src/cli/**",
      "src/hosts/files/**",
      "src/hosts/memory/**",
      "scripts/**",
      "test/**",
      "bin/**",
      "*.js",
    ],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
  {
    // The walls between the rooms of src/ and no import circles (eslint-rules/house.js,
    // docs/architecture.md).
    files: ["**/*.{js,mjs,cjs,ts,tsx,mts,cts}"],
    plugins: { house: house.plugin },
    rules: { "house/walls": "error", "house/no-cycle": "error" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: nodeGlobals,
    },
  },
  {
    // The preflight runs in Internet Explorer 11 too: ES5 syntax, browser globals only.
    files: ["src/preflight/preflight.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { window: "readonly", document: "readonly" } },
  },
  {
    // The syntax probe is written at exactly the bundles' level (scripts/check-syntax.js ES_LEVEL).
    files: ["src/preflight/lakip-syntax.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "script", globals: { window: "readonly" } },
  },
];
