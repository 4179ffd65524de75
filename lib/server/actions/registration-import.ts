'use server';
import type { z } from 'zod';
import { confirmImportSchema, previewImportSchema } from '@/lib/schemas/registration-import';
import { action, revalidate } from '@/lib/server/action';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { readRegistrationFile } from '@/lib/server/imports/registration-file';
import {
  analyseTable,
  isDuplicateRegistrationError,
  listExistingRegistrations,
  writeImportPlan,
  type ImportReport,
} from '@/lib/server/imports/registration-import';

/** Reads the file and says what an import would do; writes nothing. */
const previewImport = action(previewImportSchema, async (input): Promise<ImportReport> => {
  await requireEventPermission(input.eventId, 'event.edit');
  const table = await readRegistrationFile(input.file);
  const existing = await listExistingRegistrations(db(), input.eventId);
  return analyseTable({ fileName: input.file.name, table, source: input.source, mapping: input.mapping, existing }).report;
});

export type ImportOutcome = { report: ImportReport; written: { created: number; updated: number } | null };

/**
 * All or nothing: the file is read and checked again inside the transaction that writes it (the
 * existing registrations may have changed since the preview). One invalid row and nothing is written.
 */
const confirmImport = action(confirmImportSchema, async (input): Promise<ImportOutcome> => {
  await requireEventPermission(input.eventId, 'event.edit');
  const table = await readRegistrationFile(input.file);
  try {
    const outcome = await db().$transaction(
      async (tx) => {
        const existing = await listExistingRegistrations(tx, input.eventId);
        const { report, plan } = analyseTable({ fileName: input.file.name, table, source: input.source, mapping: input.mapping, existing });
        if (!report.ready) return { report, written: null };
        const written = await writeImportPlan(tx, { eventId: input.eventId, source: input.source, plan, now: new Date() });
        return { report, written };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    if (outcome.written) revalidate(`/evenements/${input.eventId}`, 'layout');
    return outcome;
  } catch (error) {
    if (isDuplicateRegistrationError(error)) {
      throw new SafeError('Une inscription avec une de ces adresses est arrivée pendant l’import : rien n’a été enregistré, relancez l’import.', 'conflict');
    }
    throw error;
  }
});

export async function previewRegistrationImportAction(input: z.input<typeof previewImportSchema>) {
  return previewImport(input);
}

export async function confirmRegistrationImportAction(input: z.input<typeof confirmImportSchema>) {
  return confirmImport(input);
}
