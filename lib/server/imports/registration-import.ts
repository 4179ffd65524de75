import 'server-only';
import { randomUUID } from 'node:crypto';
import { mappingProblems, suggestMapping, type ColumnMapping, type ImportSource } from '@/lib/domain/registrations/import-columns';
import { planImport, updateFromImport, type ExistingRegistration, type ImportPlan } from '@/lib/domain/registrations/import-plan';
import { checkImportRows, type ImportCandidate, type ImportProblem } from '@/lib/domain/registrations/import-rows';
import { guessTicketDays, registrationDays } from '@/lib/domain/registrations/ticket-days';
import type { CalendarDate } from '@/lib/domain/dates';
import type { Tx } from '@/lib/server/db';
import type { ImportTable } from '@/lib/server/imports/registration-file';
import { isUniqueViolation } from '@/lib/server/unique-violation';
import { newToken } from '@/lib/server/tokens';

/** What the wizard shows: the file as read, the mapping used, every problem, what would be written. */
export type ImportReport = {
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  preview: string[][];
  rowCount: number;
  mapping: ColumnMapping;
  mappingProblems: string[];
  errors: ImportProblem[];
  errorCount: number;
  warnings: ImportProblem[];
  warningCount: number;
  toCreate: number;
  toUpdate: number;
  /** The event's days, for the ticket mapping. */
  eventDays: CalendarDate[];
  /** One row per distinct ticket (« Pass jeudi »…) with the days it gives; empty without a ticket column. */
  tickets: TicketMapping[];
  /** Refunded or cancelled tickets, left out. */
  cancelled: Array<{ line: number; name: string; ticket: string | null; status: string }>;
  cancelledCount: number;
  /** Rows merged with an earlier ticket of the same person. */
  mergedCount: number;
  /** People expected on each day once imported (this file only). */
  expectedByDay: Array<{ day: CalendarDate; count: number }>;
  /** True when confirming would write every row: no mapping problem, no row in error, every ticket has its days. */
  ready: boolean;
};

export type TicketMapping = {
  label: string;
  /** Valid tickets of this kind in the file. */
  count: number;
  /** The days from the coordinator's choice, else from the guess; empty: still to choose. */
  days: CalendarDate[];
  guessed: boolean;
};

/** The coordinator's choice of days per ticket label, as sent with the upload. */
export type TicketDaysChoice = Record<string, readonly string[]>;

function ticketMappings(labels: readonly string[], eventDays: readonly CalendarDate[], chosen: TicketDaysChoice | null): TicketMapping[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].map(([label, count]) => {
    const choice = chosen?.[label];
    if (choice !== undefined) return { label, count, days: eventDays.filter((day) => choice.includes(day)), guessed: false };
    const guess = guessTicketDays(label, eventDays);
    return { label, count, days: guess.days, guessed: guess.kind === 'guessed' };
  });
}

export const PREVIEW_ROWS = 5;
// A file full of errors would make a page of thousands of lines: the first ones are enough to fix it.
const LISTED_PROBLEMS = 200;

export function analyseTable(input: {
  fileName: string;
  table: ImportTable;
  source: ImportSource;
  mapping: ColumnMapping | null;
  existing: readonly ExistingRegistration[];
  /** The event's days (listEventDays); needed only to map tickets to days. */
  eventDays?: readonly CalendarDate[];
  ticketDays?: TicketDaysChoice | null;
}): { report: ImportReport; plan: ImportPlan } {
  const { table } = input;
  const eventDays = input.eventDays ?? [];
  const mapping = input.mapping ?? suggestMapping(table.headers, input.source);
  const dataRows = table.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const problems = mappingProblems(mapping, table.headers.length);
  if (dataRows.length === 0) problems.push('Le fichier ne contient aucune ligne d’inscription sous la ligne des titres.');
  const check = problems.length === 0 ? checkImportRows(dataRows, mapping) : { candidates: [], errors: [], warnings: [], cancelled: [], merged: 0 };
  const tickets = mapping.ticket === null ? [] : ticketMappings(check.candidates.flatMap((c) => c.tickets), eventDays, input.ticketDays ?? null);
  const daysOf = new Map(tickets.map((ticket) => [ticket.label, ticket.days]));
  const candidates = mapping.ticket === null
    ? check.candidates
    : check.candidates.map((candidate) => ({ ...candidate, days: registrationDays(candidate.tickets.map((label) => daysOf.get(label) ?? []), eventDays) }));
  for (const ticket of tickets) {
    if (ticket.days.length === 0) problems.push(`Choisissez le ou les jours du tarif « ${ticket.label} ».`);
  }
  const plan = planImport(candidates, input.existing);
  const expectedByDay = eventDays.map((day) => ({
    day,
    count: candidates.filter((candidate) => !candidate.days || candidate.days.length === 0 || candidate.days.includes(day)).length,
  }));
  const report: ImportReport = {
    fileName: input.fileName,
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    headers: table.headers,
    preview: dataRows.slice(0, PREVIEW_ROWS).map((row) => table.headers.map((_, index) => row.cells[index] ?? '')),
    rowCount: dataRows.length,
    mapping,
    mappingProblems: problems,
    errors: check.errors.slice(0, LISTED_PROBLEMS),
    errorCount: check.errors.length,
    warnings: check.warnings.slice(0, LISTED_PROBLEMS),
    warningCount: check.warnings.length,
    toCreate: plan.create.length,
    toUpdate: plan.update.length,
    eventDays: [...eventDays],
    tickets,
    cancelled: check.cancelled.slice(0, LISTED_PROBLEMS),
    cancelledCount: check.cancelled.length,
    mergedCount: check.merged,
    expectedByDay,
    ready: problems.length === 0 && check.errors.length === 0 && check.candidates.length > 0,
  };
  return { report, plan };
}

