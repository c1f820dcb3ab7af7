/*
 * The syntax probe (see preflight.js): a script written at exactly the ECMAScript level the pane
 * bundles are allowed to use (ES2022: class fields and static blocks, private names, `??=`, `?.`,
 * `??`, object spread, optional catch binding, async iteration). An engine that cannot parse it
 * never runs it, so window.__LAKIP_SYNTAX__ stays unset and preflight.js shows its message: a
 * syntax test without eval or new Function. test/bundle/syntaxLevel.test.ts checks that this file
 * parses at the level and not one level below.
 */
(function () {
  "use strict";
  class Probe {
    static level = 0;
    #seen = { ...{ spread: true } };
    static {
      Probe.level = 2022;
    }
    get spread() {
      return this.#seen?.spread ?? false;
    }
  }
  let level = null;
  level ??= Probe.level;
  try {
    JSON.parse("{");
  } catch {
    // optional catch binding (ES2019)
  }
  const drain = async (items) => {
    for await (const _item of items) {
      // async iteration (ES2018)
    }
  };
  void drain;
  window.__LAKIP_SYNTAX__ = new Probe().spread ? level : 0;
})();
