import type { Metadata } from 'next';
import { COMMUNITY_SOURCE_CREDIT } from '@/lib/domain/community';
import { parisDay } from '@/lib/domain/dates';
import { NO_SHOW_THRESHOLD_PERCENT } from '@/lib/domain/registrations/thresholds';
import { getIndicatorBoard } from '@/lib/server/queries/indicators';
import { IndicatorsForm } from './_components/IndicatorsForm';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Données à suivre' };

export default async function IndicatorsPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pageId((await params).id);
  const stages = await getIndicatorBoard(id, parisDay(new Date())).catch(pageError);
  return (
    <section aria-labelledby="donnees-titre" className="flex flex-col gap-4">
      <div>
        <h2 id="donnees-titre" className="text-2xl font-semibold">
          Données à suivre
        </h2>
        <p className="text-slate-700">
          À chaque étape, les chiffres qui disent si la communauté répond. Saisissez ceux de vos outils (envois de mailings,
          réseaux sociaux) ; Trame calcule ceux qu’il connaît.
        </p>
        <ul className="mt-2 list-disc pl-5 text-slate-800">
          <li>Toutes les inscriptions devraient être arrivées à J-10.</li>
          <li>Le no-show (inscrit·es non venu·es) doit rester sous {NO_SHOW_THRESHOLD_PERCENT} %.</li>
        </ul>
        <p className="mt-2 text-sm text-slate-700">{COMMUNITY_SOURCE_CREDIT}</p>
      </div>
      <IndicatorsForm eventId={id} stages={stages} />
    </section>
  );
}
