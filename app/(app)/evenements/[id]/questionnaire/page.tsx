import type { Metadata } from 'next';
import { getQuestionnairePage, listQuestionnaireVerbatims } from '@/lib/server/queries/questionnaire';
import { getQuestionnaireSummary } from '@/lib/server/queries/questionnaire-summary';
import { PrepareButton } from './_components/QuestionnaireButtons';
import { QuestionnaireResults } from './_components/QuestionnaireResults';
import { QuestionnaireSetup } from './_components/QuestionnaireSetup';
import { plural } from '@/lib/domain/format/french';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Questionnaire de satisfaction' };

type Props = { params: Promise<{ id: string }> };

export default async function QuestionnairePage({ params }: Props) {
  const id = pageId((await params).id);
  const [page, summary, verbatims] = await Promise.all([getQuestionnairePage(id), getQuestionnaireSummary(id), listQuestionnaireVerbatims(id)]).catch(pageError);
  if (!page.questionnaire) {
    return (
      <section aria-labelledby="questionnaire-titre" className="flex flex-col gap-3 rounded-lg bg-white p-5 shadow">
        <h2 id="questionnaire-titre" className="text-2xl font-semibold">
          Questionnaire de satisfaction
        </h2>
        <p className="text-slate-800">
          Un questionnaire court (satisfaction globale, contenus, organisation, note de chaque temps suivi, envie de revenir, ce qu’il
          faut garder ou améliorer, une citation avec accord), envoyé par courriel aux seules personnes pointées présentes, 10 jours
          après l’événement, avec une relance. Les réponses sont anonymes.
        </p>
        <p className="text-slate-800">
          {plural(page.presentCount, { one: 'personne pointée', other: 'personnes pointées' })} présente
          {page.presentCount > 1 ? 's' : ''} à ce jour.
        </p>
        {page.canEdit ? <PrepareButton eventId={id} /> : null}
      </section>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <QuestionnaireSetup eventId={id} page={page} questionnaire={page.questionnaire} />
      {summary ? <QuestionnaireResults eventId={id} summary={summary} verbatims={verbatims} canEdit={page.canEdit} /> : null}
    </div>
  );
}
