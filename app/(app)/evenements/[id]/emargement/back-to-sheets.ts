import { isCalendarDate } from '@/lib/domain/dates';

/** The 303 back to the check-in page's sheets section, on the day the form was sent from. */
export function backToSheets(request: Request, eventId: string, day: string | null, outcome: Record<string, string>): Response {
  const url = new URL(`/evenements/${eventId}/pointage`, request.url);
  if (day && isCalendarDate(day)) url.searchParams.set('jour', day);
  for (const [key, value] of Object.entries(outcome)) url.searchParams.set(key, value);
  url.hash = 'emargement';
  return Response.redirect(url, 303);
}
