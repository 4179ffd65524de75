import { z } from 'zod';
import { notFound } from '@/lib/server/errors';
import { budgetCsv } from '@/lib/server/exports/budget-csv';
import { getBudgetForExport } from '@/lib/server/queries/budget';
import { routeErrorResponse } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** The budget lines as a CSV for French Excel; anyone who may read the event may download it. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await context.params;
    if (!z.uuid().safeParse(id).success) throw notFound('Cet événement');
    const budget = await getBudgetForExport(id);
    const csv = budgetCsv(budget.lines, { organisations: budget.organisers });
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="budget-${budget.slug}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
