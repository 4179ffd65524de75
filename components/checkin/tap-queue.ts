'use client';
import { get, update } from 'idb-keyval';
import type { AttendanceValue } from '@/lib/schemas/attendance';

/**
 * The device's queue of check-in taps not yet acknowledged by the server, kept in IndexedDB so that
 * taps made without network survive a reload or a closed tab. Taps leave it in the order they were
 * made, only once the server has answered for them (the server recognises a tap sent twice).
 */
export type QueuedTap = {
  tapId: string;
  date: string;
  tappedAt: string;
  status: AttendanceValue | null;
  registrationId?: string;
  code?: string;
};

const keyOf = (eventId: string) => `trame-pointage:${eventId}`;

/** IndexedDB can be missing (a private window of an old browser): the queue then lives in memory. */
const memory = new Map<string, QueuedTap[]>();

export async function readQueue(eventId: string): Promise<QueuedTap[]> {
  try {
    return (await get<QueuedTap[]>(keyOf(eventId))) ?? [];
  } catch {
    return memory.get(eventId) ?? [];
  }
}

async function change(eventId: string, updater: (taps: QueuedTap[]) => QueuedTap[]): Promise<QueuedTap[]> {
  let result: QueuedTap[] = [];
  try {
    await update<QueuedTap[]>(keyOf(eventId), (taps) => (result = updater(taps ?? [])));
  } catch {
    result = updater(memory.get(eventId) ?? []);
    memory.set(eventId, result);
  }
  return result;
}

export function enqueueTap(eventId: string, tap: QueuedTap): Promise<QueuedTap[]> {
  return change(eventId, (taps) => [...taps, tap]);
}

export function removeTaps(eventId: string, tapIds: ReadonlySet<string>): Promise<QueuedTap[]> {
  return change(eventId, (taps) => taps.filter((tap) => !tapIds.has(tap.tapId)));
}

/** The registration a scanned code names, read without checking its signature (the server checks). */
export function registrationIdInCode(code: string): string | null {
  const match = /^T1\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[A-Za-z0-9_-]{22}$/.exec(code.trim());
  return match?.[1] ?? null;
}
