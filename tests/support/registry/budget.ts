// Budget: an outsider tries each action and route on organisation A's event budget.
import { refusals, type RegistryEntry, type Scene } from './kinds';
import { deleteBudgetLineAction, saveBudgetLineAction } from '@/lib/server/actions/budget-lines';
import { addReferenceCostLinesAction, applyInternalBudgetAction } from '@/lib/server/actions/budget-suggestions';
import { GET as exportCsv } from '@/app/(app)/evenements/[id]/budget/export.csv/route';
import { GET as exportXlsx } from '@/app/(app)/evenements/[id]/budget/export.xlsx/route';
import { POST as importBudget } from '@/app/(app)/evenements/[id]/budget/import/route';
import { createBudgetLine } from '@/tests/factories/budget';

const lines = new Map<string, Promise<{ id: string; version: number }>>();

/** One charge paid by A in A's event, created once per scene. */
function lineOf({ db, eventA, orgA }: Scene) {
  let line = lines.get(eventA.id);
  if (!line) {
    line = createBudgetLine(db, { eventId: eventA.id, label: 'Charge A', forecastCents: 50_000, payerOrganisationId: orgA.id });
    lines.set(eventA.id, line);
  }
  return line;
}

async function untouched(scene: Scene) {
  await lineOf(scene);
  const rows = await scene.db.budgetLine.findMany({ where: { eventId: scene.eventA.id }, select: { label: true, forecastCents: true, version: true } });
  if (JSON.stringify(rows) !== JSON.stringify([{ label: 'Charge A', forecastCents: 50_000, version: 1 }])) {
    throw new Error(`A’s budget changed: ${JSON.stringify(rows)}`);
  }
}

const params = (scene: Scene) => ({ params: Promise.resolve({ id: scene.eventA.id }) });

function importRequest(scene: Scene) {
  const body = new FormData();
  body.set('step', 'confirm');
  body.set('mode', 'replace');
  body.set('file', new File(['Type;Catégorie;Libellé;Prévisionnel (€)\r\nCharge;Achats;Pirate;1,00\r\n'], 'budget.csv', { type: 'text/csv' }));
  return new Request(`http://localhost/evenements/${scene.eventA.id}/budget/import`, { method: 'POST', body, headers: { origin: 'http://localhost' } });
}

export const budgetEntries: RegistryEntry[] = [
  {
    kind: 'action',
    name: 'saveBudgetLineAction',
    attempt: async (scene) => {
      const line = await lineOf(scene);
      return saveBudgetLineAction({ eventId: scene.eventA.id, lineId: line.id, version: 1, kind: 'charge', category: 'achats', label: 'Pirate', forecast: '1' });
    },
    unchanged: untouched,
    expect: refusals.event('event.edit'),
  },
  {
    kind: 'action',
    name: 'deleteBudgetLineAction',
    attempt: async (scene) => deleteBudgetLineAction({ eventId: scene.eventA.id, lineId: (await lineOf(scene)).id }),
    unchanged: untouched,
    expect: refusals.event('event.edit'),
  },
  {
    kind: 'action',
    name: 'applyInternalBudgetAction',
    attempt: async (scene) => {
      await lineOf(scene);
      return applyInternalBudgetAction({ eventId: scene.eventA.id });
    },
    unchanged: untouched,
    expect: refusals.event('event.edit'),
  },
  {
    kind: 'action',
    name: 'addReferenceCostLinesAction',
    attempt: async (scene) => {
      await lineOf(scene);
      return addReferenceCostLinesAction({ eventId: scene.eventA.id, participants: 50, referenceIds: ['repas'] });
    },
    unchanged: untouched,
    expect: refusals.event('event.edit'),
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/budget/export.csv/route.ts',
    attempt: (scene) => exportCsv(new Request('http://localhost/export.csv'), params(scene)),
    expect: refusals.event('event.read'),
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/budget/export.xlsx/route.ts',
    attempt: (scene) => exportXlsx(new Request('http://localhost/export.xlsx'), params(scene)),
    expect: refusals.event('event.read'),
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/budget/import/route.ts',
    attempt: async (scene) => {
      await lineOf(scene);
      return importBudget(importRequest(scene), params(scene));
    },
    unchanged: untouched,
    expect: refusals.event('event.edit'),
  },
];
