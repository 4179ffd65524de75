import 'server-only';
import { randomUUID } from 'node:crypto';
import { can } from '@/lib/domain/access/permissions';
import { nextCoOrganisers, nextOutsideCoOrganisers } from '@/lib/domain/events/co-organisers';
import { normaliseSiret } from '@/lib/domain/organisations/siret';
import { getLevelObjective } from '@/lib/domain/diagnostic/objectives';
import { recommendedFormatIdsFor } from '@/lib/domain/diagnostic/recommended-formats';
import { addCalendarDays, parisWallClockToUtc, type CalendarDate } from '@/lib/domain/dates';
import type { TerritoryRecord } from '@/lib/domain/territories/types';
import { slugify } from '@/lib/domain/text/slug';
import { normaliseHashtag, splitList, THEME_SEPARATOR, type EventRecordInput } from '@/lib/schemas/event';
import { FieldError } from '@/lib/server/action';
import type { MembershipView } from '@/lib/server/authz';
import type { Tx } from '@/lib/server/db';
import { findInReferential } from '@/lib/server/territories/referential';

// Turning the event form into rows: shared by create, edit and duplicate (lib/server/actions/event*.ts).
// Not a 'use server' module: nothing here may be callable from the browser.

const orNull = (text: string) => (text === '' ? null : text);

/** The event's own columns, normalised (lists split, empty texts null, level → objective and formats). */
export function recordColumns(input: EventRecordInput) {
  return {
    title: input.title,
    mode: input.mode,
    visioUrl: input.mode === 'PRESENTIEL' ? null : orNull(input.visioUrl),
    level: input.level,
    // A chosen level brings its objective (unless one is written) and the webinar's formats for it.
    objective: orNull(input.objective) ?? (input.level ? getLevelObjective(input.level).objective : null),
    suggestedFormats: input.level ? [...recommendedFormatIdsFor(input.level)] : [],
    venueName: orNull(input.venueName),
    venueAddress: orNull(input.venueAddress),
    venueNotes: orNull(input.venueNotes),
    venueNearStation: input.venueNearStation,
    venueAccessible: input.venueAccessible,
    venueHasPlenary: input.venueHasPlenary,
    venueHasBreakouts: input.venueHasBreakouts,
    venueHasProjection: input.venueHasProjection,
    venueHasSound: input.venueHasSound,
    participantMin: input.participantMin,
    participantMax: input.participantMax,
    themes: splitList(input.themes, THEME_SEPARATOR),
    hashtag: normaliseHashtag(input.hashtag),
    description: orNull(input.description),
    publicContactEmail: orNull(input.publicContactEmail.toLowerCase()),
    publicContactPhone: orNull(input.publicContactPhone),
  };
}

export type PlannedDay = { date: CalendarDate; startsAt: Date; endsAt: Date };

/** Consecutive days from the first one, each with its opening hours read as Paris time. */
export function plannedDays(firstDay: CalendarDate, days: EventRecordInput['days']): PlannedDay[] {
  return days.map((hours, index) => {
    const date = addCalendarDays(firstDay, index);
    const at = (time: string) => parisWallClockToUtc(date, time);
    return { date, startsAt: at(hours.opensAt), endsAt: at(hours.closesAt) };
  });
}

/** Event.startsAt/endsAt: the first day's opening and the last day's closing. */
export function eventSpan(days: readonly PlannedDay[]): { startsAt: Date; endsAt: Date } {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) throw new Error('Un événement a au moins une journée.');
  return { startsAt: first.startsAt, endsAt: last.endsAt };
}

/** A unique public address: the title's slug and a random suffix. */
export function newSlug(title: string): string {
  return `${slugify(title)}-${randomUUID().slice(0, 8)}`;
}

/** Read outside the transaction: the referential is a large file loaded once per process. */
export async function lookupTerritory(choice: EventRecordInput['territory']): Promise<TerritoryRecord | null> {
  if (!choice) return null;
  const found = await findInReferential(choice.level, choice.code);
  if (!found) throw new FieldError('territory', 'Ce territoire est introuvable dans le référentiel. Cherchez-le à nouveau.');
  return found;
}

export async function upsertTerritory(tx: Tx, territory: TerritoryRecord | null): Promise<string | null> {
  if (!territory) return null;
  const row = await tx.territory.upsert({
    where: { level_inseeCode: { level: territory.level, inseeCode: territory.code } },
    create: { level: territory.level, inseeCode: territory.code, name: territory.name },
    update: { name: territory.name },
    select: { id: true },
  });
  return row.id;
}

export type CoOrganiserChoice = { ids: string[]; canAcceptFor: Set<string> };

/**
 * Co-organisers are chosen among the caller's own organisations (and those already on the event),
 * or named exactly (case aside) for any other organisation in Trame. A funder never co-organises.
 * Naming one only invites it (lib/domain/events/co-organisers.ts): the caller accepts at once only
 * for the organisations where they may accept (admin or coordinator).
 */
