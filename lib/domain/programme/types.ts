import type { MaturityLevel } from '../diagnostic/maturity-level';
import type { CalendarDate } from '@/lib/domain/dates';

/** Une journée de l'événement : sa date à Paris et ses horaires d'ouverture. */
export type ProgrammeDay = {
  readonly id: string;
  readonly date: CalendarDate;
  readonly startsAt: Date;
  readonly endsAt: Date;
};

export type ProgrammeRoom = {
  readonly id: string;
  readonly name: string;
  /** Places assises ; `null` quand on ne la connaît pas. */
  readonly capacity: number | null;
};

export const SESSION_STATUSES = ['planned', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export type ProgrammeSession = {
  readonly id: string;
  readonly title: string;
  /** La journée choisie ; sans elle, la session doit tenir dans l'une des journées. */
  readonly dayId?: string | null;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly roomId: string | null;
  /** Jauge de la session (public attendu) ; `null` si elle n'est pas fixée. */
  readonly capacity: number | null;
  /** Un format du catalogue ou hors grille ; un autre identifiant (format libre) échappe aux règles de format. */
  readonly formatId: string | null;
  readonly status: SessionStatus;
  /** Un temps commun à toutes les salles (pause, déjeuner, plénière). */
  readonly allRooms?: boolean;
  readonly speakerIds: readonly string[];
};

export type ProgrammeSpeaker = { readonly id: string; readonly name: string };

export type ProgrammeInput = {
  readonly event: { readonly days: readonly ProgrammeDay[]; readonly level: MaturityLevel | null };
  readonly rooms: readonly ProgrammeRoom[];
  readonly sessions: readonly ProgrammeSession[];
  /** Facultatif : les noms rendent les messages plus clairs (« Awa Diallo » plutôt qu'« un·e intervenant·e »). */
  readonly speakers?: readonly ProgrammeSpeaker[];
};
