/**
 * Working days for the mutu baku in "hari" (steps 5, 6 and 7).
 *
 * Rule: a step given N hari must be finished by the end of its Nth working day, counting the day
 * it started as day 1 when that day is a working day (else the first working day after it).
 * Working days are Monday to Friday that are neither a national holiday nor a cuti bersama day.
 * The elapsed time shown is the number of working days from the start day to the finish day (or
 * today), both counted. "menit" and "jam" are counted in clock time.
 *
 * The holidays shipped are the Indonesian libur nasional and cuti bersama of 2025 and 2026 from
 * the SKB 3 Menteri (2025: No. 1017/2/2 Tahun 2024, plus 18 Agustus 2025 added as cuti bersama;
 * 2026: No. 1497/2/5 Tahun 2025). A Pemda with other days off passes its own list.
 */

/** Local dates "YYYY-MM-DD" that are not working days although Monday to Friday (or weekend days, harmless). */
export const LIBUR_NASIONAL: Readonly<Record<string, string>> = {
  // 2025: libur nasional
  "2025-01-01": "Tahun Baru 2025 Masehi",
  "2025-01-27": "Isra Mikraj Nabi Muhammad SAW",
  "2025-01-29": "Tahun Baru Imlek 2576 Kongzili",
  "2025-03-29": "Hari Suci Nyepi (Tahun Baru Saka 1947)",
  "2025-03-31": "Idulfitri 1446 H",
  "2025-04-01": "Idulfitri 1446 H",
  "2025-04-18": "Wafat Yesus Kristus",
  "2025-04-20": "Kebangkitan Yesus Kristus (Paskah)",
  "2025-05-01": "Hari Buruh Internasional",
  "2025-05-12": "Hari Raya Waisak 2569 BE",
  "2025-05-29": "Kenaikan Yesus Kristus",
  "2025-06-01": "Hari Lahir Pancasila",
  "2025-06-06": "Iduladha 1446 H",
  "2025-06-27": "Tahun Baru Islam 1447 H",
  "2025-08-17": "Proklamasi Kemerdekaan",
  "2025-09-05": "Maulid Nabi Muhammad SAW",
  "2025-12-25": "Kelahiran Yesus Kristus",
  // 2025: cuti bersama
  "2025-01-28": "Cuti bersama Tahun Baru Imlek",
  "2025-03-28": "Cuti bersama Hari Suci Nyepi",
  "2025-04-02": "Cuti bersama Idulfitri",
  "2025-04-03": "Cuti bersama Idulfitri",
  "2025-04-04": "Cuti bersama Idulfitri",
  "2025-04-07": "Cuti bersama Idulfitri",
  "2025-05-13": "Cuti bersama Hari Raya Waisak",
  "2025-05-30": "Cuti bersama Kenaikan Yesus Kristus",
  "2025-06-09": "Cuti bersama Iduladha",
  "2025-08-18": "Cuti bersama Hari Kemerdekaan",
  "2025-12-26": "Cuti bersama Kelahiran Yesus Kristus",
  // 2026: libur nasional
  "2026-01-01": "Tahun Baru 2026 Masehi",
  "2026-01-16": "Isra Mikraj Nabi Muhammad SAW",
  "2026-02-17": "Tahun Baru Imlek 2577 Kongzili",
  "2026-03-19": "Hari Suci Nyepi (Tahun Baru Saka 1948)",
  "2026-03-21": "Idulfitri 1447 H",
  "2026-03-22": "Idulfitri 1447 H",
  "2026-04-03": "Wafat Yesus Kristus",
  "2026-04-05": "Kebangkitan Yesus Kristus (Paskah)",
  "2026-05-01": "Hari Buruh Internasional",
  "2026-05-14": "Kenaikan Yesus Kristus",
  "2026-05-27": "Iduladha 1447 H",
  "2026-05-31": "Hari Raya Waisak 2570 BE",
  "2026-06-01": "Hari Lahir Pancasila",
  "2026-06-16": "Tahun Baru Islam 1448 H",
  "2026-08-17": "Proklamasi Kemerdekaan",
  "2026-08-25": "Maulid Nabi Muhammad SAW",
  "2026-12-25": "Kelahiran Yesus Kristus",
  // 2026: cuti bersama
  "2026-02-16": "Cuti bersama Tahun Baru Imlek",
  "2026-03-18": "Cuti bersama Hari Suci Nyepi",
  "2026-03-20": "Cuti bersama Idulfitri",
  "2026-03-23": "Cuti bersama Idulfitri",
  "2026-03-24": "Cuti bersama Idulfitri",
  "2026-05-15": "Cuti bersama Kenaikan Yesus Kristus",
  "2026-05-28": "Cuti bersama Iduladha",
  "2026-12-24": "Cuti bersama Kelahiran Yesus Kristus",
};

export interface WorkCalendar {
  /** Local dates "YYYY-MM-DD" that are days off. */
  holidays: ReadonlySet<string>;
}

export const DEFAULT_CALENDAR: WorkCalendar = { holidays: new Set(Object.keys(LIBUR_NASIONAL)) };

/** A calendar with extra days off (e.g. a regional holiday) besides the national ones. */
export function calendarWith(extraHolidays: Iterable<string>, base: WorkCalendar = DEFAULT_CALENDAR): WorkCalendar {
  return { holidays: new Set([...base.holidays, ...extraHolidays]) };
}

export function localDateKey(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function isWorkingDay(d: Date, cal: WorkCalendar = DEFAULT_CALENDAR): boolean {
  const wd = d.getDay();
  return wd !== 0 && wd !== 6 && !cal.holidays.has(localDateKey(d));
}

/** Working days from the start's day to the end's day, both counted; 0 when end is before start. */
export function workingDaysBetween(start: Date, end: Date, cal: WorkCalendar = DEFAULT_CALENDAR): number {
  const day = new Date(start.getFullYear(), start.getMonth(), start.getDate());
  const last = new Date(end.getFullYear(), end.getMonth(), end.getDate());
  let count = 0;
  // bounded: a step lasting longer than ten years is counted up to ten years
  for (let i = 0; day <= last && i < 3660; i++) {
    if (isWorkingDay(day, cal)) count++;
    day.setDate(day.getDate() + 1);
  }
  return count;
}

/** The end (23.59.59,999 local) of the Nth working day counted from the start's day. */
export function workingDayDeadline(start: Date, n: number, cal: WorkCalendar = DEFAULT_CALENDAR): Date {
  const day = new Date(start.getFullYear(), start.getMonth(), start.getDate());
  let count = 0;
  for (let i = 0; i < 3660; i++) {
    if (isWorkingDay(day, cal)) {
      count++;
      if (count >= n) break;
    }
    day.setDate(day.getDate() + 1);
  }
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59, 999);
}
