import { DOMParser, type Element } from "@xmldom/xmldom";
import { REPORT_TAGS, escapeXml, perubahan, renderControls, renderReport, toFlatOpc } from "../../../src/core/report";
import { analysis, indikator, sampleAnalysis } from "./fixtures";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const TANGGAL = new Date(2026, 10, 24);

function parseBody(xml: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, msg: string) => {
      if (level !== "warning") errors.push(msg);
    },
  }).parseFromString(`<w:body xmlns:w="${W}">${xml}</w:body>`, "text/xml");
  expect(errors).toEqual([]);
  return doc.documentElement as unknown as Element;
}

function all(el: Element, local: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(W, local)) as unknown as Element[];
}

function text(el: Element): string {
  return all(el, "t")
    .map((t) => t.textContent ?? "")
    .join("");
}

function paragraphsText(el: Element): string[] {
  return all(el, "p").map(text);
}

describe("renderControls", () => {
  const out = renderControls(sampleAnalysis(), { tanggal: TANGGAL });

  test("gives well-formed body content for every tag", () => {
    expect(Object.keys(out).sort()).toEqual(REPORT_TAGS.map((t) => t.tag).sort());
    for (const t of REPORT_TAGS) {
      const body = parseBody(out[t.tag]);
      const kids = Array.from(body.childNodes).filter((n) => n.nodeType === 1) as unknown as Element[];
      expect(kids.length).toBeGreaterThan(0);
      // the narrative may hold the agency's analysis sections (lakip:teks-analisis-N) between its paragraphs
      const allowed = t.tag === "lakip:narasi-sasaran" ? ["p", "tbl", "sdt"] : ["p", "tbl"];
      for (const k of kids) expect(allowed).toContain(k.localName);
      // content ends with a paragraph (Word needs one after a table)
      expect(kids[kids.length - 1].localName).toBe("p");
    }
  });

  test("is deterministic", () => {
    expect(renderControls(sampleAnalysis(), { tanggal: TANGGAL })).toEqual(out);
  });

  test("captions are numbered per chapter and a Sumber line follows each table", () => {
    const cap = (tag: keyof typeof out) => paragraphsText(parseBody(out[tag]))[0];
    expect(cap("lakip:tabel-pk")).toMatch(/^Tabel 2\.1 Perjanjian Kinerja/);
    expect(cap("lakip:tabel-pengukuran")).toMatch(/^Tabel 3\.1 Pengukuran Kinerja .* Tahun 2025$/);
    expect(cap("lakip:tabel-perbandingan")).toBe("Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2024 dan 2025");
    expect(cap("lakip:tabel-renstra")).toMatch(/^Tabel 3\.3 .*Renstra Periode 2021-2026$/);
    expect(cap("lakip:tabel-efisiensi")).toMatch(/^Tabel 3\.4 /);
    expect(cap("lakip:tabel-anggaran")).toMatch(/^Tabel 3\.5 /);
    for (const tag of ["lakip:tabel-pk", "lakip:tabel-pengukuran", "lakip:tabel-anggaran"] as const) {
      const body = parseBody(out[tag]);
      const tbl = all(body, "tbl")[0];
      let next = tbl.nextSibling as unknown as Element | null;
      while (next && next.nodeType !== 1) next = next.nextSibling as unknown as Element | null;
      expect(text(next as Element)).toMatch(/^Sumber: /);
    }
  });

  test("pengukuran: header repeated, sasaran merged over its indicators, numbers right-aligned in id-ID", () => {
    const body = parseBody(out["lakip:tabel-pengukuran"]);
    const rows = all(body, "tr");
    expect(all(rows[0], "tblHeader")).toHaveLength(1);
    expect(rows.slice(1).every((r) => all(r, "tblHeader").length === 0)).toBe(true);
    expect(all(body, "tblLayout")[0].getAttributeNS(W, "type")).toBe("fixed");
    // first sasaran has two indicators: restart then continue on the No and Sasaran cells
    const cells = (r: Element) =>
      Array.from(r.childNodes).filter((n) => (n as Element).localName === "tc") as unknown as Element[];
    const vm = (c: Element) => {
      const v = all(c, "vMerge")[0];
      return v ? v.getAttributeNS(W, "val") || "continue" : null;
    };
    expect(cells(rows[1]).slice(0, 2).map(vm)).toEqual(["restart", "restart"]);
    expect(cells(rows[2]).slice(0, 2).map(vm)).toEqual(["continue", "continue"]);
    expect(text(cells(rows[1])[1])).toBe("Meningkatnya akuntabilitas kinerja");
    expect(text(cells(rows[2])[1])).toBe("");
    // single-indicator sasaran: no merge
    expect(cells(rows[3]).slice(0, 2).map(vm)).toEqual([null, null]);
    // capaian 101,79 right-aligned; range target as "80 - 90"
    const capCell = cells(rows[1])[6];
    expect(text(capCell)).toBe("101,79");
    expect(all(capCell, "pStyle")[0].getAttributeNS(W, "val")).toBe("TabelAngka"); // right-aligned style
    expect(text(cells(rows[2])[4])).toBe("80 - 90");
    // total row: organisation capaian
    const last = rows[rows.length - 1];
    expect(text(last)).toContain("Capaian Kinerja Organisasi");
    expect(all(last, "gridSpan")[0].getAttributeNS(W, "val")).toBe("6");
  });

  test("anggaran has a total row with sums in rupiah notation", () => {
    const body = parseBody(out["lakip:tabel-anggaran"]);
    const rows = all(body, "tr");
    const last = rows[rows.length - 1];
    expect(text(last)).toBe("Jumlah3.849.680.0003.700.067.35096,11");
  });

  test("perbandingan shows the change and whether it is good for the polaritas", () => {
    const t = paragraphsText(parseBody(out["lakip:tabel-perbandingan"])).join("|");
    expect(t).toContain("+2,75|Naik (membaik)");
    expect(t).toContain("-5|Turun (memburuk)");
    expect(t).toContain("0|Tetap");
  });

  test("renstra table uses the polaritas formula", () => {
    const t = paragraphsText(parseBody(out["lakip:tabel-renstra"])).join("|");
    expect(t).toContain("75|71,25|95,00"); // Naik: 71,25 / 75
    expect(t).toContain("kasus|2|3|50,00"); // Turun: (2 x 2 - 3) / 2 x 100
  });

  test("narrative names capaian, predikat, target, realisasi, last year, Renstra and the unit's words", () => {
    const t = paragraphsText(parseBody(out["lakip:narasi-sasaran"])).join("\n");
    expect(t).toContain("Sasaran Strategis 1: Meningkatnya akuntabilitas kinerja");
    expect(t).toContain("94,64%"); // mean of 101,79 and 87,5
    expect(t).toContain("Sangat Tinggi");
    // units read as a person writes them: "nilai 71,25 dari target 70", never "71,25 nilai"
    expect(t).toContain("terealisasi nilai\u00A071,25");
    expect(t).not.toContain("71,25\u00A0nilai");
    // the Turun formula is explained once per sasaran, never for a zero target
    expect(t.match(/dihitung \(2 × target − realisasi\)/g)?.length).toBe(1);
    // point 4: no national standard, said once per sasaran
    expect(t.match(/Belum terdapat standar nasional/g)?.length).toBe(2);
    // no workbook words in the document
    expect(t).not.toMatch(/\b(sheet|sel|kolom|workbook)\b/i);
    expect(t).toContain("Nilai SAKIP naik dari 68,50 menjadi 71,25.");
    expect(t).toContain("Komitmen pimpinan.");
    expect(t).toContain("Pelatihan penyusun.");
    expect(t).toMatch(/80\u00A0-\u00A090%/);
    expect(t).toMatch(/Renstra 2021-2026/);
    expect(t).toMatch(/Rp\u00A03\.215\.480\.000/);
  });

  test("ikhtisar and penutup summarise the organisation", () => {
    const ik = paragraphsText(parseBody(out["lakip:ikhtisar"])).join(" ");
    expect(ik).toContain("capaian kinerja organisasi Tahun 2025 sebesar 117,32% dengan predikat Sangat Tinggi");
    expect(ik).toContain("2 indikator berpredikat Sangat Tinggi dan 1 indikator berpredikat Tinggi");
    expect(ik).toContain("Capaian tertinggi diraih oleh sasaran “Terwujudnya kondisi daerah yang kondusif”");
    const pen = paragraphsText(parseBody(out["lakip:penutup"])).join(" ");
    expect(pen).toContain("Tahun 2026");
    // every indicator below target is named with its sasaran, in the Ikhtisar and the Penutup
    for (const part of [ik, pen]) {
      expect(part).toContain(
        "“Persentase peserta yang meningkat pemahamannya” pada sasaran “Meningkatnya akuntabilitas kinerja”",
      );
      expect(part).toContain("capaian 87,50% (Tinggi)");
    }
    expect(ik).toContain("Satu indikator kinerja belum mencapai target");
    expect(pen).not.toContain("telah mencapai atau melampaui target");
  });

  test("signature block: date in Indonesian, name and NIP", () => {
    const t = paragraphsText(parseBody(out["lakip:tanda-tangan"]));
    // Tempat and Tanggal Laporan from Identitas; pangkat/golongan printed
    expect(t[0]).toBe("Pangkalan Bun, 15 Januari 2026");
    expect(t).toContain("Pembina Utama Muda (IV/c)");
    expect(t).toContain("Drs. Hendra Saputra, M.Si");
    expect(t).toContain("NIP. 19710512 199703 1 004");
  });
});

