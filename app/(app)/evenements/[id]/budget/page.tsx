import type { Metadata } from 'next';
import { referenceCostsInBudget } from '@/lib/domain/budget';
import { getBudget } from '@/lib/server/queries/budget';
import { BudgetOverview } from './_components/BudgetOverview';
import { ChargesByCategory } from './_components/ChargesByCategory';
import { FunderShares } from './_components/FunderShares';
import { ImportExport } from './_components/ImportExport';
import { InternalBudgets } from './_components/InternalBudgets';
import { LinesTable } from './_components/LinesTable';
import { ReferenceCosts } from './_components/ReferenceCosts';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Budget' };

export default async function BudgetPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pageId((await params).id);
  const budget = await getBudget(id).catch(pageError);
  const tableProps = { eventId: budget.eventId, organisers: budget.organisers, canEdit: budget.canEdit };
  const main = budget.lines.filter((line) => !line.inKind);
  const inKind = budget.lines.filter((line) => line.inKind);
  return (
    <div className="flex flex-col gap-10">
      {budget.canEdit ? null : (
        <p className="rounded-md bg-slate-100 p-3 text-slate-800">Vous consultez ce budget en lecture seule.</p>
      )}
      <BudgetOverview lines={budget.lines} participantMax={budget.participantMax} presentParticipants={budget.presentParticipants} />
      <section aria-labelledby="lignes-title" className="flex flex-col gap-4">
        <h2 id="lignes-title" className="text-2xl font-semibold">
          Charges et produits
        </h2>
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <LinesTable {...tableProps} kind="charge" inKind={false} lines={main.filter((line) => line.kind === 'charge')} />
          <LinesTable {...tableProps} kind="produit" inKind={false} lines={main.filter((line) => line.kind === 'produit')} />
        </div>
      </section>
      <section aria-labelledby="nature-title" className="flex flex-col gap-4">
        <h2 id="nature-title" className="text-2xl font-semibold">
          Contributions volontaires en nature
        </h2>
        <p className="max-w-3xl text-slate-700">
          Bénévolat, locaux prêtés, prestations offertes : valorisés au compte rendu financier (86 et 87), ils restent à part et
          n’entrent pas dans les totaux ni dans l’équilibre du budget.
        </p>
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <LinesTable {...tableProps} kind="charge" inKind lines={inKind.filter((line) => line.kind === 'charge')} />
          <LinesTable {...tableProps} kind="produit" inKind lines={inKind.filter((line) => line.kind === 'produit')} />
        </div>
      </section>
      <InternalBudgets eventId={budget.eventId} lines={budget.lines} organisers={budget.organisers} canEdit={budget.canEdit} />
      <FunderShares lines={budget.lines} />
      <ChargesByCategory lines={budget.lines} />
      {budget.canEdit ? (
        <ReferenceCosts eventId={budget.eventId} organisers={budget.organisers} defaultParticipants={budget.participantMax ?? 100} present={referenceCostsInBudget(budget.lines)} />
      ) : null}
      <ImportExport eventId={budget.eventId} canEdit={budget.canEdit} />
    </div>
  );
}
