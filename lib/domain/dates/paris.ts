import { PARIS } from './format';

// Dates chosen in the UI are Paris calendar days; the database stores UTC instants.

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function parisFields(date: Date) {
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.formatToParts(date).find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Paris's offset from UTC at that instant, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(date: Date): number {
  const f = parisFields(date);
  return (Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - Math.floor(date.getTime() / 1000) * 1000) / 60_000;
}

/** The UTC instant of a Paris wall-clock time: `parisDateTime('2027-02-11', '09:00')`. */
export function parisDateTime(isoDate: string, time: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  // The offset of the guessed instant is right except within an hour of a DST change: check again.
  const first = wallClock - parisOffsetMinutes(new Date(wallClock)) * 60_000;
  return new Date(wallClock - parisOffsetMinutes(new Date(first)) * 60_000);
}

/** The Paris calendar day of an instant, as `YYYY-MM-DD` (what `<input type="date">` takes). */
export function parisIsoDate(date: Date): string {
  const f = parisFields(date);
  return `${f.year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
}

/** The same Paris day `months` later, clamped to the end of a shorter month (31 janv. + 1 → 28 févr.). */
export function addMonthsIso(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