describe("user text is escaped", () => {
  const nasty = `Indikator <b>&"'</b>\u0001\u0008 x\u000b`;
  const long = "Persentase" + "x".repeat(400);
  const a = analysis([
    indikator({ indikator: nasty, sasaran: `Sasaran <script>&amp;`, keterangan: "a < b & c > d \u0000" }),
    indikator({ indikator: long, sasaran: `Sasaran <script>&amp;` }),
  ]);
  a.identitas.instansi = `Badan "Kesbang" & <Pol>`;
  const out = renderControls(a, { tanggal: TANGGAL });

  test("every part stays well-formed and shows the text as typed, without control characters", () => {
    for (const t of REPORT_TAGS) parseBody(out[t.tag]);
    const rows = all(parseBody(out["lakip:tabel-pengukuran"]), "tr");
    expect(text(rows[1])).toContain(`Indikator <b>&"'</b> x`);
    expect(text(rows[1])).toContain("Sasaran <script>&amp;");
    // eslint-disable-next-line no-control-regex
    expect(out["lakip:tabel-pengukuran"]).not.toMatch(/[\u0000-\u0008\u000b]/);
    const narasi = paragraphsText(parseBody(out["lakip:narasi-sasaran"])).join("\n");
    expect(narasi).toContain("a < b & c > d");
    expect(paragraphsText(parseBody(out["lakip:ikhtisar"])).join(" ")).toContain(`Badan "Kesbang" & <Pol>`);
  });

  test("a long indicator name stays inside its fixed-width cell", () => {
    const body = parseBody(out["lakip:tabel-pengukuran"]);
    const grid = all(body, "gridCol").map((g) => Number(g.getAttributeNS(W, "w")));
    expect(grid.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(9071);
    expect(all(body, "tblLayout")[0].getAttributeNS(W, "type")).toBe("fixed");
    expect(text(all(body, "tr")[2])).toContain(long);
  });

  test("escapeXml escapes the five characters and drops forbidden ones", () => {
    expect(escapeXml(`<&>"'\u0001\t`)).toBe("&lt;&amp;&gt;&quot;&apos;\t");
    expect(escapeXml("a\uD800b")).toBe("ab");
    expect(escapeXml("😀")).toBe("😀");
  });
});

describe("varied narrative", () => {
  test("twenty sasaran do not open with the same sentence", () => {
    const list = Array.from({ length: 20 }, (_, k) =>
      indikator({
        sasaran: `Sasaran nomor ${k + 1}`,
        indikator: `Indikator ${k + 1}`,
        capaian: 80 + k,
        predikat: "Tinggi",
      }),
    );
    const body = parseBody(renderControls(analysis(list), { tanggal: TANGGAL })["lakip:narasi-sasaran"]);
    const paras = all(body, "p");
    const openings = paras
      .filter((p, k) => k > 0 && all(paras[k - 1], "pStyle")[0]?.getAttributeNS(W, "val") === "Heading3")
      .map(
        (p) =>
          text(p)
            .replace(/[\d.,%]+/g, "#")
            .split(".")[0],
      );
    expect(openings).toHaveLength(20);
    expect(new Set(openings).size).toBeGreaterThanOrEqual(4);
    const indicatorSentences = paras.map(text).filter((t) => t.includes("“Indikator"));
    expect(
      new Set(
        indicatorSentences.map((t) =>
          t
            .replace(/“[^”]*”/g, "X")
            .replace(/[\d.,%]+/g, "#")
            .slice(0, 25),
        ),
      ).size,
    ).toBeGreaterThanOrEqual(3);
  });

  test("without data, the parts say so instead of showing empty tables", () => {
    const out = renderControls(analysis([]), { tanggal: TANGGAL });
    for (const t of REPORT_TAGS) parseBody(out[t.tag]);
    expect(out["lakip:tabel-anggaran"]).toContain("Data realisasi anggaran belum tersedia");
    expect(out["lakip:tabel-pengukuran"]).not.toContain("<w:tbl>");
  });
});

describe("measures", () => {
  test("perubahan: direction and meaning by polaritas", () => {
    expect(perubahan("Naik", 71.25, 68.5)).toEqual({ selisih: 2.75, arah: "naik", membaik: true });
    expect(perubahan("Turun", 3.5, 4)).toEqual({ selisih: -0.5, arah: "turun", membaik: true });
    expect(perubahan("Naik", 0.3, 0.1 + 0.2)).toEqual({ selisih: 0, arah: "tetap", membaik: null });
  });
});

describe("toFlatOpc", () => {
  test("wraps body content into a Flat OPC package with the document and styles parts", () => {
    const xml = toFlatOpc(renderControls(sampleAnalysis(), { tanggal: TANGGAL })["lakip:tabel-pengukuran"]);
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (l: string, m: string) => void (l !== "warning" && errors.push(m)),
    }).parseFromString(xml, "text/xml");
    expect(errors).toEqual([]);
    const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
    const parts = Array.from(doc.getElementsByTagNameNS(PKG, "part")).map((p) => p.getAttributeNS(PKG, "name"));
    expect(parts).toEqual(["/_rels/.rels", "/word/_rels/document.xml.rels", "/word/document.xml", "/word/styles.xml"]);
    expect(doc.getElementsByTagNameNS(W, "tbl").length).toBe(1);
    const styleIds = Array.from(doc.getElementsByTagNameNS(W, "style")).map((s) => s.getAttributeNS(W, "styleId"));
    for (const id of ["Caption", "Sumber", "TabelIsi", "TabelAngka", "TabelTengah", "TabelLAKIP", "Heading3"])
      expect(styleIds).toContain(id);
    const angka = Array.from(doc.getElementsByTagNameNS(W, "style")).find(
      (s) => s.getAttributeNS(W, "styleId") === "TabelAngka",
    )!;
    expect(angka.getElementsByTagNameNS(W, "jc")[0].getAttributeNS(W, "val")).toBe("right");
  });
});

