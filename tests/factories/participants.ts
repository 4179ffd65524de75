// Factories for check-in, import and personal-data tests: participants with every flag the
// figures read, and their attendance. (Registrations of the public form: ./registrations.ts.)
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';
import type { AudienceCategory } from '@/lib/domain/registrations/audience-categories';

type Db = Pick<PrismaClient, 'registration' | 'attendance' | 'eventAudience'>;

const unique = () => randomUUID().slice(0, 8);

export function buildParticipant(
  overrides: Partial<{
    name: string;
    email: string;
    organisation: string | null;
    category: AudienceCategory;
    status: 'CONFIRMED' | 'WAITING' | 'CANCELLED';
    rank: number | null;
    isSpeaker: boolean;
    isWalkIn: boolean;
    source: string;
    registeredAt: Date;
    accessibilityNeeds: string | null;
  }> = {},
) {
  const id = unique();
  return {
    name: `Participant·e ${id}`,
    email: `participant-${id}@exemple.fr`,
    organisation: 'Association du quartier',
    category: 'MEDIATEUR' as AudienceCategory,
    status: 'CONFIRMED' as const,
    rank: null,
    isSpeaker: false,
    isWalkIn: false,
    source: 'formulaire',
    registeredAt: new Date('2027-01-20T10:00:00Z'),
    accessibilityNeeds: null,
    ...overrides,
  };
}

export function createParticipant(db: Db, overrides: Parameters<typeof buildParticipant>[0] & { eventId: string }) {
  const { eventId, ...rest } = overrides;
  const tokenHash = createHash('sha256').update(randomBytes(32)).digest('hex');
  return db.registration.create({ data: { ...buildParticipant(rest), eventId, tokenHash, consentAt: new Date() } });
}

export function createAttendance(db: Db, input: { registrationId: string; date: string; status: 'PRESENT' | 'EXCUSED' | 'ABSENT' }) {
  return db.attendance.create({ data: input });
}

export function createAudienceTarget(db: Db, input: { eventId: string; category: AudienceCategory; territoryTotal: number | null }) {
  return db.eventAudience.create({ data: input });
}
