// Factories of budget lines: plain stored rows, the way the database keeps them (cents, hundredths).
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';
import type { StoredBudgetLineFields } from '@/lib/domain/budget/stored-line';

type Db = Pick<PrismaClient, 'budgetLine'>;

const unique = () => randomUUID().slice(0, 8);

/** A forecast charge of 100 € unless overridden; every optional field empty. */
export function buildBudgetLine(overrides: Partial<StoredBudgetLineFields> = {}): StoredBudgetLineFields {
  return {
    kind: 'CHARGE',
    category: 'achats',
    subCategory: null,
    label: `Ligne ${unique()}`,
    forecastCents: 10_000,
    actualCents: null,
    unplanned: false,
    inKind: false,
    supplier: null,
    funderName: null,
    funderType: null,
    paymentReference: null,
    paymentMonth: null,
    grantReference: null,
    grantAgreementDate: null,
    grantAmountCents: null,
    grantEuCofinanced: false,
    payerOrganisationId: null,
    receiverOrganisationId: null,
    quantityHundredths: null,
    unitPriceCents: null,
    personnelDaysHundredths: null,
    personnelDailyCostCents: null,
    personnelWho: null,
    explanation: null,
    note: null,
    ...overrides,
  };
}

export async function createBudgetLine(db: Db, input: { eventId: string; position?: number } & Partial<StoredBudgetLineFields>) {
  const { eventId, position, ...overrides } = input;
  const last = await db.budgetLine.aggregate({ where: { eventId }, _max: { position: true } });
  return db.budgetLine.create({
    data: { eventId, position: position ?? (last._max.position ?? -1) + 1, ...buildBudgetLine(overrides) },
  });
}
