import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SeatBadge } from '@/components/registrations/SeatBadge';
import { Alert } from '@/components/ui/Alert';
import { formatDateTime } from '@/lib/domain/dates';
import { confirmationMailNotice, waitingListNotice } from '@/lib/domain/public/mail-notices';
import { eventCalendarPath, publicEventPath } from '@/lib/domain/public/paths';
import { receiptSchema } from '@/lib/schemas/registration';
import { mailIsSent } from '@/lib/server/mail/delivery-mode';
import { getRegistrationForm } from '@/lib/server/queries/public-registration';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Inscription enregistrée', robots: { index: false } };

export default async function ConfirmationPage({ params, searchParams }: Props) {
  const [event, receipt] = await Promise.all([
    getRegistrationForm((await params).slug),
    searchParams.then((search) => receiptSchema.safeParse(search)),
  ]);
  if (!event || !receipt.success) notFound();
  const { status, rank, sessions } = receipt.data;
  const titles = new Map(event.sessions.map((session) => [session.id, session]));
  const waiting = status === 'WAITING';
  const mailSent = mailIsSent();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-slate-700">{event.title}</p>
        <h1 className="text-3xl font-bold">{waiting ? `Vous êtes sur liste d’attente (rang ${rank ?? '?'})` : 'Inscription confirmée'}</h1>
      </header>
      <div className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow sm:p-6">
        <p>
          {waiting ? waitingListNotice(mailSent) : 'Votre place est réservée.'}
        </p>
        {sessions.length > 0 ? (
          <section aria-labelledby="sessions-title" className="flex flex-col gap-2">
            <h2 id="sessions-title" className="text-xl font-semibold">
              Vos séances
            </h2>
            <ul className="flex flex-col gap-2">
              {sessions.map((seat) => {
                const session = titles.get(seat.sessionId);
                return (
                  <li key={seat.sessionId} className="flex flex-col gap-1 rounded-md border border-slate-300 p-3">
                    <span className="font-medium">{session?.title ?? 'Séance'}</span>
                    {session ? <span className="text-sm text-slate-700">{formatDateTime(session.startsAt)}</span> : null}
                    <SeatBadge status={seat.status} rank={seat.rank} />
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
        <Alert>{confirmationMailNotice(mailSent, event.organiser)}</Alert>
        <p>
          {/* The event's public calendar file: the same for everyone, so it tells nothing about the address typed. */}
          <a
            href={eventCalendarPath(event.slug)}
            download
            className="inline-block rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            Ajouter à mon agenda (.ics)
          </a>
        </p>
      </div>
      <p>
        <Link href={publicEventPath(event.slug)} className="text-brand-700 underline underline-offset-4">
          Retour à la page de l’événement
        </Link>
      </p>
    </div>
  );
}
