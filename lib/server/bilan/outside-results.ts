import 'server-only';
import { readOutsideAnswers, type OutsideImportProblem } from '@/lib/domain/bilan/outside-import';
import type { OutsideQuote, OutsideScore, OutsideSource } from '@/lib/domain/bilan/outside-results';
import { plural } from '@/lib/domain/format/french';
import { DEFAULT_QUESTIONS } from '@/lib/domain/questionnaire/defaults';
import { storedQuotesSchema, storedScoresSchema } from '@/lib/schemas/outside-results';
import { db, type Tx } from '@/lib/server/db';
import { FieldError } from '@/lib/server/action';
import { notFound } from '@/lib/server/errors';
import { readQuestions } from '@/lib/server/questionnaires/stored';
import { readTable, type SpreadsheetFile } from '@/lib/server/spreadsheets/read-table';

/*
 * Results gathered outside Trame (issue 15.15): typed on the bilan page or imported from a file of
 * answers (one row per respondent, lib/domain/bilan/outside-import.ts). Each source is one row.
 */

type Client = Tx | ReturnType<typeof db>;

export type StoredOutsideSource = OutsideSource & { readonly id: string };

export const OUTSIDE_TYPED = 'saisie';
export const MAX_OUTSIDE_SOURCES = 10;

export async function loadOutsideSources(client: Client, eventId: string): Promise<StoredOutsideSource[]> {
  const rows = await client.outsideResult.findMany({
    where: { eventId },
    select: { id: true, sourceLabel: true, responseCount: true, scores: true, quotes: true, origin: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    sourceLabel: row.sourceLabel,
    responseCount: row.responseCount,
    // Written only through the schemas below; a row that does not read shows no figure rather than a wrong one.
    scores: storedScoresSchema.safeParse(row.scores).data ?? [],
    quotes: storedQuotesSchema.safeParse(row.quotes).data ?? [],
    importedFrom: row.origin === OUTSIDE_TYPED ? null : row.origin,
  }));
}

/** The 1-5 questions of the event's questionnaire (the default ones when it was never prepared). */
export async function scaleQuestionsOf(client: Client, eventId: string): Promise<{ id: string; label: string }[]> {
  const stored = await client.questionnaire.findUnique({ where: { eventId }, select: { questions: true } });
  const questions = stored ? readQuestions(stored.questions) : DEFAULT_QUESTIONS;
  return questions.filter((question) => question.kind === 'scale').map(({ id, label }) => ({ id, label }));
}

type OutsideWrite = {
  eventId: string;
  resultId: string | null;
  sourceLabel: string;
  responseCount: number;
  scores: OutsideScore[];
  quotes: OutsideQuote[];
};

async function assertRoom(tx: Tx, eventId: string) {
  const count = await tx.outsideResult.count({ where: { eventId } });
  if (count >= MAX_OUTSIDE_SOURCES) {
    throw new FieldError('sourceLabel', `${MAX_OUTSIDE_SOURCES} sources au plus : complétez une source existante.`);
  }
}

/** Creates or replaces one typed source. A question of Trame named by id must be a 1-5 one. */
export async function saveOutsideResult(tx: Tx, input: OutsideWrite) {
  const known = new Set((await scaleQuestionsOf(tx, input.eventId)).map((question) => question.id));
  const scores = input.scores.map((score) => ({ ...score, questionId: score.questionId && known.has(score.questionId) ? score.questionId : null }));
  const data = { sourceLabel: input.sourceLabel, responseCount: input.responseCount, scores, quotes: input.quotes };
  if (input.resultId) {
    const updated = await tx.outsideResult.updateMany({ where: { id: input.resultId, eventId: input.eventId }, data: { ...data, origin: OUTSIDE_TYPED } });
    if (updated.count === 0) throw notFound('Cette source');
    return { resultId: input.resultId };
  }
  await assertRoom(tx, input.eventId);
  const created = await tx.outsideResult.create({ data: { ...data, eventId: input.eventId, origin: OUTSIDE_TYPED }, select: { id: true } });
  return { resultId: created.id };
}

export async function deleteOutsideResult(tx: Tx, eventId: string, resultId: string) {
  const deleted = await tx.outsideResult.deleteMany({ where: { id: resultId, eventId } });
  if (deleted.count === 0) throw notFound('Cette source');
  return { resultId };
}

export type OutsideImportOutcome =
  | { ok: true; resultId: string; responseCount: number; scores: number; quotes: number; ignoredColumns: string[]; warnings: string[] }
  | { ok: false; error: string; problems: OutsideImportProblem[] };

/**
 * Reads a file of answers and writes it as one new source, or writes nothing and says every
 * problem with its line. The caller has authorized `event.edit` on the event.
 */
export async function importOutsideAnswers(eventId: string, file: SpreadsheetFile, sourceLabel: string): Promise<OutsideImportOutcome> {
  const read = await readTable(file, { sheets: (names) => names.slice(0, 1) });
  if (!read.ok) return { ok: false, error: read.error, problems: [] };
  const sheet = read.table.sheets[0];
  if (!sheet) return { ok: false, error: 'Ce fichier ne contient aucune feuille lisible.', problems: [] };
  const questions = await scaleQuestionsOf(db(), eventId);
  const parsed = readOutsideAnswers(sheet.header, sheet.rows, questions);
  if (!parsed.ok) {
    return {
      ok: false,
      error: `${plural(parsed.problems.length, { one: 'erreur', other: 'erreurs' })} dans le fichier : rien n’a été importé.`,
      problems: parsed.problems,
    };
  }
  const origin = file.name.slice(0, 200) || 'fichier importé';
  const created = await db().$transaction(async (tx) => {
    await assertRoom(tx, eventId);
    return tx.outsideResult.create({
      data: { eventId, sourceLabel, responseCount: parsed.responseCount, scores: parsed.scores, quotes: parsed.quotes, origin },
      select: { id: true },
    });
  });
  return {
    ok: true,
    resultId: created.id,
    responseCount: parsed.responseCount,
    scores: parsed.scores.length,
    quotes: parsed.quotes.length,
    ignoredColumns: parsed.ignoredColumns,
    warnings: parsed.warnings,
  };
}
