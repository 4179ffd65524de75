import type { Metadata } from 'next';
import { formatDate } from '@/lib/domain/dates';
import { ALREADY_ANSWERED, CLOSED, getAnswerPage, UNKNOWN_LINK } from '@/lib/server/questionnaires/answer';
import { AnswerForm } from './_components/AnswerForm';

export const metadata: Metadata = { title: 'Votre avis' };

type Props = { params: Promise<{ token: string }> };

function Message({ title, children }: { title: string; children: string }) {
  return (
    <div className="rounded-lg bg-white p-5 shadow">
      <h1 className="mb-2 text-2xl font-bold">{title}</h1>
      <p className="text-slate-800">{children}</p>
    </div>
  );
}

export default async function AnswerPage({ params }: Props) {
  const { token } = await params;
  const page = await getAnswerPage(token);
  if (page.state === 'unknown') return <Message title="Lien non valable">{UNKNOWN_LINK}</Message>;
  if (page.state === 'answered') return <Message title={`Votre avis sur « ${page.eventTitle} »`}>{ALREADY_ANSWERED}</Message>;
  if (page.state === 'closed') return <Message title={`Votre avis sur « ${page.eventTitle} »`}>{CLOSED}</Message>;
  const closes = page.closesOn ? ` Vous pouvez répondre jusqu’au ${formatDate(new Date(`${page.closesOn}T12:00:00Z`))} inclus.` : '';
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="mb-2 text-2xl font-bold">Votre avis sur « {page.eventTitle} »</h1>
        <p className="text-slate-800">
          Merci d’avoir participé ! Ce questionnaire prend environ 5 minutes. Vos réponses sont anonymes : elles ne sont reliées
          ni à votre nom ni à votre adresse.{closes}
        </p>
        <p className="mt-2 text-sm text-slate-700">
          Les questions marquées d’un astérisque (<span aria-hidden="true">*</span>
          <span className="sr-only">astérisque</span>) sont obligatoires.
        </p>
      </div>
      <AnswerForm
        token={token}
        questions={page.questions}
        sessions={page.sessions.map((s) => ({ id: s.id, title: s.title, startsAt: s.startsAt.toISOString() }))}
        organiser={page.organiser}
      />
    </div>
  );
}
