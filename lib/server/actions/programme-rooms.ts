'use server';
import type { z } from 'zod';
import { createRoomSchema, deleteRoomSchema, updateRoomSchema } from '@/lib/schemas/programme';
import { action, revalidate } from '@/lib/server/action';
import { revalidatePublicEvents } from '@/lib/server/queries/public-event';
import { requireEventPermission } from '@/lib/server/authz';
import { db, type Tx } from '@/lib/server/db';
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

const createRoom = action(createRoomSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.edit');
  const room = await db().$transaction(async (tx) => {
    await touchProgramme(tx, input.eventId);
    // New rooms go last: the grid's columns follow this order.
    const last = await tx.room.aggregate({ where: { eventId: input.eventId }, _max: { position: true } });
    return tx.room.create({
      data: { eventId: input.eventId, ...roomData(input), position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
  });
  revalidate(`/evenements/${input.eventId}/programme`, 'layout');
  revalidatePublicEvents();
  return { id: room.id };
});

const updateRoom = action(updateRoomSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.edit');
  await db().$transaction(async (tx) => {
    await touchProgramme(tx, input.eventId);
    await requireRoom(tx, input.eventId, input.roomId);
    await tx.room.update({ where: { id: input.roomId }, data: roomData(input) });
  });
  revalidate(`/evenements/${input.eventId}/programme`, 'layout');
  revalidatePublicEvents();
  return { id: input.roomId };
});

/** A room that still hosts sessions is kept: they would silently lose their place. */
const deleteRoom = action(deleteRoomSchema, async (input) => {
  await requireEventPermission(input.eventId, 'event.edit');
  await db().$transaction(async (tx) => {
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
  });
  revalidate(`/evenements/${input.eventId}/programme`, 'layout');
  revalidatePublicEvents();
  return { id: input.roomId };
});

export async function createRoomAction(input: z.input<typeof createRoomSchema>) {
  return createRoom(input);
}

export async function updateRoomAction(input: z.input<typeof updateRoomSchema>) {
  return updateRoom(input);
}

export async function deleteRoomAction(input: z.input<typeof deleteRoomSchema>) {
  return deleteRoom(input);
}
