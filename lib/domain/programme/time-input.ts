import { parisWallClockToUtc, type CalendarDate } from '@/lib/domain/dates';

/*
 * Les formulaires saisissent une journée (YYYY-MM-DD) et des heures « hh:mm » de Paris ;
 * la base garde des instants UTC. La conversion passe toujours par ici.
 */
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeInput(value: string): boolean {
  return HH_MM.test(value);
}

/** L'instant où l'horloge de Paris affiche `time` (« 09:30 ») le jour `date`. */
export function instantAt(date: CalendarDate, time: string): Date {
  const match = HH_MM.exec(time);
  if (!match) throw new RangeError(`Heure invalide : « ${time} » (attendu hh:mm).`);
  return parisWallClockToUtc(date, time);
}
