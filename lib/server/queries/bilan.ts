import 'server-only';
import { snapshotsDiffer } from '@/lib/domain/bilan/compare';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { requireEventPermission } from '@/lib/server/authz';
import { SafeError } from '@/lib/server/errors';
import { computeEventBilan } from '@/lib/server/bilan/load';
import { loadOutsideSources, scaleQuestionsOf, type StoredOutsideSource } from '@/lib/server/bilan/outside-results';
import { readQuestionnaireSummary } from '@/lib/server/bilan/questionnaire';
import { BILAN_TEXTS_SELECT, type StoredBilanTexts } from '@/lib/server/bilan/texts';
import { db } from '@/lib/server/db';
import { earlyConfirmation } from '@/lib/server/queries/lifecycle';

export type BilanVersionRow = { number: number; validatedAt: Date; validatedBy: string };

export type BilanPage = {
  eventId: string;
  /** The bilan as it would be validated now. */
  snapshot: BilanSnapshot;
  /** The saved texts (null before the first save) and the version an edit starts from. */
  texts: StoredBilanTexts | null;
  versions: BilanVersionRow[];
  /** The last validated version's number when today's figures or texts differ from it. */
  changedSince: number | null;
  canEdit: boolean;
  canValidate: boolean;
  /** Before the event's end: the label of the box that confirms validating early (lib/domain/lifecycle/timing). */
  earlyConfirmation: string | null;
  /** Results gathered outside Trame, one per source, to edit; and the 1-5 questions they may match. */
  outsideSources: StoredOutsideSource[];
  scaleQuestions: Array<{ id: string; label: string }>;
};

/** The bilan page: the live computation, the texts to edit and the validated versions. */
export async function getBilanPage(eventId: string, now = new Date()): Promise<BilanPage> {
  await requireEventPermission(eventId, 'event.read');
  const questionnaire = await readQuestionnaireSummary(eventId);
  const [snapshot, texts, versions] = await Promise.all([
    computeEventBilan(db(), eventId, questionnaire, now),
    db().bilan.findUnique({ where: { eventId }, select: BILAN_TEXTS_SELECT }),
    db().bilanVersion.findMany({
      where: { eventId },
      orderBy: { number: 'desc' },
      select: { number: true, validatedAt: true, validatedBy: { select: { name: true } } },
    }),
  ]);
  const last = versions[0]
    ? await db().bilanVersion.findUnique({ where: { eventId_number: { eventId, number: versions[0].number } }, select: { number: true, snapshot: true } })
    : null;
  const [canEdit, canValidate] = await Promise.all([allowed(eventId, 'event.edit'), allowed(eventId, 'event.publish')]);
  const outsideSources = await loadOutsideSources(db(), eventId);
  const scaleQuestions = await scaleQuestionsOf(db(), eventId);
  const early = await earlyConfirmation(db(), eventId, 'bilan', now);
  return {
    eventId,
    snapshot,
    texts,
    versions: versions.map((v) => ({ number: v.number, validatedAt: v.validatedAt, validatedBy: v.validatedBy.name })),
    changedSince: last && snapshotsDiffer(snapshot, last.snapshot as unknown as BilanSnapshot) ? last.number : null,
    canEdit,
    canValidate,
    earlyConfirmation: early,
    outsideSources,
    scaleQuestions,
  };
}

/** Whether the viewer may also do this on the event: a refusal is an answer, anything else is a fault. */
function allowed(eventId: string, permission: 'event.edit' | 'event.publish'): Promise<boolean> {
  return requireEventPermission(eventId, permission).then(
    () => true,
    (error: unknown) => {
      if (error instanceof SafeError) return false;
      throw error;
    },
  );
}
