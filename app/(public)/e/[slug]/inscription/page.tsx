import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/Alert';
import { ConsentText } from '@/components/registrations/ConsentText';
import { formatDateRange, formatDateTime, formatTime } from '@/lib/domain/dates';
import { publicEventPath } from '@/lib/domain/public/paths';
import { mailIsSent } from '@/lib/server/mail/delivery-mode';
import { getRegistrationForm } from '@/lib/server/queries/public-registration';
import { RegistrationForm } from './_components/RegistrationForm';

type Props = { params: Promise<{ slug: string }> };

// Seats change with every registration: always read them fresh.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getRegistrationForm((await params).slug);
  return { title: event ? `Inscription — ${event.title}` : 'Inscription' };
}

export default async function RegistrationPage({ params }: Props) {
  const event = await getRegistrationForm((await params).slug);
  if (!event) notFound();
  const mailSent = mailIsSent();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-slate-700">
          <Link href={publicEventPath(event.slug)} className="text-brand-700 underline underline-offset-4">
            {event.title}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">S’inscrire</h1>
        <p className="text-slate-800">
          {formatDateRange(event.startsAt, event.endsAt)}
          {event.venue ? ` · ${event.venue}` : ''}
        </p>
        <p className="text-sm text-slate-700">Organisé par {event.organiser}. Inscription gratuite, sans compte.</p>
      </header>
      {!event.registrationOpen ? (
        <Alert>{event.over ? 'Cet événement a eu lieu : les inscriptions sont closes.' : 'Les inscriptions à cet événement sont closes.'}</Alert>
      ) : (
        <>
          {event.full ? <Alert>L’événement est complet : en vous inscrivant, vous rejoignez la liste d’attente.</Alert> : null}
          <RegistrationForm
            eventId={event.id}
            slug={event.slug}
            mailSent={mailSent}
            days={event.days}
            sessions={event.sessions.map((session) => ({
              id: session.id,
              title: session.title,
              when: `${formatDateTime(session.startsAt)} – ${formatTime(session.endsAt)}`,
              full: session.full,
              held: null,
            }))}
            consent={
              <ConsentText
                id="consent-text"
                eventTitle={event.title}
                organiser={event.organiser}
                retentionMonths={event.retentionMonths}
                mailSent={mailSent}
              />
            }
          />
        </>
      )}
    </div>
  );
}
