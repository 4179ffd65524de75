import type { Metadata } from 'next';
import Link from 'next/link';
import { getAddParticipantForm } from '@/lib/server/queries/participant-record';
import { pageError, pageId } from '@/lib/server/page-data';
import { AddParticipantForm } from '../_components/AddParticipantForm';

export const metadata: Metadata = { title: 'Ajouter un participant' };

export default async function AddParticipantPage(props: { params: Promise<{ id: string }> }) {
  const id = pageId((await props.params).id);
  const { event, sessions } = await getAddParticipantForm(id).catch(pageError);
  return (
    <section aria-labelledby="add-title" className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow sm:p-6">
      <p>
        <Link href={`/evenements/${id}/participants`} className="font-medium text-brand-700 underline underline-offset-4">
          Retour à la liste des participant·es
        </Link>
      </p>
      <h2 id="add-title" className="text-2xl font-semibold">
        Ajouter un participant
      </h2>
      <p className="text-slate-800">
        La personne est inscrite par l’organisation, sans passer par le formulaire public.
        {event.over ? ' L’événement a eu lieu : vous pourrez ensuite saisir sa présence jour par jour.' : ''}
      </p>
      <AddParticipantForm
        eventId={id}
        days={event.days}
        sessions={sessions}
        over={event.over}
        defaultNotify={event.defaultNotify}
        full={event.full}
        capacity={event.capacity}
      />
    </section>
  );
}
