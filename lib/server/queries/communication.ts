import 'server-only';
import { CHANNEL_LABELS, CHANNELS, DEFAULT_MAILING_OFFSETS, type Channel } from '@/lib/domain/community';
import type { EventDays } from '@/lib/domain/community/due-dates';
import { currentDueDate, offsetLabel } from '@/lib/domain/community/task-schedule';
import type { ActionStatus } from '@/lib/schemas/tasks';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { loadEventDays } from '@/lib/server/queries/tasks';
import { formatDay } from '@/lib/domain/dates';

export type CommunicationActionView = {
  id: string;
  channel: Channel;
  channelLabel: string;
  title: string;
  offsetDays: number | null;
  date: string;
  dateLabel: string;
  offsetLabel: string;
  status: ActionStatus;
};

export type PartnerView = { id: string; name: string; url: string | null };

export type CommunicationPlan = {
  hashtag: string | null;
  partners: PartnerView[];
  actions: CommunicationActionView[];
  /** Every default mailing (J-30, J-15, J-7) is already in the plan. */
  defaultPlanComplete: boolean;
};

const actionSelect = { id: true, channel: true, title: true, offsetDays: true, date: true, status: true } as const;
type ActionRow = { id: string; channel: string; title: string; offsetDays: number | null; date: string; status: ActionStatus };

function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

/** Like tasks, an action at J±x follows the event's current dates. */
function toView(row: ActionRow, event: EventDays): CommunicationActionView {
  const date = currentDueDate({ offsetDays: row.offsetDays, dueDate: row.date }, event);
  // Channels are written by our own actions only; an unknown one would be a bug, shown as the closest fit.
  const channel = isChannel(row.channel) ? row.channel : 'PARTENAIRES_RELAIS';
  return {
    ...row,
    channel,
    channelLabel: CHANNEL_LABELS[channel],
    date,
    dateLabel: formatDay(date),
    offsetLabel: offsetLabel({ offsetDays: row.offsetDays, dueDate: date }, event),
  };
}

export async function getCommunicationPlan(eventId: string): Promise<CommunicationPlan> {
  await requireEventPermission(eventId, 'event.read');
  const client = db();
  const [event, days, rows] = await Promise.all([
    client.event.findUniqueOrThrow({
      where: { id: eventId },
      select: { hashtag: true, partners: { select: { id: true, name: true, url: true }, orderBy: { position: 'asc' } } },
    }),
    loadEventDays(client, eventId),
    client.communicationAction.findMany({ where: { eventId }, select: actionSelect, orderBy: [{ date: 'asc' }, { createdAt: 'asc' }] }),
  ]);
  const actions = rows.map((row) => toView(row, days)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const defaultPlanComplete = DEFAULT_MAILING_OFFSETS.every((offset) =>
    rows.some((row) => row.channel === 'NEWSLETTER' && row.offsetDays === offset),
  );
  return { hashtag: event.hashtag, partners: event.partners, actions, defaultPlanComplete };
}

export async function getCommunicationActionForEdit(eventId: string, actionId: string): Promise<CommunicationActionView> {
  await requireEventPermission(eventId, 'event.edit');
  const client = db();
  const row = await client.communicationAction.findFirst({ where: { id: actionId, eventId }, select: actionSelect });
  if (!row) throw notFound('Cette action de communication');
  return toView(row, await loadEventDays(client, eventId));
}
