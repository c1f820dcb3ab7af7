/**
 * Times of the tracker. An event's time is local ISO 8601 with seconds, milliseconds and the
 * UTC offset of the computer that recorded it ("2026-11-24T10:15:30.123+07:00"), so events from
 * copies made in WIB, WITA or WIT sort by the real instant. A property shows the local minute
 * of that time ("2026-11-24T10:15", spec section 7). A time read back from a property has no
 * offset and is taken as local time of the computer that reads it.
 */

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, "0");

/** "2026-11-24T10:15:30.123+07:00" in the local time zone. */
export function toEventTime(d: Date): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? "+" : "-";
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
  );
}

/** "2026-11-24T10:15": the local minute a property shows (also for a Date). */
export function toMinuteTime(t: string | Date): string {
  if (t instanceof Date) return toEventTime(t).slice(0, 16);
  return t.slice(0, 16);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Milliseconds since the epoch, or NaN. Without an offset the time is local. */
export function parseTime(t: string): number {
  const m = ISO.exec(t.trim());
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s, ms, zone] = m;
  const msPart = ms ? Number(ms.padEnd(3, "0")) : 0;
  if (!zone) {
    const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), msPart);
    return date.getMonth() === Number(mo) - 1 ? date.getTime() : NaN;
  }
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), msPart);
  if (zone === "Z") return utc;
  const sign = zone[0] === "-" ? -1 : 1;
  const offMin = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6));
  return utc - sign * offMin * 60000;
}

export function isValidTime(t: string): boolean {
  return !Number.isNaN(parseTime(t));
}

/** A local-minute time as a Date, or null. */
export function timeToDate(t: string | null | undefined): Date | null {
  if (!t) return null;
  const ms = parseTime(t);
  return Number.isNaN(ms) ? null : new Date(ms);
}
