import Form from 'next/form';
import Link from 'next/link';
import { inputClass } from '@/components/ui/Field';
import { formatDateRange } from '@/lib/domain/dates';
import { listEventTemplates } from '@/lib/domain/events/templates';

export type StartChoice = { kind: 'blank' } | { kind: 'template'; id: string } | { kind: 'duplicate'; id: string };

const cardClass = 'flex h-full flex-col gap-1 rounded-lg border-2 bg-white p-4 shadow-sm';
const linkClass = 'font-semibold text-brand-700 underline underline-offset-4';

/** Where a new event starts from: a blank record, a template, a diagnostic, or a past event. */
export function StartChoices(props: {
  selected: StartChoice;
  events: readonly { id: string; title: string; startsAt: Date; endsAt: Date }[];
}) {
  const isSelected = (choice: StartChoice) =>
    choice.kind === props.selected.kind && (!('id' in choice) || ('id' in props.selected && choice.id === props.selected.id));
  const border = (choice: StartChoice) => (isSelected(choice) ? 'border-brand-700' : 'border-transparent');
  return (
    <section aria-labelledby="start-title" className="flex flex-col gap-3">
      <h2 id="start-title" className="text-2xl font-semibold">
        Point de départ
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <li className={`${cardClass} ${border({ kind: 'blank' })}`}>
          <Link href="/evenements/nouveau" aria-current={isSelected({ kind: 'blank' }) ? 'true' : undefined} className={linkClass}>
            Fiche vierge
          </Link>
          <p className="text-sm text-slate-700">Tout remplir soi-même.</p>
        </li>
        {listEventTemplates().map((template) => {
          const choice = { kind: 'template', id: template.id } as const;
          return (
            <li key={template.id} className={`${cardClass} ${border(choice)}`}>
              <Link
                href={`/evenements/nouveau?modele=${template.id}`}
                aria-current={isSelected(choice) ? 'true' : undefined}
                className={linkClass}
              >
                Modèle « {template.name} »
              </Link>
              <p className="text-sm text-slate-700">{template.summary}</p>
            </li>
          );
        })}
      </ul>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="rounded-lg bg-white p-4 shadow-sm">
          <Link href="/diagnostic" className={linkClass}>
            À partir d’un diagnostic du territoire
          </Link>
          <p className="text-sm text-slate-700">L’événement reprend le niveau retenu, son objectif et les formats recommandés.</p>
        </div>
        {props.events.length > 0 ? (
          <Form
            action="/evenements/nouveau"
            className={`rounded-lg border-2 bg-white p-4 shadow-sm ${props.selected.kind === 'duplicate' ? 'border-brand-700' : 'border-transparent'}`}
          >
            <label htmlFor="start-duplicate" className="font-semibold">
              Nouvelle édition d’un événement passé
            </label>
            <p id="start-duplicate-hint" className="text-sm text-slate-700">
              Programme, budget prévisionnel et tâches sont repris et décalés à la nouvelle date.
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              <select
                id="start-duplicate"
                name="dupliquer"
                aria-describedby="start-duplicate-hint"
                defaultValue={props.selected.kind === 'duplicate' ? props.selected.id : undefined}
                className={`${inputClass} max-w-md flex-1`}
              >
                {props.events.map((event) => (
                  <option key={event.id} value={event.id}>
                    {event.title} ({formatDateRange(event.startsAt, event.endsAt)})
                  </option>
                ))}
              </select>
              <button type="submit" className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
                Dupliquer
              </button>
            </div>
          </Form>
        ) : null}
      </div>
    </section>
  );
}
