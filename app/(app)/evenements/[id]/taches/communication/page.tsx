import type { Metadata } from 'next';
import Link from 'next/link';
import { getCommunicationPlan } from '@/lib/server/queries/communication';
import { ACTION_STATUS_LABELS } from '@/lib/schemas/tasks';
import { CommunicationForm } from './_components/CommunicationForm';
import { DefaultPlanButton } from './_components/DefaultPlanButton';
import { StatusForm } from './_components/StatusForm';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Plan de communication' };

export default async function CommunicationPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pageId((await params).id);
  const plan = await getCommunicationPlan(id).catch(pageError);
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="communication-titre" className="flex flex-col gap-4">
        <div>
          <h2 id="communication-titre" className="text-2xl font-semibold">
            Plan de communication
          </h2>
          <p className="text-slate-700">
            Le vademecum RéZolutions numériques prévoit trois mailings : à J-30, J-15 et J-7. Ajoutez les autres canaux :
            réseaux sociaux, presse, affiches et flyers, phoning, partenaires relais.
          </p>
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <div className="rounded-lg bg-white p-5 shadow">
            <h3 className="text-lg font-semibold">Hashtag de l’événement</h3>
            <p className={plan.hashtag ? 'text-xl font-semibold text-brand-800' : 'text-slate-700'}>
              {plan.hashtag ?? 'Aucun hashtag pour le moment : il se renseigne dans la fiche de l’événement.'}
            </p>
          </div>
          <div className="rounded-lg bg-white p-5 shadow">
            <h3 className="text-lg font-semibold">Partenaires à citer</h3>
            {plan.partners.length === 0 ? (
              <p className="text-slate-700">Aucun partenaire enregistré : ils se renseignent dans la fiche de l’événement.</p>
            ) : (
              <ul className="list-disc pl-5">
                {plan.partners.map((partner) => (
                  <li key={partner.id}>
                    {partner.url ? (
                      <a href={partner.url} className="text-brand-700 underline underline-offset-4">
                        {partner.name}
                      </a>
                    ) : (
                      partner.name
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <div className="no-print rounded-lg bg-white p-5 shadow">
          <h3 className="mb-1 text-lg font-semibold">Mailings par défaut</h3>
          <p className="mb-3 text-slate-700">
            {plan.defaultPlanComplete
              ? 'Les mailings J-30, J-15 et J-7 sont dans le plan.'
              : 'Ajoute les mailings J-30, J-15 et J-7 qui manquent, datés depuis le premier jour de l’événement.'}
          </p>
          <DefaultPlanButton eventId={id} complete={plan.defaultPlanComplete} />
        </div>
        <ActionsTable eventId={id} actions={plan.actions} />
      </section>
      <section aria-labelledby="ajout-action-titre" className="no-print rounded-lg bg-white p-5 shadow">
        <h2 id="ajout-action-titre" className="mb-3 text-xl font-semibold">
          Ajouter une action de communication
        </h2>
        <CommunicationForm mode="create" eventId={id} />
      </section>
    </div>
  );
}

function ActionsTable({ eventId, actions }: { eventId: string; actions: Awaited<ReturnType<typeof getCommunicationPlan>>['actions'] }) {
  if (actions.length === 0) {
    return <p className="rounded-lg bg-white p-5 shadow">Aucune action de communication pour le moment.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg bg-white p-5 shadow">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-lg font-semibold">Actions de communication ({actions.length})</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">Date</th>
            <th scope="col" className="py-2 pr-3">Canal</th>
            <th scope="col" className="py-2 pr-3">Action</th>
            <th scope="col" className="py-2 pr-3">Statut</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id} className="border-b border-slate-200 align-top last:border-b-0">
              <td className="py-2 pr-3">
                <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-sm font-semibold">{action.offsetLabel}</span>
                {action.dateLabel}
              </td>
              <td className="py-2 pr-3">{action.channelLabel}</td>
              <th scope="row" className="py-2 pr-3 font-normal">
                <span className={action.status === 'CANCELLED' ? 'text-slate-700 line-through' : 'font-medium'}>{action.title}</span>
                <span className="sr-only"> ({ACTION_STATUS_LABELS[action.status]})</span>{' '}
                <Link
                  href={`/evenements/${eventId}/taches/communication/${action.id}`}
                  aria-label={`Modifier l’action « ${action.title} »`}
                  className="no-print text-sm font-medium text-brand-700 underline underline-offset-4"
                >
                  Modifier
                </Link>
              </th>
              <td className="py-2 pr-3">
                <StatusForm actionId={action.id} title={action.title} status={action.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
