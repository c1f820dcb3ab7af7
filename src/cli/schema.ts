/** The zod schema of `lakip compute --json` (spec section 6); the CLI checks its output against it before printing. */
import { z } from "zod/v4";
import { FINDING_CODES } from "../core/validate/findings";

const finite = z.number().finite();
/** The scale's word: the default scale's or the agency's own (`Pengaturan`, spec 2.4). */
const predikat = z.string().min(1);
const target = z.union([finite, z.tuple([finite, finite])]);
const kategori = z.enum(["Efisien", "Cukup Efisien", "Tidak Efisien"]);

export const findingSchema = z
  .object({
    code: z.enum(FINDING_CODES),
    severity: z.enum(["error", "warning"]),
    sheet: z.string(),
    cell: z.string().regex(/^([A-Z]{1,3}[1-9][0-9]*)?$/),
    message: z.string().min(1),
  })
  .strict();

export const validateOutputSchema = z.object({ findings: z.array(findingSchema) }).strict();

export const computeOutputSchema = z
  .object({
    findings: z.array(findingSchema),
    identitas: z
      .object({
        instansi: z.string().nullable(),
        pemerintahDaerah: z.string().nullable(),
        tahun: z.number().int().nullable(),
        namaKepala: z.string().nullable(),
        nipKepala: z.string().nullable(),
        jabatanKepala: z.string().nullable(),
        periodeRenstra: z.string().nullable(),
        pangkatKepala: z.string().nullable(),
        tempat: z.string().nullable(),
        tanggalLaporan: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .nullable(),
        judulLaporan: z.enum(["LAKIP", "LKjIP", "Laporan Kinerja"]).nullable(),
        alamat: z.string().nullable().optional(),
      })
      .strict(),
    indikator: z.array(
      z
        .object({
          unit: z.string(),
          sasaran: z.string(),
          indikator: z.string(),
          satuan: z.string(),
          polaritas: z.enum(["Naik", "Turun"]),
          target,
          realisasi: finite,
          capaian: finite.nullable(),
          predikat: predikat.nullable(),
          sheet: z.string(),
          row: z.number().int().positive(),
          standarNasional: finite.nullable(),
          riwayat: z.array(
            z
              .object({
                tahun: z.number().int(),
                target: target.nullable(),
                realisasi: finite.nullable(),
                capaian: finite.nullable(),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    pengaturan: z
      .object({
        rumusTurun: z.enum(["(2T - R) / T", "T / R"]),
        batasCapaian: finite.nullable(),
        skala: z.array(z.object({ predikat, batasBawah: finite.nullable() }).strict()).min(2),
      })
      .strict(),
    sasaran: z.array(
      z
        .object({
          sasaran: z.string(),
          capaian: finite.nullable(),
          predikat: predikat.nullable(),
          jumlahIndikator: z.number().int().nonnegative(),
        })
        .strict(),
    ),
    unit: z.array(z.object({ unit: z.string(), capaian: finite.nullable(), predikat: predikat.nullable() }).strict()),
    organisasi: z.object({ capaian: finite.nullable(), predikat: predikat.nullable() }).strict(),
    anggaran: z.array(
      z
        .object({
          program: z.string(),
          sasaran: z.string().nullable(),
          pagu: finite,
          realisasi: finite,
          serapan: finite.nullable(),
        })
        .strict(),
    ),
    efisiensi: z.array(
      z
        .object({
          sasaran: z.string(),
          capaian: finite.nullable(),
          serapan: finite.nullable(),
          efisiensi: finite.nullable(),
          kategori: kategori.nullable(),
        })
        .strict(),
    ),
  })
  .strict();

export type ComputeOutputJson = z.infer<typeof computeOutputSchema>;
