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

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** "11 février 2027", or "11–12 février 2027" for an event spanning days (Intl shares the common parts). */
export function formatDateRange(start: Date, end: Date): string {
  // Intl puts thin spaces around the dash: plain ones read the same and survive PDF fonts and search.
  return dateFormat.formatRange(start, end).replace(/[\u2009\u202f]/g, ' ');
}
