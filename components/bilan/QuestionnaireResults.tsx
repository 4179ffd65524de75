import { formatCount, formatRate, formatRating } from '@/lib/domain/bilan/display';
import type { QuestionnaireSummary, QuestionSummary } from '@/lib/domain/questionnaire/types';
import { BilanTable, SubHeading } from './BilanTable';

function QuestionResult({ question }: { question: QuestionSummary }) {
  switch (question.kind) {
    case 'scale':
      return null;
    case 'session-scale':
      return (
        <BilanTable
          caption={question.label}
          columns={['Séance', 'Réponses', 'Note moyenne']}
          numeric={[1, 2]}
          empty="aucune séance notée."
          rows={question.sessions.map((session) => ({
            key: session.sessionId,
            cells: [session.title, formatCount(session.answers), formatRating(session.average)],
          }))}
        />
      );
    case 'choice':
      return (
        <BilanTable
          caption={question.label}
          columns={['Réponse', 'Nombre', 'Part']}
          numeric={[1, 2]}
          rows={question.options.map((option) => ({ key: option.label, cells: [option.label, formatCount(option.count), formatRate(option.percent)] }))}
        />
      );
    case 'text':
      return question.texts.length === 0 ? null : (
        <div className="flex flex-col gap-2">
          <p className="font-semibold text-slate-900">
            {question.label} ({formatCount(question.texts.length)} réponse{question.texts.length > 1 ? 's' : ''})
          </p>
          <ul className="ml-5 max-w-3xl list-disc text-slate-900">
            {question.texts.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </div>
      );
    case 'verbatim':
      return (
        <p className="text-slate-700">
          « {question.label} » — {formatCount(question.answers)} réponse{question.answers > 1 ? 's' : ''}, dont{' '}
          {formatCount(question.consented)} citable{question.consented > 1 ? 's' : ''} avec l’accord de leur auteur·rice.
        </p>
      );
  }
}

export function QuestionnaireResults({ summary }: { summary: QuestionnaireSummary | null }) {
  if (!summary) return <p className="italic text-slate-700">Aucun questionnaire de satisfaction n’a été préparé pour cet événement.</p>;
  const scales = summary.questions.filter((question) => question.kind === 'scale');
  return (
    <div className="flex flex-col gap-4">
      <SubHeading>Questionnaire de satisfaction</SubHeading>
      <p className="text-slate-900">
        {formatCount(summary.responses)} réponse{summary.responses > 1 ? 's' : ''} sur {formatCount(summary.invited)} personne
        {summary.invited > 1 ? 's' : ''} sollicitée{summary.invited > 1 ? 's' : ''} (taux de réponse : {formatRate(summary.responseRate)}).
      </p>
      {summary.responses === 0 ? (
        <p className="italic text-slate-700">Aucune réponse au questionnaire : pas de résultat à présenter.</p>
      ) : (
        <>
          <BilanTable
            caption="Satisfaction (notes de 1 à 5)"
            columns={['Question', 'Réponses', 'Note moyenne']}
            numeric={[1, 2]}
            rows={scales.map((question) => ({
              key: question.id,
              cells: [question.label, formatCount(question.answers), formatRating(question.average)],
            }))}
          />
          {summary.questions.map((question) => (
            <QuestionResult key={question.id} question={question} />
          ))}
        </>
      )}
      {summary.selectedVerbatims.length > 0 ? (
        <div className="flex flex-col gap-3">
          <p className="font-semibold text-slate-900">Verbatims retenus (cités avec l’accord de leurs auteur·rices)</p>
          {summary.selectedVerbatims.map((verbatim, index) => (
            <blockquote key={index} className="max-w-3xl border-l-4 border-brand-600 pl-4 italic text-slate-900">
              « {verbatim} »
            </blockquote>
          ))}
        </div>
      ) : null}
    </div>
  );
}