describe("every earlier year, national standard, honest words", () => {
  const a = sampleAnalysis();
  // the SAKIP indicator has three earlier years; the range indicator only last year's realisasi
  a.indikator[0].riwayat = [
    { tahun: 2022, target: 64, realisasi: 62.1, capaian: 97.03 },
    { tahun: 2023, target: 66, realisasi: 65.4, capaian: 99.09 },
    { tahun: 2024, target: 68, realisasi: 68.5, capaian: 100.74 },
  ];
  a.indikator[2].standarNasional = 4;
  const r = renderReport(a, { tanggal: TANGGAL });

  test("the comparison table has a column per earlier year, with that year's capaian", () => {
    const t = paragraphsText(parseBody(r.controls["lakip:tabel-perbandingan"])).join("|");
    expect(t).toContain("Tahun 2022|Tahun 2023|Tahun 2024|Tahun 2025");
    // each earlier year: its target, realisasi and capaian (T, R, (C%)) stacked in one cell
    expect(t).toContain("T 64R 62,1(97,03%)|T 66R 65,4(99,09%)|");
    expect(t).toMatch(/R 68,5\(100,74%\)\|T 70R 71,25\(101,79%\)/);
    expect(t).toMatch(/^Tabel 3\.2 Perbandingan Realisasi Kinerja Tahun 2022–2024 dan 2025/);
  });

  test("a trend chart (native, Grafik 3.2) for the indicator with two or more earlier years", () => {
    expect(r.charts.map((c) => c.name)).toEqual(["word/charts/lakip-grafik1.xml", "word/charts/lakip-grafik2.xml"]);
    const trend = r.charts[1];
    expect(trend.spec.kind).toBe("line");
    expect(trend.spec.categories).toEqual(["2022", "2023", "2024", "2025"]);
    expect(trend.xml).toContain("<c:lineChart>");
    expect(trend.xml).toContain("<c:v>71.25</c:v>");
    const narasi = paragraphsText(parseBody(r.controls["lakip:narasi-sasaran"])).join("\n");
    expect(narasi).toContain("Grafik 3.2 Tren Realisasi Nilai evaluasi SAKIP Tahun 2022–2025");
    expect(narasi).toContain(
      "Realisasi tahun-tahun sebelumnya: tahun 2022 sebesar nilai\u00A062,1, tahun 2023 sebesar nilai\u00A065,4, tahun 2024 sebesar nilai\u00A068,5.",
    );
    expect(r.controls["lakip:narasi-sasaran"]).toContain(`r:id="rIdLakipGrafik2"`);
  });

  test("Grafik 3.1 is a bar chart of capaian per sasaran with its cached numbers", () => {
    const bar = r.charts[0];
    expect(bar.spec.kind).toBe("bar");
    expect(bar.xml).toContain('<c:barDir val="bar"/>');
    expect(bar.spec.series[0].values).toEqual([94.64, 140]);
    expect(paragraphsText(parseBody(r.controls["lakip:grafik-capaian"])).join("|")).toContain(
      "Grafik 3.1 Capaian Kinerja per Sasaran Strategis Tahun 2025",
    );
  });

  test("point 4: the national standard where given, one sentence per sasaran where none", () => {
    const narasi = paragraphsText(parseBody(r.controls["lakip:narasi-sasaran"])).join("\n");
    expect(narasi).toContain("Standar nasional indikator “Jumlah konflik sosial” adalah 4\u00A0kasus");
    expect(narasi).not.toMatch(/standar nasional, standar nasional/i);
    expect(narasi).toContain("lebih baik dari standar tersebut"); // Turun: 3 < 4
    expect(narasi.match(/Belum terdapat standar nasional/g)?.length).toBe(1);
  });

  test("terlampaui only strictly above target, tercapai when equal", () => {
    const exact = analysis([
      indikator({
        indikator: "Tepat",
        target: 12,
        realisasi: 12,
        capaian: 100,
        targetText: "12",
        realisasiText: "12",
        satuan: "laporan",
        targetAkhirRenstra: 12,
      }),
    ]);
    const t = paragraphsText(parseBody(renderControls(exact, { tanggal: TANGGAL })["lakip:narasi-sasaran"])).join(" ");
    expect(t).not.toMatch(/terlampaui|melampaui/);
    expect(t).toMatch(/tepat mencapai target|target tercapai sepenuhnya/);
    expect(t).toContain("Target akhir Renstra 2021-2026 sebesar 12\u00A0laporan telah tercapai");
  });

  test("a zero target with polaritas Turun is never explained with the formula", () => {
    const zero = analysis([
      indikator({
        indikator: "Konflik",
        polaritas: "Turun",
        target: 0,
        realisasi: 0,
        capaian: 100,
        targetText: "0",
        realisasiText: "0",
        satuan: "kasus",
      }),
    ]);
    const t = paragraphsText(parseBody(renderControls(zero, { tanggal: TANGGAL })["lakip:narasi-sasaran"])).join(" ");
    expect(t).not.toContain("(2 × target − realisasi)");
    expect(t).toContain("target 0");
  });

  test("a Batas Capaian in force is noted under the table and beside the capped indicator", () => {
    const capped = sampleAnalysis();
    capped.pengaturan = { ...capped.pengaturan, batasCapaian: 120 };
    capped.indikator[2].capaian = 120;
    capped.indikator[2].uncappedCapaian = 140;
    const out2 = renderControls(capped, { tanggal: TANGGAL });
    expect(paragraphsText(parseBody(out2["lakip:tabel-pengukuran"])).join(" ")).toContain("dibatasi menjadi 120%");
    expect(paragraphsText(parseBody(out2["lakip:narasi-sasaran"])).join(" ")).toContain("dibatasi pada 120%");
  });
});

test("toFlatOpc carries the chart parts a body points at, and only those", () => {
  const r = renderReport(sampleAnalysis(), { tanggal: TANGGAL });
  const pkg = toFlatOpc(r.controls["lakip:grafik-capaian"], r.charts);
  expect(pkg).toContain('pkg:name="/word/charts/lakip-grafik1.xml"');
  expect(pkg).toContain('Id="rIdLakipGrafik1"');
  expect(pkg).toContain("<c:barChart>");
  expect(toFlatOpc(r.controls["lakip:ikhtisar"], r.charts)).not.toContain("lakip-grafik");
  const errors: string[] = [];
  new DOMParser({ onError: (l: string, m: string) => void (l !== "warning" && errors.push(m)) }).parseFromString(
    pkg,
    "text/xml",
  );
  expect(errors).toEqual([]);
});
