// What a journey may ask the seeder to create: the shared factories of tests/factories, bound to the
// e2e database. Add a line here to offer a factory to the journeys.
import type { PrismaClient } from '@/prisma/generated/client';
import { createDiagnostic } from '@/tests/factories';
import { createRegionalProgramme } from '@/tests/factories/regional-event';
import { createCheckInEvent, createCrowdedCheckInEvent } from '@/tests/factories/checkin';
import { createAttestationEvent } from '@/tests/factories/attestations';
import { createFunderDashboardWorld } from '@/tests/factories/funder-dashboard';
import { createSpeakerEvent } from '@/tests/factories/speakers';
import { createGuidedEvent } from '@/tests/factories/guided';
import { createNetworkWorld } from '@/tests/factories/networks';
import { createDraftEvent, createFunder, createHub, createOtherOrganisation, createPastEvent, createRegistrationEvent } from '@/tests/factories/world';

type Rest<F> = F extends (db: PrismaClient, ...rest: infer R) => unknown ? R : never;

function bind<F extends (db: PrismaClient, ...rest: never[]) => unknown>(db: PrismaClient, factory: F) {
  return (...rest: Rest<F>) => factory(db, ...rest) as ReturnType<F>;
}

export function seedTasks(db: PrismaClient) {
  return {
    createHub: bind(db, createHub),
    createOtherOrganisation: bind(db, createOtherOrganisation),
    createFunder: bind(db, createFunder),
    createPastEvent: bind(db, createPastEvent),
    createDraftEvent: bind(db, createDraftEvent),
    createRegistrationEvent: bind(db, createRegistrationEvent),
    createDiagnostic: bind(db, createDiagnostic),
    createRegionalProgramme: bind(db, createRegionalProgramme),
    createCheckInEvent: bind(db, createCheckInEvent),
    createCrowdedCheckInEvent: bind(db, createCrowdedCheckInEvent),
    createAttestationEvent: bind(db, createAttestationEvent),
    createFunderDashboardWorld: bind(db, createFunderDashboardWorld),
    createSpeakerEvent: bind(db, createSpeakerEvent),
    createGuidedEvent: bind(db, createGuidedEvent),
    createNetworkWorld: bind(db, createNetworkWorld),
  };
}
export type SeedTasks = ReturnType<typeof seedTasks>;
