'use server';
import { referenceCostsInBudget, requiresExplanation, suggestInternalBudgetLines, suggestReferenceCostLines } from '@/lib/domain/budget';
import { toStoredLine } from '@/lib/domain/budget/stored-line';
import { addReferenceCostsSchema, applyInternalBudgetSchema } from '@/lib/schemas/budget';
import { eventAction, FieldError } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';
import { loadBudgetLines, loadBudgetOrganisers } from '@/lib/server/queries/budget';

/* A budget interne is computed, so its gap is explained by construction: the rule of 15 % still asks for words. */
const INTERNAL_BUDGET_EXPLANATION =
  'Budget interne calculé : ce que le co-organisateur a payé moins ce qu’il a reçu. Son écart suit ceux de ses charges et produits.';

async function nextPosition(tx: Tx, eventId: string): Promise<number> {
  const last = await tx.budgetLine.aggregate({ where: { eventId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

/**
 * Writes each co-organiser's budget interne as computed from the current lines, in one
 * transaction: the first existing line is updated, the others removed, a missing one created.
 */
export const applyInternalBudgetAction = eventAction(applyInternalBudgetSchema, 'event.edit', async ({ input: { eventId }, tx, revalidate }) => {
  // Serialises concurrent applications on the same event: both would otherwise add a line.
  await tx.$executeRaw`SELECT 1 FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  // In turn: one transaction is one connection (node-postgres warns on concurrent queries).
  const lines = await loadBudgetLines(tx, eventId);
  const { organisers } = await loadBudgetOrganisers(tx, eventId);
  const nameOf = (id: string) => organisers.find((o) => o.id === id)?.name ?? 'co-organisateur';
  const suggestions = suggestInternalBudgetLines(lines, (id) => `Budget interne — ${nameOf(id)}`);
  let position = await nextPosition(tx, eventId);
  let changed = 0;
  for (const suggestion of suggestions.filter((s) => s.changed)) {
    changed += 1;
    const [keep, ...others] = suggestion.replacesLineIds;
    if (others.length > 0) await tx.budgetLine.deleteMany({ where: { eventId, id: { in: others } } });
    if (!suggestion.line) {
      if (keep) await tx.budgetLine.deleteMany({ where: { eventId, id: keep } });
      continue;
    }
    const line = suggestion.line;
    const data = toStoredLine({ ...line, explanation: line.explanation ?? (requiresExplanation(line) ? INTERNAL_BUDGET_EXPLANATION : null) });
    if (keep) {
      await tx.budgetLine.update({ where: { id: keep, eventId }, data: { ...data, version: { increment: 1 } } });
    } else {
      await tx.budgetLine.create({ data: { ...data, eventId, position } });
      position += 1;
    }
  }
  revalidate(`/evenements/${eventId}/budget`);
  return { changed };
});

/**
 * Adds the chosen reference costs, scaled to the expected participants, as forecast lines. Those
 * already in the budget are skipped (referenceCostsInBudget): a second click adds nothing.
 */
export const addReferenceCostLinesAction = eventAction(addReferenceCostsSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  if (input.payerOrganisationId) {
    const { organisers } = await loadBudgetOrganisers(tx, input.eventId);
    if (!organisers.some((o) => o.id === input.payerOrganisationId)) {
      throw new FieldError('payerOrganisationId', 'Choisissez un co-organisateur de l’événement.');
    }
  }
  // Serialises two clicks in a row: the second one sees the lines of the first.
  await tx.$executeRaw`SELECT 1 FROM "Event" WHERE id = ${input.eventId} FOR UPDATE`;
  const present = new Set<string>(referenceCostsInBudget(await loadBudgetLines(tx, input.eventId)));
  const chosen = new Set<string>(input.referenceIds);
  const suggestions = suggestReferenceCostLines(input.participants).filter((suggestion) => chosen.has(suggestion.referenceId));
  const lines = suggestions
    .filter((suggestion) => !present.has(suggestion.referenceId))
    .map((suggestion) => ({ ...suggestion.line, payerOrganisationId: input.payerOrganisationId || null }));
  const skipped = suggestions.filter((suggestion) => present.has(suggestion.referenceId)).map((suggestion) => suggestion.referenceId);
  const start = await nextPosition(tx, input.eventId);
  await tx.budgetLine.createMany({
    data: lines.map((line, index) => ({ ...toStoredLine(line), eventId: input.eventId, position: start + index })),
  });
  revalidate(`/evenements/${input.eventId}/budget`);
  return { created: lines.length, skipped };
});
