import Link from 'next/link';
import { STAGE_STATUS_LABELS, type Lifecycle, type StageStatus } from '@/lib/domain/lifecycle/stages';

const STATUS_CLASS: Record<StageStatus, string> = {
  done: 'border-green-700 bg-green-50 text-green-900',
  current: 'border-brand-700 bg-brand-700 text-white',
  upcoming: 'border-slate-300 bg-white text-slate-700',
  missed: 'border-amber-700 bg-amber-50 text-amber-950',
};

/** Where the event stands in its lifecycle (computed from its data) and the next useful actions. */
export function LifecycleCockpit({ lifecycle }: { lifecycle: Lifecycle }) {
  return (
    <section aria-labelledby="lifecycle-title" className="no-print flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="lifecycle-title" className="text-xl font-semibold">
        Où en est l’événement
      </h2>
      <ol className="flex flex-wrap gap-2" aria-label="Étapes de l’événement">
        {lifecycle.stages.map((stage, index) => (
          <li
            key={stage.stage}
            aria-current={stage.status === 'current' ? 'step' : undefined}
            className={`flex items-center gap-2 rounded-full border px-3 py-1 text-sm font-semibold ${STATUS_CLASS[stage.status]}`}
          >
            <span aria-hidden="true">{stage.status === 'done' ? '✓' : index + 1}</span>
            <span>{stage.label}</span>
            <span className="font-normal">({STAGE_STATUS_LABELS[stage.status]})</span>
          </li>
        ))}
      </ol>
      <div>
        <h3 className="mb-2 font-semibold">Prochaines étapes</h3>
        {lifecycle.nextActions.length === 0 ? (
          <p className="text-slate-700">Tout est fait : le bilan est validé.</p>
        ) : (
          <ol className="flex list-decimal flex-col gap-1 pl-6">
            {lifecycle.nextActions.map((action, index) => (
              <li key={action.key} className={index === 0 ? '-ml-2 rounded-md border-l-4 border-brand-700 bg-brand-50 py-1 pl-2' : undefined}>
                <Link href={action.href} className="font-medium text-brand-700 underline underline-offset-4">
                  {action.label}
                </Link>
                {index === 0 ? <span className="ml-2 text-sm font-semibold text-brand-800">(à faire maintenant)</span> : null}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
