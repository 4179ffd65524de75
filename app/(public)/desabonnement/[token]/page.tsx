import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/lib/server/db';
import { readUnsubscribeTarget } from '@/lib/server/messages/unsubscribe';
import { UnsubscribeButton } from './_components/UnsubscribeButton';

// The link is the credential: never sent on to other sites, never indexed.
export const metadata: Metadata = { title: 'Se désabonner', referrer: 'no-referrer', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const target = await readUnsubscribeTarget(db(), token);
  if (!target) notFound();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-slate-700">{target.eventTitle}</p>
        <h1 className="text-3xl font-bold">Ne plus recevoir les rappels et messages</h1>
      </header>
      <div className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow sm:p-6">
        <p>
          En vous désabonnant, vous ne recevrez plus les rappels avant l’événement ni les messages que {target.organiser} adresse aux
          groupes de participant·es.
        </p>
        <p>
          Vous continuerez de recevoir les messages liés à votre inscription : confirmation, place libérée sur la liste d’attente,
          annulation. Votre inscription reste valable.
        </p>
        <UnsubscribeButton token={token} alreadyDone={target.unsubscribed} />
      </div>
    </div>
  );
}
