'use server';
import { confirmImportSchema, previewImportSchema } from '@/lib/schemas/registration-import';
import { eventAction } from '@/lib/server/action';
import { SafeError } from '@/lib/server/errors';
import { readRegistrationFile } from '@/lib/server/imports/registration-file';
import { listEventDays } from '@/lib/server/participants/event-day';
import {
  analyseTable,
  isDuplicateRegistrationError,
  listExistingRegistrations,
  writeImportPlan,
  type ImportReport,
} from '@/lib/server/imports/registration-import';

/** Reads the file and says what an import would do; writes nothing. */
export const previewRegistrationImportAction = eventAction(
  previewImportSchema,
  'event.edit',
  async ({ input, tx }): Promise<ImportReport> => {
    const table = await readRegistrationFile(input.file);
    const [existing, eventDays] = await Promise.all([listExistingRegistrations(tx, input.eventId), listEventDays(tx, input.eventId)]);
    const { mapping, ticketDays } = input;
    return analyseTable({ fileName: input.file.name, table, source: input.source, mapping, ticketDays, existing, eventDays }).report;
  },
  // Reads only: decoding a 2 MB file must not hold a connection in an open transaction.
  { transaction: false },
);

export type ImportOutcome = { report: ImportReport; written: { created: number; updated: number } | null };

/** The import's transaction: a 2 MB file makes thousands of rows (120 s at most, 10 s to get a connection). */
const IMPORT_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/**
 * All or nothing: the file is read and checked again inside the transaction that writes it (the
 * existing registrations may have changed since the preview). One invalid row and nothing is written.
 */
export const confirmRegistrationImportAction = eventAction(
  confirmImportSchema,
  'event.edit',
  async ({ input, tx, revalidate }): Promise<ImportOutcome> => {
    const table = await readRegistrationFile(input.file);
    try {
      const existing = await listExistingRegistrations(tx, input.eventId);
      const eventDays = await listEventDays(tx, input.eventId);
      const { mapping, ticketDays } = input;
      const { report, plan } = analyseTable({ fileName: input.file.name, table, source: input.source, mapping, ticketDays, existing, eventDays });
      if (!report.ready) return { report, written: null };
      const written = await writeImportPlan(tx, { eventId: input.eventId, source: input.source, plan, now: new Date() });
      revalidate(`/evenements/${input.eventId}`, 'layout');
      return { report, written };
    } catch (error) {
      if (isDuplicateRegistrationError(error)) {
        throw new SafeError('Une inscription avec une de ces adresses est arrivée pendant l’import : rien n’a été enregistré, relancez l’import.', 'conflict');
      }
      throw error;
    }
  },
  { transaction: IMPORT_TRANSACTION },
);
