import type { Metadata } from 'next';
import { z } from 'zod';
import { Alert } from '@/components/ui/Alert';
import { can } from '@/lib/domain/access/permissions';
import { getEventTemplate, isEventTemplateId } from '@/lib/domain/events/templates';
import { isFunder, requireViewer } from '@/lib/server/authz';
import { blankEventFormValues, templateEventFormValues } from '@/lib/schemas/event';
import { getCreationStart, getDuplicationStart } from '@/lib/server/queries/event-form';
import { listEventsOfCurrentOrganisation } from '@/lib/server/queries/events';
import { EventForm } from './_components/EventForm';
import { StartChoices } from './_components/StartChoices';
import { TemplateProgramme } from './_components/TemplateProgramme';
import { plural } from '@/lib/domain/format/french';
import { pageError } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Nouvel événement' };

const searchSchema = z.object({ modele: z.string().optional().catch(undefined), dupliquer: z.uuid().optional().catch(undefined) });

export default async function NewEventPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const heading = <h1 className="text-3xl font-bold">Nouvel événement</h1>;
  if (!can(viewer.current.role, 'event.create', { funder: isFunder(viewer.current) })) {
    return (
      <div className="flex flex-col gap-4">
        {heading}
        <Alert>Votre rôle dans {viewer.current.organisationName} ne permet pas de créer un événement.</Alert>
      </div>
    );
  }
  const search = searchSchema.parse(await searchParams);
  const [{ coOrganiserChoices }, events] = await Promise.all([getCreationStart(), listEventsOfCurrentOrganisation()]);
  const sourceId = search.dupliquer;
  const template = isEventTemplateId(search.modele) ? getEventTemplate(search.modele) : null;
  const duplication = sourceId
    ? await getDuplicationStart(sourceId).catch(pageError)
    : null;

  const start = duplication ?? { values: template ? templateEventFormValues(template) : blankEventFormValues(), territoryLabel: null, coOrganiserChoices, consecutiveDays: true };
  const key = sourceId ? `dupliquer-${sourceId}` : (template?.id ?? 'vierge');
  return (
    <div className="flex flex-col gap-8">
      <header>
        {heading}
        <p className="mt-1 text-slate-700">L’événement est créé en brouillon pour {viewer.current.organisationName}.</p>
      </header>
      <StartChoices
        selected={sourceId ? { kind: 'duplicate', id: sourceId } : template ? { kind: 'template', id: template.id } : { kind: 'blank' }}
        events={events}
      />
      <section aria-labelledby="record-title" className="flex flex-col gap-4">
        <h2 id="record-title" className="text-2xl font-semibold">
          {duplication ? `Nouvelle édition de « ${duplication.source.title} »` : template ? `Modèle « ${template.name} »` : 'Fiche de l’événement'}
        </h2>
        {duplication ? (
          <Alert>
            Seront repris, décalés au nouveau premier jour : {plural(duplication.source.rooms, { one: 'salle', other: 'salles' })},{' '}
            {plural(duplication.source.sessions, { one: 'session', other: 'sessions' })} avec leurs intervenant·es,{' '}
            {plural(duplication.source.budgetLines, { one: 'ligne', other: 'lignes' })} de budget prévisionnel et{' '}
            {plural(duplication.source.tasks, { one: 'tâche', other: 'tâches' })} (à refaire). Les inscriptions et les montants réalisés restent sur l’événement d’origine.
          </Alert>
        ) : null}
        {template ? (
          <>
            <p className="text-slate-700">
              La fiche est pré-remplie d’après : {template.source}. Vérifiez chaque champ et choisissez la date.
            </p>
            <TemplateProgramme template={template} />
          </>
        ) : null}
        <EventForm
          key={key}
          target={sourceId ? { kind: 'duplicate', sourceEventId: sourceId } : { kind: 'create' }}
          values={start.values}
          territoryLabel={start.territoryLabel}
          coOrganiserChoices={start.coOrganiserChoices}
          submitLabel={duplication ? 'Créer la nouvelle édition' : 'Créer l’événement'}
          daysNote={duplication ? 'Choisissez le nouveau premier jour : le programme et les tâches glissent d’autant de jours.' : undefined}
        />
      </section>
    </div>
  );
}
