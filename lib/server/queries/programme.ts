import 'server-only';
import { isMaturityLevel, type MaturityLevel } from '@/lib/domain/diagnostic/maturity-level';
import type { EventStatus } from '@/lib/domain/events/status';
import { findProgrammeConflicts, type ProgrammeConflict, type ProgrammeInput } from '@/lib/domain/programme';
import { sessionFormatName } from '@/lib/domain/programme/format-options';
import type { DeclaredGender, SessionAccessMode, SpeakerScope } from '@/lib/domain/programme/labels';
import { FieldError } from '@/lib/server/action';
import { requireEventPermission } from '@/lib/server/authz';
import { db, type Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

export type ProgrammeDayView = { id: string; date: string; startsAt: Date; endsAt: Date };
export type ProgrammeRoomView = { id: string; name: string; capacity: number | null; equipment: string | null };
export type ProgrammeSpeakerView = {
  id: string;
  name: string;
  role: string | null;
  organisation: string | null;
  scope: SpeakerScope;
  gender: DeclaredGender | null;
  email: string | null;
  phone: string | null;
  /** The personal link: when it was made (null: none, or revoked), when the person confirmed, their files. */
  linkCreatedAt: Date | null;
  confirmedAt: Date | null;
  files: { kind: 'PHOTO' | 'SLIDES'; name: string }[];
};
export type ProgrammeSessionView = {
  id: string;
  dayId: string | null;
  roomId: string | null;
  title: string;
  formatId: string | null;
  customFormat: string | null;
  formatName: string | null;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  access: SessionAccessMode;
  cancelled: boolean;
  cancelReason: string | null;
  allRooms: boolean;
  /** null: as its format says (lib/domain/programme/content-flag.ts). */
  countsAsContent: boolean | null;
  version: number;
  /** Created from an accepted proposal and not placed yet: organisers only. */
  draft: boolean;
  people: { id: string; name: string; role: 'SPEAKER' | 'HOST' }[];
};
export type ProgrammeState = {
  event: {
    id: string;
    title: string;
    slug: string;
    status: EventStatus;
    level: MaturityLevel | null;
    publishedAt: Date | null;
    startsAt: Date;
    endsAt: Date;
    registrationOpen: boolean;
  };
  days: ProgrammeDayView[];
  rooms: ProgrammeRoomView[];
  speakers: ProgrammeSpeakerView[];
  sessions: ProgrammeSessionView[];
};
export type ProgrammeView = ProgrammeState & {
  conflicts: ProgrammeConflict[];
  /** emails: write to people from Trame (a speaker's personal link). */
  permissions: { edit: boolean; publish: boolean; emails: boolean };
};

/**
 * The whole programme of an event as stored, through `client` (a transaction when an action
 * checks it before writing). Callers authorize first.
 */
export async function readProgrammeState(client: Tx, eventId: string): Promise<ProgrammeState> {
  const event = await client.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      level: true,
      publishedAt: true,
      startsAt: true,
      endsAt: true,
      registrationOpen: true,
      days: { select: { id: true, date: true, startsAt: true, endsAt: true }, orderBy: { date: 'asc' } },
      rooms: { select: { id: true, name: true, capacity: true, equipment: true }, orderBy: [{ position: 'asc' }, { name: 'asc' }] },
      speakers: {
        select: {
          id: true,
          name: true,
          role: true,
          organisation: true,
          scope: true,
          gender: true,
          email: true,
          phone: true,
          linkCreatedAt: true,
          confirmedAt: true,
          files: { select: { kind: true, name: true }, orderBy: { kind: 'asc' } },
        },
        orderBy: { name: 'asc' },
      },
      sessions: {
        orderBy: [{ startsAt: 'asc' }, { endsAt: 'asc' }, { title: 'asc' }],
        select: {
          id: true,
          dayId: true,
          roomId: true,
          title: true,
          formatId: true,
          customFormat: true,
          description: true,
          startsAt: true,
          endsAt: true,
          capacity: true,
          access: true,
          status: true,
          cancelReason: true,
          allRooms: true,
          countsAsContent: true,
          version: true,
          draft: true,
          speakers: { select: { role: true, speaker: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  if (!event) throw notFound('Cet événement');
  const { days, rooms, speakers, sessions, level, ...rest } = event;
  return {
    event: { ...rest, level: isMaturityLevel(level) ? level : null },
    days,
    rooms,
    speakers,
    sessions: sessions.map(({ speakers: links, status, ...session }) => ({
      ...session,
      formatName: sessionFormatName(session.formatId, session.customFormat),
      cancelled: status === 'CANCELLED',
      people: links
        .map((link) => ({ id: link.speaker.id, name: link.speaker.name, role: link.role }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    })),
  };
}

/** What the conflict rules read (lib/domain/programme). */
export function toProgrammeInput(state: ProgrammeState): ProgrammeInput {
  return {
    event: { days: state.days, level: state.event.level },
    rooms: state.rooms,
    speakers: state.speakers,
    sessions: state.sessions.map((session) => ({
      ...session,
      status: session.cancelled ? 'cancelled' : 'planned',
      speakerIds: session.people.map((person) => person.id),
    })),
  };
}

/** The programme page: everything an organiser sees, with the conflicts of the stored programme. */
export async function getProgramme(eventId: string): Promise<ProgrammeView> {
  await requireEventPermission(eventId, 'event.read');
  const [edit, publish, emails] = await Promise.all(
    (['event.edit', 'event.publish', 'event.emails'] as const).map((permission) =>
      requireEventPermission(eventId, permission).then(
        () => true,
        () => false,
      ),
    ),
  );
  const state = await readProgrammeState(db(), eventId);
  return { ...state, conflicts: findProgrammeConflicts(toProgrammeInput(state)), permissions: { edit: edit!, publish: publish!, emails: emails! } };
}

/**
 * Ids sent by a form must belong to THIS event: a day, room or speaker of another event is refused
 * as unknown, on the field that named it. Returns the day, whose date places the times.
 */
export async function requireProgrammeRefs(
  tx: Tx,
  eventId: string,
  refs: { dayId: string; roomId: string | null; speakerIds: readonly string[] },
): Promise<{ id: string; date: string }> {
  const day = await tx.eventDay.findFirst({ where: { id: refs.dayId, eventId }, select: { id: true, date: true } });
  if (!day) throw new FieldError('dayId', 'Cette journée est introuvable dans cet événement.');
  if (refs.roomId && !(await tx.room.findFirst({ where: { id: refs.roomId, eventId }, select: { id: true } }))) {
    throw new FieldError('roomId', 'Cette salle est introuvable dans cet événement.');
  }
  const unique = [...new Set(refs.speakerIds)];
  if (unique.length > 0 && (await tx.speaker.count({ where: { id: { in: unique }, eventId } })) !== unique.length) {
    throw new FieldError('speakerIds', 'Une des personnes choisies est introuvable dans cet événement.');
  }
  return day;
}
