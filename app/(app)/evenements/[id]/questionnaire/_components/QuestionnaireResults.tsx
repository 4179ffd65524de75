import { formatRate, formatRating } from '@/lib/domain/bilan/display';
import type { QuestionnaireSummary } from '@/lib/domain/questionnaire/types';
import type { VerbatimView } from '@/lib/server/queries/questionnaire';
import { QuestionResult } from './QuestionResult';
import { VerbatimList } from './VerbatimList';
import { plural } from '@/lib/domain/format/french';

export function QuestionnaireResults(props: { eventId: string; summary: QuestionnaireSummary; verbatims: VerbatimView[]; canEdit: boolean }) {
  const { summary } = props;
  return (
    <>
      <section aria-labelledby="resultats-titre" className="flex flex-col gap-4 rounded-lg bg-white p-5 shadow">
        <h2 id="resultats-titre" className="text-xl font-semibold">
          Résultats
        </h2>
        <p className="text-slate-800">
          {plural(summary.responses, { one: 'réponse', other: 'réponses' })} sur {plural(summary.invited, { one: 'personne', other: 'personnes' })} invitée
          {summary.invited > 1 ? 's' : ''} (taux de réponse : {formatRate(summary.responseRate)}) · satisfaction globale :{' '}
          {formatRating(summary.overallSatisfaction)}
        </p>
        {summary.responses === 0 ? (
          <p className="text-slate-700">Les résultats apparaîtront ici dès les premières réponses.</p>
        ) : (
          summary.questions.map((question) => (
            <section key={question.id} aria-labelledby={`resultat-${question.id}`} className="flex flex-col gap-2 border-t border-slate-200 pt-4">
              <h3 id={`resultat-${question.id}`} className="text-lg font-semibold">
                {question.label}
              </h3>
              <QuestionResult question={question} />
            </section>
          ))
        )}
      </section>
      <section aria-labelledby="citations-titre" className="flex flex-col gap-3 rounded-lg bg-white p-5 shadow">
        <h2 id="citations-titre" className="text-xl font-semibold">
          Citations pour le bilan
        </h2>
        <p className="text-slate-800">Seules les citations données avec l’accord de leur auteur·rice apparaissent ici ; cochez celles à reprendre dans le bilan.</p>
        <VerbatimList eventId={props.eventId} verbatims={props.verbatims} canEdit={props.canEdit} />
      </section>
    </>
  );
}
