/** Himpun's one honest outcome: success, a warning titled as one, or a refusal; never green over a warning. */
import { himpunOutcome } from "../../../src/panes/excel/himpunOutcome";

const clean = { file: "a.xlsx", taken: ['Sheet "Sekretariat": 12 sel isian unit'], refused: [] };

test("everything taken and recorded: success, naming only what was taken", () => {
  const n = himpunOutcome({ sheets: 0, rows: 0, cells: 96, files: 5 }, [clean], null);
  expect(n.intent).toBe("success");
  expect(n.title).toBe("Data unit dihimpun");
  expect(n.body).toBe(
    "96 sel isian dari berkas unit dihimpun dari 5 berkas. Jalankan Validasi untuk memeriksa isinya.",
  );
});

test("a file refused or a value changed: a warning whose title says so", () => {
  const refused = { file: "b.xlsx", taken: [], refused: ["bukan buku kerja Excel"] };
  const warned = { ...clean, warnings: ['sel F4: Target diubah dari "70" menjadi "60"'] };
  const n = himpunOutcome({ sheets: 1, rows: 2, cells: 0, files: 3 }, [clean, refused, warned], null);
  expect(n.intent).toBe("warning");
  expect(n.title).toBe("Data unit dihimpun sebagian: periksa 2 berkas di bawah");
  expect(n.body).toContain("1 sheet unit dan 2 baris Anggaran dihimpun dari 3 berkas");
});

test("the SOP step not recorded: a warning, with why", () => {
  const n = himpunOutcome({ sheets: 1, rows: 0, cells: 0, files: 1 }, [clean], "Tahapan SOP tidak dicatat: isi nama");
  expect(n.intent).toBe("warning");
  expect(n.title).toBe("Data unit dihimpun; tahapan SOP tidak tercatat");
  expect(n.lines).toEqual(["Tahapan SOP tidak dicatat: isi nama"]);
});

test("nothing taken: a refusal, not a success", () => {
  const n = himpunOutcome({ sheets: 0, rows: 0, cells: 0, files: 2 }, [], null);
  expect(n.intent).toBe("error");
  expect(n.title).toBe("Tidak ada data yang dihimpun");
});
