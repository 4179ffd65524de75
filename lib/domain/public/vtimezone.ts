/*
 * VTIMEZONE d'Europe/Paris (RFC 5545 §3.6.5) écrit à la main plutôt qu'une base de fuseaux en
 * dépendance : règles de l'Union européenne depuis 1996, heure d'été du dernier dimanche de mars
 * à 02:00 (heure d'hiver) au dernier dimanche d'octobre à 03:00 (heure d'été).
 */
export const PARIS_TZID = 'Europe/Paris';

const EUROPE_PARIS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${PARIS_TZID}`,
  `X-LIC-LOCATION:${PARIS_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** A VTIMEZONE generator for ical-generator: Paris only, `null` for any other zone. */
export function vtimezoneFor(timezone: string): string | null {
  return timezone === PARIS_TZID ? EUROPE_PARIS_VTIMEZONE : null;
}