export async function resolveCoOrganisers(
  tx: Tx,
  args: { ownerId: string; memberships: readonly MembershipView[]; current: readonly string[]; ids: readonly string[]; names: string },
): Promise<CoOrganiserChoice> {
  const memberOf = args.memberships.map((m) => m.organisationId);
  const canAcceptFor = new Set(
    args.memberships.filter((m) => can(m.role, 'event.coorganise', { funder: m.organisationKind === 'FINANCEUR' })).map((m) => m.organisationId),
  );
  const allowed = new Set([...memberOf, ...args.current]);
  if (args.ids.some((id) => !allowed.has(id))) {
    throw new FieldError('coOrganiserIds', 'Choisissez les co-organisateurs parmi les structures proposées.');
  }
  const chosen = await tx.organisation.findMany({ where: { id: { in: [...args.ids] } }, select: { id: true, name: true, kind: true } });
  for (const name of splitList(args.names, /\n/)) {
    const matches = await tx.organisation.findMany({
      where: { name: { equals: name, mode: 'insensitive' } },
      select: { id: true, name: true, kind: true },
      take: 2,
    });
    if (matches.length === 0) {
      throw new FieldError(
        'coOrganiserNames',
        `Aucune structure ne s’appelle « ${name} » dans Trame : vérifiez le nom exact, ou ajoutez-la plus bas comme co-organisateur hors Trame.`,
      );
    }
    if (matches.length > 1) {
      throw new FieldError('coOrganiserNames', `Plusieurs structures s’appellent « ${name} » : demandez à l’une d’elles de vous inviter, puis choisissez-la dans la liste.`);
    }
    chosen.push(...matches);
  }
  const funder = chosen.find((organisation) => organisation.kind === 'FINANCEUR');
  if (funder) {
    throw new FieldError(args.ids.includes(funder.id) ? 'coOrganiserIds' : 'coOrganiserNames', `« ${funder.name} » est un financeur : un financeur ne co-organise pas un événement.`);
  }
  const ids = [...new Set(chosen.map((organisation) => organisation.id))].filter((id) => id !== args.ownerId);
  return { ids, canAcceptFor };
}

/**
 * Audiences, partners and co-organisers are written as whole sets. A partner keeps its logo when
 * it keeps its name (logos are uploaded elsewhere).
 */
export async function replaceRecordSets(tx: Tx, eventId: string, input: EventRecordInput, coOrganisers: CoOrganiserChoice) {
  const logos = new Map(
    (await tx.partner.findMany({ where: { eventId }, select: { name: true, logoPath: true, logo: true, logoType: true } })).map(
      ({ name, ...logo }) => [name, logo],
    ),
  );
  await tx.eventAudience.deleteMany({ where: { eventId } });
  await tx.partner.deleteMany({ where: { eventId } });
  await tx.eventAudience.createMany({ data: input.audiences.map((a) => ({ eventId, category: a.category, territoryTotal: a.territoryTotal })) });
  await tx.partner.createMany({
    data: input.partners.map((p, position) => ({ eventId, name: p.name, url: orNull(p.url), ...logos.get(p.name), position })),
  });
  await updateCoOrganisers(tx, eventId, coOrganisers);
  await updateOutsideCoOrganisers(tx, eventId, input.outsideCoOrganisers);
}

/**
 * Co-organisers not on Trame (issue 15.13). A removed one leaves its budget lines without payer or
 * receiver (the budget page then lists them as unattributed), never pointing at a row that is gone.
 */
async function updateOutsideCoOrganisers(tx: Tx, eventId: string, wanted: EventRecordInput['outsideCoOrganisers']) {
  const current = await tx.outsideCoOrganiser.findMany({ where: { eventId }, select: { id: true, name: true, siret: true } });
  const { update, create, remove } = nextOutsideCoOrganisers(
    current,
    wanted.map((partner) => ({ id: partner.id, name: partner.name, siret: partner.siret === '' ? null : normaliseSiret(partner.siret) })),
  );
  if (remove.length > 0) {
    await tx.outsideCoOrganiser.deleteMany({ where: { eventId, id: { in: remove } } });
    await tx.budgetLine.updateMany({ where: { eventId, payerOrganisationId: { in: remove } }, data: { payerOrganisationId: null } });
    await tx.budgetLine.updateMany({ where: { eventId, receiverOrganisationId: { in: remove } }, data: { receiverOrganisationId: null } });
  }
  for (const { id, ...data } of update) await tx.outsideCoOrganiser.update({ where: { id }, data });
  if (create.length > 0) await tx.outsideCoOrganiser.createMany({ data: create.map((data) => ({ ...data, eventId })) });
}

/** Kept co-organisers keep their answer; new ones are invited; removed ones lose the event. */
async function updateCoOrganisers(tx: Tx, eventId: string, choice: CoOrganiserChoice) {
  const current = await tx.eventCoOrganiser.findMany({ where: { eventId }, select: { organisationId: true, status: true } });
  const { invite, remove } = nextCoOrganisers(current, choice.ids, choice.canAcceptFor);
  await tx.eventCoOrganiser.deleteMany({ where: { eventId, organisationId: { in: remove } } });
  const now = new Date();
  await tx.eventCoOrganiser.createMany({
    data: invite.map(({ organisationId, status }) => ({ eventId, organisationId, status, respondedAt: status === 'ACCEPTED' ? now : null })),
  });
}
