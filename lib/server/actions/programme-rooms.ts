'use server';
import type { z } from 'zod';
import { createRoomSchema, deleteRoomSchema, updateRoomSchema } from '@/lib/schemas/programme';
import { eventAction, type Revalidate } from '@/lib/server/action';
import { PUBLIC_EVENTS } from '@/lib/server/queries/public-event';
import type { Tx } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';

/** Every programme change bumps programmeVersion first, which also locks the event row. */
async function touchProgramme(tx: Tx, eventId: string) {
  await tx.event.update({ where: { id: eventId }, data: { programmeVersion: { increment: 1 } }, select: { id: true } });
}

function roomData(input: z.output<typeof createRoomSchema>) {
  return { name: input.name, capacity: input.capacity, equipment: input.equipment || null };
}

async function requireRoom(tx: Tx, eventId: string, roomId: string) {
  const room = await tx.room.findFirst({
    where: { id: roomId, eventId },
    select: { id: true, _count: { select: { sessions: true } } },
  });
  if (!room) throw notFound('Cette salle');
  return room;
}

function refreshProgramme(revalidate: Revalidate, eventId: string) {
  revalidate(`/evenements/${eventId}/programme`, 'layout');
  revalidate(...PUBLIC_EVENTS);
}

export const createRoomAction = eventAction(createRoomSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  // New rooms go last: the grid's columns follow this order.
  const last = await tx.room.aggregate({ where: { eventId: input.eventId }, _max: { position: true } });
  const room = await tx.room.create({
    data: { eventId: input.eventId, ...roomData(input), position: (last._max.position ?? -1) + 1 },
    select: { id: true },
  });
  refreshProgramme(revalidate, input.eventId);
  return { id: room.id };
});

export const updateRoomAction = eventAction(updateRoomSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  await requireRoom(tx, input.eventId, input.roomId);
  await tx.room.update({ where: { id: input.roomId }, data: roomData(input) });
  refreshProgramme(revalidate, input.eventId);
  return { id: input.roomId };
});

/** A room that still hosts sessions is kept: they would silently lose their place. */
export const deleteRoomAction = eventAction(deleteRoomSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  await touchProgramme(tx, input.eventId);
  const room = await requireRoom(tx, input.eventId, input.roomId);
  const count = room._count.sessions;
  if (count > 0) {
    throw new SafeError(
      `Cette salle accueille encore ${count} séance${count > 1 ? 's' : ''} : changez-les de salle avant de la supprimer.`,
      'conflict',
    );
  }
  await tx.room.delete({ where: { id: input.roomId } });
  refreshProgramme(revalidate, input.eventId);
  return { id: input.roomId };
});
