import type { Metadata } from 'next';
import { Alert } from '@/components/ui/Alert';
import { listOutboxEmails } from '@/lib/server/queries/outbox-emails';
import { OutboxTable } from './_components/OutboxTable';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Courriels' };
export const dynamic = 'force-dynamic';

export default async function OutboxPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pageId((await params).id);
  const outbox = await listOutboxEmails(id).catch(pageError);
  return (
    <section aria-labelledby="outbox-title" className="flex flex-col gap-4">
      <h2 id="outbox-title" className="text-2xl font-semibold">
        Courriels
      </h2>
      <p className="text-slate-700">
        Les messages envoyés par Trame aux personnes inscrites (confirmations, listes d’attente, places libérées, annulations,
        rappels, messages aux groupes), du plus récent au plus ancien. Les liens personnels sont masqués (••••••••) : seule la personne destinataire les reçoit.
      </p>
      {outbox.smtpConfigured ? null : (
        <Alert>
          Les courriels ne partent pas : l’envoi n’est pas encore activé sur ce Trame. Les messages sont conservés ici, et les
          personnes inscrites ne reçoivent ni confirmation ni lien personnel. Demandez à la personne qui administre Trame
          d’activer l’envoi des courriels (voir « Variables d’environnement » dans le guide d’installation).
        </Alert>
      )}
      {outbox.emails.length === 0 ? (
        <p className="rounded-lg bg-white p-6 shadow">Aucun courriel pour cet événement.</p>
      ) : (
        <OutboxTable emails={outbox.emails} total={outbox.total} />
      )}
    </section>
  );
}
