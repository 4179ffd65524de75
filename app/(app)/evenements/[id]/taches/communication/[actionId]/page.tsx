import type { Metadata } from 'next';
import Link from 'next/link';
import { getCommunicationActionForEdit } from '@/lib/server/queries/communication';
import { DeleteButton } from '../../_components/DeleteButton';
import { CommunicationForm } from '../_components/CommunicationForm';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Modifier une action de communication' };

export default async function EditCommunicationActionPage({ params }: { params: Promise<{ id: string; actionId: string }> }) {
  const { id, actionId } = await params;
  pageId(id);
  pageId(actionId);
  const action = await getCommunicationActionForEdit(id, actionId).catch(pageError);
  const planPath = `/evenements/${id}/taches/communication`;
  return (
    <section aria-labelledby="modifier-action-titre" className="flex flex-col gap-4">
      <p>
        <Link href={planPath} className="font-medium text-brand-700 underline underline-offset-4">
          ← Retour au plan de communication
        </Link>
      </p>
      <div className="rounded-lg bg-white p-5 shadow">
        <h2 id="modifier-action-titre" className="mb-1 text-2xl font-semibold">
          Modifier l’action de communication
        </h2>
        <p className="mb-4 text-slate-700">
          Date actuelle : {action.offsetLabel}, {action.dateLabel}.
        </p>
        <CommunicationForm
          mode="edit"
          eventId={id}
          actionId={action.id}
          defaultValues={{
            title: action.title,
            channel: action.channel,
            status: action.status,
            schedule: action.offsetDays === null ? 'date' : 'offset',
            offset: action.offsetDays === null ? '' : action.offsetLabel,
            date: action.offsetDays === null ? action.date : '',
          }}
        />
      </div>
      <div className="rounded-lg bg-white p-5 shadow">
        <h2 className="mb-2 text-xl font-semibold">Supprimer l’action</h2>
        <DeleteButton kind="communication" id={action.id} title={action.title} backPath={planPath} />
      </div>
    </section>
  );
}