export function listExistingRegistrations(tx: Pick<Tx, 'registration'>, eventId: string): Promise<ExistingRegistration[]> {
  return tx.registration.findMany({ where: { eventId }, select: { id: true, email: true } });
}

/**
 * One INSERT for every new row, its columns sent as arrays: Prisma's createMany spends about
 * ten times longer turning 10 000 objects into statements (see bench/import.ts). Instants go
 * as ISO text read in UTC, as Prisma stores them; id and updatedAt are Prisma-side defaults.
 */
async function insertRegistrations(tx: Tx, eventId: string, source: ImportSource, rows: readonly ImportCandidate[], now: Date) {
  if (rows.length === 0) return;
  const column = <T>(pick: (row: ImportCandidate) => T) => rows.map(pick);
  const nowText = now.toISOString();
  await tx.$executeRaw`
    INSERT INTO "Registration" ("id", "eventId", "email", "name", "organisation", "category", "accessibilityNeeds",
      "status", "tokenHash", "consentAt", "source", "registeredAt", "updatedAt", "days")
    SELECT row.id, ${eventId}, row.email, row.name, row.organisation, row.category, row.needs,
      'CONFIRMED'::"RegistrationStatus", row.token, ${nowText}::timestamptz AT TIME ZONE 'UTC', ${`import:${source}`},
      row.registered::timestamptz AT TIME ZONE 'UTC', ${nowText}::timestamptz AT TIME ZONE 'UTC',
      CASE WHEN row.days = '' THEN ARRAY[]::text[] ELSE string_to_array(row.days, ',') END
    FROM unnest(
      ${column(() => randomUUID())}::text[], ${column((row) => row.email)}::text[], ${column((row) => row.name)}::text[],
      ${column((row) => row.organisation)}::text[], ${column((row) => row.category ?? 'AUTRE')}::text[],
      ${column((row) => row.accessibilityNeeds)}::text[], ${column(() => newToken().tokenHash)}::text[],
      ${column((row) => (row.registeredAt ?? now).toISOString())}::text[],
      ${column((row) => (row.days ?? []).join(','))}::text[]
    ) AS row(id, email, name, organisation, category, needs, token, registered, days)`;
}

/**
 * Writes a checked plan. Imported people are confirmed whatever the capacity: the ticketing tool
 * already gave them their seat and collected their consent (consentAt = the import).
 */
export async function writeImportPlan(tx: Tx, input: { eventId: string; source: ImportSource; plan: ImportPlan; now: Date }) {
  const { eventId, source, plan, now } = input;
  await insertRegistrations(tx, eventId, source, plan.create, now);
  for (const { id, candidate } of plan.update) {
    await tx.registration.update({ where: { id }, data: updateFromImport(candidate) });
  }
  return { created: plan.create.length, updated: plan.update.length };
}

/** A unique violation, from Prisma's own queries (P2002) or from the raw INSERT above (P2010). */
export function isDuplicateRegistrationError(error: unknown): boolean {
  if (isUniqueViolation(error)) return true;
  if (typeof error !== 'object' || error === null || !('code' in error) || error.code !== 'P2010') return false;
  const meta = 'meta' in error ? (error.meta as { driverAdapterError?: { cause?: { kind?: string } } } | undefined) : undefined;
  return meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation';
}
