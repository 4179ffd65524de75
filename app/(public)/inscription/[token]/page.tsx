import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SeatBadge } from '@/components/registrations/SeatBadge';
import { formatDateRange, formatDateTime, formatTime, formatWeekday } from '@/lib/domain/dates';
import { de } from '@/lib/domain/format/french';
import { AUDIENCE_CATEGORY_LABELS, type AudienceCategory } from '@/lib/domain/registrations/audience-categories';
import { tickedDays } from '@/lib/schemas/registration-days';
import { qrPngDataUrl } from '@/lib/server/checkin/qr-image';
import { mailIsSent } from '@/lib/server/mail/delivery-mode';
import { getRegistrationByToken } from '@/lib/server/queries/public-registration';
import { personalCalendarPath, registrationFormPath } from '@/lib/server/registrations/paths';
import { CancelRegistration } from './_components/CancelRegistration';
import { UpdateRegistrationForm } from './_components/UpdateRegistrationForm';

// The token is the credential: never sent on to other sites, never indexed.
export const metadata: Metadata = { title: 'Mon inscription', referrer: 'no-referrer', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function PersonalRegistrationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const registration = await getRegistrationByToken(token);
  if (!registration) notFound();
  const { event } = registration;
  const held = new Map(registration.sessions.map((entry) => [entry.sessionId, entry]));
  const qr = registration.checkInCode ? await qrPngDataUrl(registration.checkInCode) : null;
  const category = AUDIENCE_CATEGORY_LABELS[registration.category as AudienceCategory] ?? registration.category;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-slate-700">{event.title}</p>
        <h1 className="text-3xl font-bold">Mon inscription</h1>
        <p className="text-slate-800">
          {formatDateRange(event.startsAt, event.endsAt)}
          {event.venue ? ` · ${event.venue}` : ''}
        </p>
      </header>
      <section aria-labelledby="summary-title" className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow sm:p-6">
        <h2 id="summary-title" className="text-xl font-semibold">
          Votre inscription
        </h2>
        <p>
          <SeatBadge status={registration.status} rank={registration.rank} />
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">Nom</dt>
          <dd>{registration.name}</dd>
          <dt className="font-medium">E-mail</dt>
          <dd className="break-all">{registration.email}</dd>
          <dt className="font-medium">Structure</dt>
          <dd>{registration.organisation ?? '—'}</dd>
          <dt className="font-medium">Vous êtes</dt>
          <dd>{category}</dd>
          {registration.eventDays.length > 1 ? (
            <>
              <dt className="font-medium">Vous venez</dt>
              <dd>{registration.days.length === 0 ? 'tous les jours' : registration.days.map(formatWeekday).join(', ')}</dd>
            </>
          ) : null}
        </dl>
        {registration.sessions.length > 0 ? (
          <ul className="flex flex-col gap-2">
            {registration.sessions.map((entry) => (
              <li key={entry.sessionId} className="flex flex-col gap-1 rounded-md border border-slate-300 p-3">
                <span className="font-medium">{entry.session.title}</span>
                <span className="text-sm text-slate-700">{formatDateTime(entry.session.startsAt)}</span>
                <SeatBadge status={entry.status} rank={entry.rank} />
              </li>
            ))}
          </ul>
        ) : null}
        {registration.status === 'CONFIRMED' ? (
          <p>
            <a href={personalCalendarPath(token)} className="font-medium text-brand-700 underline underline-offset-4" download>
              Ajouter à mon agenda (.ics)
            </a>
            <span className="block text-sm text-slate-700">L’événement et vos séances, avec le lien de visio s’il y en a un.</span>
          </p>
        ) : null}
        {registration.status === 'CANCELLED' ? (
          <p>
            Vous avez annulé cette inscription.{' '}
            {event.status === 'PUBLISHED' && event.registrationOpen ? (
              <Link href={registrationFormPath(event.slug)} className="text-brand-700 underline underline-offset-4">
                S’inscrire de nouveau
              </Link>
            ) : null}
          </p>
        ) : null}
      </section>
      {qr ? (
        <section aria-labelledby="qr-title" className="flex flex-col items-center gap-2 rounded-lg bg-white p-4 text-center shadow sm:p-6">
          <h2 id="qr-title" className="self-stretch text-left text-xl font-semibold">
            Votre QR code pour l’accueil
          </h2>
          <p className="self-stretch text-left text-slate-800">Montrez-le à l’entrée (sur votre téléphone ou imprimé) : il suffit à vous pointer présent·e.</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server, nothing to optimise */}
          <img src={qr} alt={`QR code de pointage ${de(registration.name)}`} width={264} height={264} className="h-64 w-64" />
          <p className="text-slate-800">
            Numéro d’inscription : <span className="font-mono font-semibold">{registration.number}</span>
          </p>
        </section>
      ) : null}
      {registration.changeable ? (
        <>
          <UpdateRegistrationForm
            token={token}
            mailSent={mailIsSent()}
            defaults={{
              name: registration.name,
              organisation: registration.organisation ?? '',
              category: registration.category,
              accessibilityNeeds: registration.accessibilityNeeds ?? '',
              sessionIds: registration.sessions.map((entry) => entry.sessionId),
              days: registration.eventDays.length > 1 ? tickedDays(registration.days, registration.eventDays) : undefined,
            }}
            eventDays={registration.eventDays}
            sessions={registration.choices.map((session) => ({
              id: session.id,
              title: session.title,
              when: `${formatDateTime(session.startsAt)} – ${formatTime(session.endsAt)}`,
              full: session.full,
              held: held.get(session.id) ?? null,
            }))}
          />
          <CancelRegistration token={token} />
        </>
      ) : null}
      <p className="text-sm text-slate-700">
        Ce lien vous est personnel : ne le transférez pas.
        Organisé par {event.organiser}.
      </p>
    </div>
  );
}
