import { budgetCsv } from '@/lib/server/exports/budget-csv';
import { getBudgetForExport } from '@/lib/server/queries/budget';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** The budget lines as a CSV for French Excel; anyone who may read the event may download it. */
export const GET = eventRoute('event.read', async ({ event }) => {
  const budget = await getBudgetForExport(event.id);
  const csv = budgetCsv(budget.lines, { organisations: budget.organisers });
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="budget-${budget.slug}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
