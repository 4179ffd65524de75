import { budgetXlsx } from '@/lib/server/exports/budget-xlsx';
import { getBudgetForExport } from '@/lib/server/queries/budget';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** The budget as an XLSX workbook (Charges, Produits, Synthèse); anyone who may read the event may download it. */
export const GET = eventRoute('event.read', async ({ event }) => {
  const budget = await getBudgetForExport(event.id);
  const xlsx = await budgetXlsx({ title: budget.title, lines: budget.lines, context: { organisations: budget.organisers } });
  return new Response(new Uint8Array(xlsx), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="budget-${budget.slug}.xlsx"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
