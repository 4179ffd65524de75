// The check-in event (two days, 11 and 12 February 2027) after the event: Amina present both days,
// Bastien present the first day and excused the second, Chloé absent, David never checked in.
import type { PrismaClient } from '@/prisma/generated/client';
import { createCheckInEvent } from './checkin';
import type { HubRef } from './world';

export async function createAttestationEvent(db: PrismaClient, hub: HubRef) {
  const scene = await createCheckInEvent(db, hub);
  await db.event.update({ where: { id: scene.event.id }, data: { venueName: 'Cité des associations', venueAddress: '93 La Canebière, 13001 Marseille' } });
  const [amina, bastien, chloe] = scene.people;
  const marks: Array<[string, string, 'PRESENT' | 'EXCUSED' | 'ABSENT']> = [
    [amina!.id, '2027-02-11', 'PRESENT'],
    [amina!.id, '2027-02-12', 'PRESENT'],
    [bastien!.id, '2027-02-11', 'PRESENT'],
    [bastien!.id, '2027-02-12', 'EXCUSED'],
    [chloe!.id, '2027-02-11', 'ABSENT'],
  ];
  for (const [registrationId, date, status] of marks) await db.attendance.create({ data: { registrationId, date, status } });
  return { ...scene, present: [amina!, bastien!], absent: chloe! };
}
