import { formatDate, formatDateTime } from '@/lib/domain/dates';
import { formatRate } from '@/lib/domain/bilan/display';
import type { QuestionnairePage, QuestionnaireView } from '@/lib/server/queries/questionnaire';
import { SendNowButton } from './QuestionnaireButtons';
import { QuestionsEditor } from './QuestionsEditor';
import { ScheduleForm } from './ScheduleForm';
import { plural } from '@/lib/domain/format/french';
import { CORE_QUESTION_MARK, isCoreQuestionId } from '@/lib/domain/networks/core-questions';

const day = (date: string | null) => (date ? formatDate(new Date(`${date}T12:00:00Z`)) : 'aucune');

function Status({ questionnaire, presentCount }: { questionnaire: QuestionnaireView; presentCount: number }) {
  const { schedule, sentAt, remindedAt } = questionnaire;
  const rows: Array<[string, string]> = [
    ['Envoi', sentAt ? `envoyé le ${formatDateTime(sentAt)}` : `prévu le ${day(schedule.sendOn)} (${plural(presentCount, { one: 'personne présente', other: 'personnes présentes' })} à ce jour)`],
    ['Relance', remindedAt ? `envoyée le ${formatDateTime(remindedAt)}` : schedule.reminderOn ? `prévue le ${day(schedule.reminderOn)}` : 'aucune'],
    ['Clôture', schedule.closesOn ? `le ${day(schedule.closesOn)}` : 'aucune'],
    ['Personnes invitées', String(questionnaire.invited)],
    ['Réponses', String(questionnaire.responses)],
    ['Taux de réponse', formatRate(questionnaire.responseRate)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-800">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function QuestionnaireSetup({ eventId, page, questionnaire }: { eventId: string; page: QuestionnairePage; questionnaire: QuestionnaireView }) {
  const sent = questionnaire.sentAt !== null;
  return (
    <>
      <section aria-labelledby="statut-titre" className="flex flex-col gap-3 rounded-lg bg-white p-5 shadow">
        <h2 id="statut-titre" className="text-2xl font-semibold">
          Questionnaire de satisfaction
        </h2>
        <p className="text-slate-800">Envoyé par courriel aux seules personnes pointées présentes (hors intervenant·es). Les réponses sont anonymes.</p>
        <Status questionnaire={questionnaire} presentCount={page.presentCount} />
        {page.canEdit ? <SendNowButton eventId={eventId} presentCount={page.presentCount} sent={sent} earlyConfirmation={page.earlyConfirmation} /> : null}
      </section>
      {page.canEdit ? (
        <section aria-labelledby="calendrier-titre" className="flex flex-col gap-3 rounded-lg bg-white p-5 shadow">
          <h2 id="calendrier-titre" className="text-xl font-semibold">
            Calendrier
          </h2>
          <ScheduleForm eventId={eventId} version={questionnaire.version} schedule={questionnaire.schedule} sent={sent} />
        </section>
      ) : null}
      <section aria-labelledby="questions-titre" className="flex flex-col gap-3 rounded-lg bg-white p-5 shadow">
        <h2 id="questions-titre" className="text-xl font-semibold">
          Questions
        </h2>
        {page.canEdit && !sent ? (
          <QuestionsEditor eventId={eventId} version={questionnaire.version} questions={questionnaire.questions} />
        ) : (
          <ol className="flex list-decimal flex-col gap-1 pl-6">
            {questionnaire.questions.map((q) => (
              <li key={q.id}>
                {q.label}
                {isCoreQuestionId(q.id) ? <span className="text-slate-700">{` (${CORE_QUESTION_MARK})`}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
