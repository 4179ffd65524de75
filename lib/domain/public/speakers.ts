import { findFormat } from '../formats/formats';
import type { PublicSpeaker } from './types';

export type SpeakerRow = PublicSpeaker & { readonly sessionStatuses: readonly ('PLANNED' | 'CANCELLED')[] };

/**
 * Les intervenant·es annoncé·es : on retire celles et ceux dont toutes les sessions sont annulées
 * (ils n'interviendront plus), on garde les personnes pas encore placées dans une session.
 * Ordre alphabétique français.
 */
export function publicSpeakers(rows: readonly SpeakerRow[]): PublicSpeaker[] {
  return rows
    .filter((row) => row.sessionStatuses.length === 0 || row.sessionStatuses.includes('PLANNED'))
    .map(({ id, name, role, organisation }) => ({ id, name, role, organisation }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** Le nom du format d'une session : celui du catalogue, sinon le format libre saisi. */
export function sessionFormatName(formatId: string | null, customFormat: string | null): string | null {
  const format = formatId ? findFormat(formatId) : null;
  return format?.name ?? (customFormat?.trim() || null);
}
