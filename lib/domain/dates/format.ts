// Dates are stored in UTC and shown in Europe/Paris, in French.
export const PARIS = 'Europe/Paris';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const shortDateFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, hour: '2-digit', minute: '2-digit' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** "11/02/2027": for chart axes and tight tables. */
export function formatShortDate(date: Date): string {
  return shortDateFormat.format(date);
}

/** "09:30", Paris time. */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

/** "11 février 2027", or "11–12 février 2027" for an event spanning days (Intl shares the common parts). */
export function formatDateRange(start: Date, end: Date): string {
  // Intl puts thin spaces around the dash: plain ones read the same and survive PDF fonts and search.
  return dateFormat.formatRange(start, end).replace(/[\u2009\u202f]/g, ' ');
}
