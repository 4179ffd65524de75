import type { Metadata } from 'next';
import { Alert } from '@/components/ui/Alert';
import { getEventFormStart } from '@/lib/server/queries/event-form';
import { EventForm } from '../../nouveau/_components/EventForm';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Modifier l’événement' };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pageId((await params).id);
  const start = await getEventFormStart(id).catch(pageError);
  return (
    <section aria-labelledby="edit-title" className="flex flex-col gap-4">
      <h2 id="edit-title" className="text-2xl font-semibold">
        Modifier la fiche
      </h2>
      {start.consecutiveDays ? null : (
        <Alert>
          Les journées de cet événement ne se suivent pas. Ce formulaire compte les journées à partir du premier jour :
          enregistrer les rendra consécutives. Pour garder des dates séparées, modifiez les journées dans l’onglet Programme.
        </Alert>
      )}
      <EventForm
        target={{ kind: 'edit', eventId: id }}
        values={start.values}
        territoryLabel={start.territoryLabel}
        coOrganiserChoices={start.coOrganiserChoices}
        submitLabel="Enregistrer les modifications"
        daysNote="Changer le premier jour décale aussi le programme (même heure, autant de jours) et les tâches en J-x. Retirer des journées laisse leurs séances hors de l’événement, à replacer."
      />
    </section>
  );
}
