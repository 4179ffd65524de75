// Factories of the tasks and communication plan of an event.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';

type Db = Pick<PrismaClient, 'task' | 'communicationAction' | 'indicatorValue'>;
type Stage = 'IDENTIFIER' | 'MOBILISER' | 'ENGAGER' | 'FIDELISER';
type Phase = 'AVANT' | 'PENDANT' | 'APRES';

const unique = () => randomUUID().slice(0, 8);

/** A hand-made task (key null) at a fixed date unless an offset is given. */
export function buildTask(
  overrides: Partial<{
    key: string | null;
    title: string;
    stage: Stage;
    phase: Phase;
    offsetDays: number | null;
    dueDate: string;
    done: boolean;
    assigneeOrganisationId: string | null;
    assigneeUserId: string | null;
  }> = {},
) {
  return {
    key: null,
    title: `Tâche ${unique()}`,
    stage: 'MOBILISER' as Stage,
    phase: 'AVANT' as Phase,
    offsetDays: null,
    dueDate: '2027-01-15',
    done: false,
    ...overrides,
  };
}

export function createTask(db: Db, input: { eventId: string } & Parameters<typeof buildTask>[0]) {
  const { eventId, ...overrides } = input;
  return db.task.create({ data: { eventId, ...buildTask(overrides) } });
}

export function createCommunicationAction(
  db: Db,
  input: {
    eventId: string;
    channel?: string;
    title?: string;
    offsetDays?: number | null;
    date?: string;
    status?: 'PLANNED' | 'DONE' | 'CANCELLED';
  },
) {
  return db.communicationAction.create({
    data: { channel: 'RESEAUX_SOCIAUX', title: `Publication ${unique()}`, offsetDays: null, date: '2027-01-20', status: 'PLANNED', ...input },
  });
}

export function createIndicatorValue(db: Db, input: { eventId: string; key: string; value: number }) {
  return db.indicatorValue.create({ data: input });
}
