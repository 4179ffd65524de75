// Helpers of bench/registrations.ts: the action's id in the build, the action's answer in the RSC
// stream, percentiles, and the database read back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '@/prisma/generated/client';

type ManifestEntry = { exportedName?: string; filename?: string };

/** The id Next gave `registerAction` (lib/server/actions/registrations.ts) in this build. */
export function findActionId(distDir: string): string {
  const file = path.join(distDir, 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === 'registerAction' && (entry.filename ?? '').includes('lib/server/actions/registrations'),
  );
  if (!found) throw new Error(`registerAction not found in ${file}`);
  return found[0];
}

/** The action's return value is one row of the RSC stream: `<id>:{"ok":…}`. */
export function readResult(stream: string): { ok: boolean; error?: string } {
  for (const line of stream.split('\n')) {
    const row = /^[0-9a-f]+:(\{"ok":.*)$/.exec(line);
    if (!row?.[1]) continue;
    const value = JSON.parse(row[1]) as { ok: boolean; error?: string };
    return value.ok ? { ok: true } : { ok: false, error: value.error ?? 'refused' };
  }
  return { ok: false, error: `unreadable answer: ${stream.slice(0, 120)}` };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

type Line = { confirmed: number; waiting: number; ranksContiguous: boolean };
export type Figures = { event: Line; session: Line; duplicates: number };

/** Ranks of a waiting list must read 1, 2, …, n with no gap and no repeat. */
function contiguous(ranks: ReadonlyArray<number | null>): boolean {
  const sorted = ranks.map((rank) => rank ?? 0).sort((a, b) => a - b);
  return sorted.every((rank, index) => rank === index + 1);
}

export async function readBack(db: PrismaClient, eventId: string, sessionId: string): Promise<Figures> {
  const [registrations, seats] = await Promise.all([
    db.registration.findMany({ where: { eventId }, select: { email: true, status: true, rank: true } }),
    db.sessionRegistration.findMany({ where: { sessionId }, select: { registrationId: true, status: true, rank: true } }),
  ]);
  const line = (rows: ReadonlyArray<{ status: string; rank: number | null }>): Line => ({
    confirmed: rows.filter((row) => row.status === 'CONFIRMED').length,
    waiting: rows.filter((row) => row.status === 'WAITING').length,
    ranksContiguous: contiguous(rows.filter((row) => row.status === 'WAITING').map((row) => row.rank)),
  });
  const emails = new Set(registrations.map((row) => row.email));
  const people = new Set(seats.map((row) => row.registrationId));
  return {
    event: line(registrations),
    session: line(seats),
    duplicates: registrations.length - emails.size + (seats.length - people.size),
  };
}
