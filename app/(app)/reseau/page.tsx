import { Download } from 'lucide-react';
import type { Metadata } from 'next';
import { formatDate } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';
import { CORE_QUESTION_KIND_LABELS, MAX_CORE_QUESTIONS } from '@/lib/domain/networks/core-questions';
import { LevelBeforeAfter } from '@/components/rollup/LevelBeforeAfter';
import { requireViewer } from '@/lib/server/authz';
import { pageError } from '@/lib/server/page-data';
import { getNetworkPage } from '@/lib/server/queries/network';
import { FunderTotalsList } from '../financeur/_components/FunderTables';
import { CoreQuestionForm } from './_components/CoreQuestionForm';
import { DeleteCoreQuestionButton } from './_components/DeleteCoreQuestionButton';
import { InviteMemberForm } from './_components/InviteMemberForm';
import { RemoveNetworkMemberButton } from './_components/RemoveNetworkMemberButton';
import { CoreResultsList, CycleEventsTable } from './_components/NetworkTables';

export const metadata: Metadata = { title: 'Réseau' };

const card = 'rounded-lg bg-white p-4 shadow sm:p-6';

export default async function NetworkPage() {
  const viewer = await requireViewer();
  // Only an organisation of kind « Réseau » has this page (403 otherwise).
  const page = await getNetworkPage(viewer).catch(pageError);
  const joined = page.members.filter((m) => m.joinedAt !== null);
  const pending = page.members.filter((m) => m.joinedAt === null);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-slate-700">{page.name}</p>
        <h1 className="text-3xl font-bold">Réseau et cycle d’événements</h1>
        <p className="text-slate-700">
          Les structures membres choisissent leurs événements du cycle ; le réseau leur donne un socle commun de questions et en voit les
          chiffres cumulés : ceux des bilans validés, et les réponses anonymes au socle commun.
        </p>
      </header>

      <section aria-labelledby="members-title" className={card}>
        <h2 id="members-title" className="mb-1 text-2xl font-semibold">
          Structures membres
        </h2>
        <p className="mb-3 text-slate-700">{`${plural(joined.length, { one: 'structure membre', other: 'structures membres' })}, ${plural(pending.length, { one: 'invitation', other: 'invitations' })} en attente.`}</p>
        {page.members.length > 0 ? (
          <ul className="mb-4 flex flex-col gap-1">
            {page.members.map((member) => (
              <li key={member.organisationId} className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-100 pb-2">
                <span>
                  <span className="font-semibold">{member.name}</span>
                  {' · '}
                  {member.joinedAt
                    ? `membre depuis le ${formatDate(member.joinedAt)}, ${plural(member.cycleEvents, { one: 'événement', other: 'événements' })} dans le cycle`
                    : `invitée le ${formatDate(member.invitedAt)}, en attente de sa réponse`}
                </span>
                {page.canManage ? <RemoveNetworkMemberButton organisationId={member.organisationId} name={member.name} pending={member.joinedAt === null} /> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {page.canManage ? <InviteMemberForm candidates={page.candidates} /> : null}
      </section>

      <section aria-labelledby="core-title" className={card}>
        <h2 id="core-title" className="mb-1 text-2xl font-semibold">
          Socle commun du questionnaire
        </h2>
        <p className="mb-3 text-slate-700">
          {`Ces questions s’ajoutent, non modifiables, au questionnaire de satisfaction de chaque événement du cycle ; les membres y ajoutent les leurs. Une question est figée dès qu’un questionnaire qui la contient est envoyé. ${MAX_CORE_QUESTIONS} questions au plus, notes de 1 à 5 ou choix : les réponses libres ne quittent pas la structure qui les recueille.`}
        </p>
        {page.coreQuestions.length === 0 ? <p className="mb-3">Aucune question commune pour le moment.</p> : null}
        <ol className="mb-4 flex flex-col gap-3">
          {page.coreQuestions.map((question, index) => (
            <li key={question.id} className="rounded-md border border-slate-200 p-3">
              <p className="font-semibold">{`${index + 1}. ${question.label}`}</p>
              <p className="text-sm text-slate-700">
                {[CORE_QUESTION_KIND_LABELS[question.kind], question.required ? 'obligatoire' : 'facultative', question.frozen ? 'figée : déjà envoyée aux participant·es' : null]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {question.kind === 'choice' ? <p className="text-sm text-slate-700">{`Réponses : ${question.options.join(', ')}`}</p> : null}
              {page.canManage && !question.frozen ? (
                <details className="mt-2">
                  <summary className="cursor-pointer text-brand-700 underline underline-offset-4">Modifier ou retirer</summary>
                  <div className="mt-2 flex flex-col gap-3">
                    <CoreQuestionForm initial={question} />
                    <DeleteCoreQuestionButton id={question.id} label={question.label} />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
        {page.canManage && page.coreQuestions.length < MAX_CORE_QUESTIONS ? (
          <>
            <h3 className="mb-2 text-lg font-semibold">Ajouter une question commune</h3>
            <CoreQuestionForm />
          </>
        ) : null}
      </section>

      <p className="flex flex-wrap gap-4">
        <a href="/reseau/export?fichier=csv" download className="inline-flex items-center gap-2 rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700">
          <Download aria-hidden="true" className="h-4 w-4" />
          Télécharger (CSV)
        </a>
        <a href="/reseau/export?fichier=xlsx" download className="inline-flex items-center gap-2 rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700">
          <Download aria-hidden="true" className="h-4 w-4" />
          Télécharger (XLSX)
        </a>
      </p>
      <FunderTotalsList totals={page.totals} />
      <CoreResultsList results={page.coreResults} />
      <CycleEventsTable rows={page.rows} />
      <LevelBeforeAfter rows={page.levels} scope="du cycle" />
    </div>
  );
}
