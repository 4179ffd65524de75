'use server';
import { calendarDaysBetween } from '@/lib/domain/dates';
import { defaultDays } from '@/lib/domain/events/event-days';
import {
  computeMaturityLevel,
  getLevelObjective,
  isMaturityLevel,
  LEVEL_OVERRIDE_ERROR_MESSAGES,
  recommendedFormatIdsFor,
  resolveEffectiveLevel,
} from '@/lib/domain/diagnostic';
import { createEventFromDiagnosticSchema, overrideDiagnosticSchema, saveDiagnosticSchema } from '@/lib/schemas/diagnostic';
import { diagnosticAction, FieldError, orgAction } from '@/lib/server/action';
import { createEventRecord } from '@/lib/server/events/create-event-record';
import { plannedDays } from '@/lib/server/events/record-data';
import { findInReferential } from '@/lib/server/territories/referential';
import { Prisma } from '@/prisma/generated/client';

/**
 * Saves a diagnostic for the current organisation. The level is computed here from the answers,
 * whatever the browser sent, and the territory's name is read back from the referential.
 */
export const saveDiagnosticAction = orgAction(saveDiagnosticSchema, 'diagnostic.write', async ({ input, viewer, membership, tx, revalidate }) => {
  const found = await findInReferential(input.territory.level, input.territory.code);
  if (!found) throw new FieldError('territory', 'Ce territoire est introuvable dans le référentiel. Cherchez-le à nouveau.');
  const answers = { ecosystem: input.ecosystem, events: input.events, engagement: input.engagement };
  const territory = await tx.territory.upsert({
    where: { level_inseeCode: { level: found.level, inseeCode: found.code } },
    create: { level: found.level, inseeCode: found.code, name: found.name },
    update: { name: found.name },
    select: { id: true },
  });
  const diagnostic = await tx.diagnostic.create({
    data: {
      organisationId: membership.organisationId,
      territoryId: territory.id,
      createdById: viewer.user.id,
      ...answers,
      computedLevel: computeMaturityLevel(answers).level,
    },
    select: { id: true, territoryId: true },
  });
  // The anonymous diagnostic kept at sign-up, if any, now has its territory: it no longer waits.
  await tx.organisation.update({ where: { id: membership.organisationId }, data: { pendingDiagnostic: Prisma.DbNull } });
  revalidate('/diagnostic');
  revalidate(`/territoires/${diagnostic.territoryId}`);
  return { id: diagnostic.id };
});

/** Retains another level than the computed one; refused without a reason (lib/domain/diagnostic/override). */
export const overrideDiagnosticLevelAction = diagnosticAction(overrideDiagnosticSchema, 'diagnostic.write', async ({ input, diagnostic, tx, revalidate }) => {
  if (!isMaturityLevel(diagnostic.computedLevel)) throw new Error(`Niveau enregistré invalide : ${diagnostic.computedLevel}`);
  const resolved = resolveEffectiveLevel(diagnostic.computedLevel, { level: input.level, reason: input.reason });
  if (!resolved.ok) {
    throw new FieldError(resolved.error === 'same-level' ? 'level' : 'reason', LEVEL_OVERRIDE_ERROR_MESSAGES[resolved.error]);
  }
  if (resolved.value.source !== 'override') throw new Error('Un changement de niveau attendu.');
  await tx.diagnostic.update({
    where: { id: diagnostic.id, organisationId: diagnostic.organisationId },
    data: { chosenLevel: resolved.value.level, overrideReason: resolved.value.reason },
  });
  revalidate(`/diagnostic/${diagnostic.id}`);
  revalidate(`/territoires/${diagnostic.territoryId}`);
  return { level: resolved.value.level };
});

/**
 * Starts a draft event from a diagnostic, owned by the diagnostic's organisation, on its territory,
 * with the retained level, its objective and the recommended formats as a starting list. Creating
 * an event needs event.create in that organisation.
 */
export const createEventFromDiagnosticAction = diagnosticAction(createEventFromDiagnosticSchema, 'event.create', async ({ input, diagnostic, tx, revalidate }) => {
  const level = diagnostic.chosenLevel ?? diagnostic.computedLevel;
  if (!isMaturityLevel(level)) throw new Error(`Niveau enregistré invalide : ${level}`);
  // The default opening hours on each day of the range, as the event form proposes them.
  const dayCount = input.endDate ? calendarDaysBetween(input.startDate, input.endDate) + 1 : 1;
  const event = await createEventRecord(tx, {
      ownerOrganisationId: diagnostic.organisationId,
      territoryId: diagnostic.territoryId,
      title: input.title,
      days: plannedDays(input.startDate, defaultDays(dayCount)),
      columns: {
        diagnosticId: diagnostic.id,
        level,
        objective: getLevelObjective(level).objective,
        suggestedFormats: [...recommendedFormatIdsFor(level)],
    },
  });
  revalidate('/');
  return { eventId: event.id };
});
