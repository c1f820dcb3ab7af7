/**
 * A well-formedness check for the XML parts of a package, in plain TypeScript (Node and browser,
 * no DOM): one pass over the text, checking what a conforming parser would reject and what an
 * OOXML part never holds. A DTD (`<!DOCTYPE`) is refused outright: OOXML parts never declare
 * one (ECMA-376 Part 2, 8.1.4: "The package implementer shall not use DTD declarations"), and a
 * DTD is how external entities (XXE) and entity expansion bombs get in.
 *
 * Checked: one root element; start and end tags balanced and matching; names and attribute
 * syntax; no attribute twice on one element; no `<` inside attribute values; `&` only as one of
 * the five predefined entities or a valid character reference; comments, CDATA sections and
 * processing instructions closed; nothing but white space, comments and processing
 * instructions outside the root.
 */

export interface XmlProblem {
  /** 1-based line and column of the offending spot. */
  line: number;
  column: number;
  /** What is wrong, in Bahasa Indonesia (a clause, no full stop). */
  reason: string;
  /** True when the problem is a DTD declaration. */
  dtd?: boolean;
}

const NAME =
  /^[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*(?::[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*)?$/;
const ATTR = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;
/**
 * Characters XML 1.0 never allows, even escaped: C0 controls but tab/LF/CR, U+FFFE/U+FFFF, and
 * surrogates that are not part of a pair (matched pairs are skipped by the first alternative; no
 * lookbehind, which older Safari webviews cannot parse).
 */
const BAD_CHAR =
  // eslint-disable-next-line no-control-regex -- exactly the characters XML forbids
  /[\uD800-\uDBFF][\uDC00-\uDFFF]|([\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF])/g;

function badChar(xml: string): { index: number; char: string } | null {
  BAD_CHAR.lastIndex = 0;
  for (let m = BAD_CHAR.exec(xml); m; m = BAD_CHAR.exec(xml))
    if (m[1] !== undefined) return { index: m.index, char: m[1] };
  return null;
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/y;

function position(xml: string, at: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = xml.indexOf("\n"); i >= 0 && i < at; i = xml.indexOf("\n", i + 1)) {
    line++;
    last = i;
  }
  return { line, column: at - last };
}

function validChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Checks the `&` at `i`: true when it starts a predefined entity or a valid character reference ending by `to`. */
function goodAmpersand(xml: string, i: number, to: number): boolean {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(xml);
  if (!m || ENTITY.lastIndex > to) return false;
  if (m[1]) return true;
  return validChar(m[2] !== undefined ? parseInt(m[2], 10) : parseInt(m[3], 16));
}

/** The first well-formedness problem of `xml`, or null when it is well-formed. */
export function xmlProblem(xml: string): XmlProblem | null {
  const fail = (at: number, reason: string, dtd = false): XmlProblem => ({ ...position(xml, at), reason, dtd });
  const stack: { name: string; at: number }[] = [];
  // Next "&" and "]]>" at or after a position, searched once each way through the text (linear time).
  let nextAmp = -2;
  let nextCdataEnd = -2;
  const ampIn = (from: number, to: number): number => {
    for (;;) {
      if (nextAmp !== -1 && nextAmp < from) nextAmp = xml.indexOf("&", from);
      if (nextAmp < 0 || nextAmp >= to) return -1;
      if (!goodAmpersand(xml, nextAmp, to)) return nextAmp;
      from = nextAmp + 1;
    }
  };
  const cdataEndIn = (from: number, to: number): boolean => {
    if (nextCdataEnd !== -1 && nextCdataEnd < from) nextCdataEnd = xml.indexOf("]]>", from);
    return nextCdataEnd >= 0 && nextCdataEnd < to;
  };
  let rootSeen = false;
  let i = 0;
  const n = xml.length;
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  const bad = badChar(xml);
  if (bad)
    return fail(
      bad.index,
      `karakter U+${bad.char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} yang tidak boleh ada di XML`,
    );
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      // Text: inside the root any (with valid &), outside only white space.
      if (stack.length === 0) {
        if (!/^\s*$/.test(xml.slice(i, textEnd)))
          return fail(i, rootSeen ? "ada teks sesudah elemen akar" : "ada teks sebelum elemen akar");
      } else {
        const bad = ampIn(i, textEnd);
        if (bad >= 0) return fail(bad, "tanda & yang bukan rujukan entitas yang sah");
        if (cdataEndIn(i, textEnd)) return fail(nextCdataEnd, "urutan ]]> di luar bagian CDATA");
      }
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4);
      if (end < 0) return fail(i, "komentar tidak ditutup");
      if (xml.slice(i + 4, end).includes("--")) return fail(i, "komentar memuat --");
      i = end + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", i)) {
      if (stack.length === 0) return fail(i, "bagian CDATA di luar elemen akar");
      const end = xml.indexOf("]]>", i + 9);
      if (end < 0) return fail(i, "bagian CDATA tidak ditutup");
      i = end + 3;
      continue;
    }
    if (xml.startsWith("<!DOCTYPE", i) || xml.startsWith("<!doctype", i))
      return fail(i, "ada deklarasi DTD (<!DOCTYPE>)", true);
    if (xml.startsWith("<!ENTITY", i)) return fail(i, "ada deklarasi entitas (<!ENTITY>)", true);
    if (xml.startsWith("<!", i)) return fail(i, "deklarasi <! yang tidak dikenal");
    if (xml.startsWith("<?", i)) {
      const end = xml.indexOf("?>", i + 2);
      if (end < 0) return fail(i, "instruksi pemrosesan <? tidak ditutup");
      const target = /^<\?([^\s?]+)/.exec(xml.slice(i, end + 2));
      if (!target || !NAME.test(target[1])) return fail(i, "instruksi pemrosesan tanpa nama yang sah");
      if (target[1].toLowerCase() === "xml" && i !== 0 && !(i === 1 && xml.charCodeAt(0) === 0xfeff))
        return fail(i, "deklarasi <?xml ...?> tidak di awal bagian");
      i = end + 2;
      continue;
    }
    if (xml.startsWith("</", i)) {
      const m = /^<\/([^\s>]+)\s*>/.exec(xml.slice(i, i + 1024));
      if (!m) return fail(i, "tag penutup tidak sah");
      const open = stack.pop();
      if (!open) return fail(i, `tag penutup </${m[1]}> tanpa tag pembuka`);
      if (open.name !== m[1]) {
        const p = position(xml, open.at);
        return fail(i, `tag <${open.name}> (baris ${p.line}) ditutup dengan </${m[1]}>`);
      }
      i += m[0].length;
      continue;
    }
    // Start tag.
    const nameMatch = /^<([^\s/>]+)/.exec(xml.slice(i, i + 1024));
    if (!nameMatch || !NAME.test(nameMatch[1])) return fail(i, "tanda < yang bukan awal tag yang sah");
    const name = nameMatch[1];
    const start = i;
    if (stack.length === 0 && rootSeen) return fail(i, "ada elemen kedua di luar elemen akar");
    let p = i + 1 + name.length;
    const seen = new Set<string>();
    for (;;) {
      ATTR.lastIndex = p;
      const a = ATTR.exec(xml);
      if (a && /\s/.test(xml[p])) {
        if (seen.has(a[1])) return fail(p, `atribut ${a[1]} muncul dua kali pada <${name}>`);
        if (!NAME.test(a[1]) && !/^xmlns(:.+)?$/.test(a[1])) return fail(p, `nama atribut "${a[1]}" tidak sah`);
        seen.add(a[1]);
        const valueStart = a.index + a[0].length - a[2].length + 1;
        const valueEnd = a.index + a[0].length - 1;
        if (xml.slice(valueStart, valueEnd).includes("<")) return fail(valueStart, `nilai atribut ${a[1]} memuat <`);
        const bad = ampIn(valueStart, valueEnd);
        if (bad >= 0) return fail(bad, "tanda & yang bukan rujukan entitas yang sah");
        p = ATTR.lastIndex;
        continue;
      }
      break;
    }
    const close = /^\s*(\/?)>/.exec(xml.slice(p, p + 256));
    if (!close) return fail(p, `tag <${name}> tidak ditutup dengan benar`);
    i = p + close[0].length;
    if (close[1] === "/") {
      if (stack.length === 0) rootSeen = true;
    } else {
      stack.push({ name, at: start });
      rootSeen = true;
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    return { ...position(xml, open.at), reason: `tag <${open.name}> tidak pernah ditutup` };
  }
  if (!rootSeen) return fail(0, "tidak ada elemen akar");
  return null;
}
