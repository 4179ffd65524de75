import 'server-only';
import { randomUUID } from 'node:crypto';
import { mappingProblems, suggestMapping, type ColumnMapping, type ImportSource } from '@/lib/domain/registrations/import-columns';
import { planImport, updateFromImport, type ExistingRegistration, type ImportPlan } from '@/lib/domain/registrations/import-plan';
import { checkImportRows, type ImportCandidate, type ImportProblem } from '@/lib/domain/registrations/import-rows';
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
  /** True when confirming would write every row: no mapping problem, no row in error. */
  ready: boolean;
};

export const PREVIEW_ROWS = 5;
// A file full of errors would make a page of thousands of lines: the first ones are enough to fix it.
const LISTED_PROBLEMS = 200;

export function analyseTable(input: {
  fileName: string;
  table: ImportTable;
  source: ImportSource;
  mapping: ColumnMapping | null;
  existing: readonly ExistingRegistration[];
}): { report: ImportReport; plan: ImportPlan } {
  const { table } = input;
  const mapping = input.mapping ?? suggestMapping(table.headers, input.source);
  const dataRows = table.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const problems = mappingProblems(mapping, table.headers.length);
  if (dataRows.length === 0) problems.push('Le fichier ne contient aucune ligne d’inscription sous la ligne des titres.');
  const check = problems.length === 0 ? checkImportRows(dataRows, mapping) : { candidates: [], errors: [], warnings: [] };
  const plan = planImport(check.candidates, input.existing);
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
      "status", "tokenHash", "consentAt", "source", "registeredAt", "updatedAt")
    SELECT row.id, ${eventId}, row.email, row.name, row.organisation, row.category, row.needs,
      'CONFIRMED'::"RegistrationStatus", row.token, ${nowText}::timestamptz AT TIME ZONE 'UTC', ${`import:${source}`},
      row.registered::timestamptz AT TIME ZONE 'UTC', ${nowText}::timestamptz AT TIME ZONE 'UTC'
    FROM unnest(
      ${column(() => randomUUID())}::text[], ${column((row) => row.email)}::text[], ${column((row) => row.name)}::text[],
      ${column((row) => row.organisation)}::text[], ${column((row) => row.category ?? 'AUTRE')}::text[],
      ${column((row) => row.accessibilityNeeds)}::text[], ${column(() => newToken().tokenHash)}::text[],
      ${column((row) => (row.registeredAt ?? now).toISOString())}::text[]
    ) AS row(id, email, name, organisation, category, needs, token, registered)`;
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
