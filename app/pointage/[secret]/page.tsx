import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { CheckInBoard, type AskVersion, type SendTaps } from '@/components/checkin/CheckInBoard';
import { packCheckInRoster } from '@/lib/domain/registrations/check-in-roster';
import { formatDateTime, formatWeekday } from '@/lib/domain/dates';
import { recordVolunteerTapsAction, volunteerCheckInVersionAction } from '@/lib/server/actions/checkin-links';
import { isSessionProof, liveLink, VOLUNTEER_COOKIE } from '@/lib/server/checkin/volunteer-links';
import { db } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { loadCheckIn } from '@/lib/server/queries/checkin';
import { PinForm } from './_components/PinForm';

export const metadata: Metadata = { title: 'Pointage bénévole' };

type Props = { params: Promise<{ secret: string }>; searchParams: Promise<{ jour?: string }> };

const tab = (current: boolean) =>
  `inline-block rounded-md px-3 py-2 font-medium ${current ? 'bg-brand-700 text-white' : 'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100'}`;

/**
 * A volunteer's check-in screen, reached by a link and a PIN (no account): the list of one event and
 * its taps, nothing else. Expired, revoked or unknown links read the same.
 */
export default async function VolunteerCheckInPage({ params, searchParams }: Props) {
  const [{ secret }, { jour }] = await Promise.all([params, searchParams]);
  let link;
  try {
    link = await liveLink(secret);
  } catch (error) {
    if (!(error instanceof SafeError)) throw error;
    return (
      <div className="rounded-lg bg-white p-5 shadow">
        <h1 className="mb-2 text-2xl font-bold">Lien de pointage non valable</h1>
        <p className="text-slate-800">{error.message}</p>
      </div>
    );
  }
  const event = await db().event.findUniqueOrThrow({ where: { id: link.eventId }, select: { title: true } });
  const proof = (await cookies()).get(VOLUNTEER_COOKIE)?.value;
  if (!isSessionProof(link, proof)) {
    return (
      <div className="flex flex-col gap-4 rounded-lg bg-white p-5 shadow">
        <h1 className="text-2xl font-bold">Pointage : {event.title}</h1>
        <p className="text-slate-800">
          Ce lien ouvre la liste de pointage de l’événement pour « {link.label} », jusqu’au {formatDateTime(link.expiresAt)}. Saisissez le code PIN
          que la coordination vous a donné.
        </p>
        <PinForm secret={secret} />
      </div>
    );
  }
  const checkIn = await loadCheckIn(link.eventId, jour);
  const { day } = checkIn;
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-xl font-bold sm:text-2xl">{event.title}</h1>
      {day === null ? (
        <p className="rounded-lg bg-white p-4 shadow">Les dates de l’événement ne sont pas encore fixées : rien à pointer pour le moment.</p>
      ) : (
        <>
          <h2 className="text-lg font-semibold">Pointage du {formatWeekday(day)}</h2>
          {checkIn.days.length > 1 ? (
            <nav aria-label="Jour du pointage">
              <ul className="flex flex-wrap gap-2">
                {checkIn.days.map((date) => (
                  <li key={date}>
                    <Link href={`/pointage/${secret}?jour=${date}`} aria-current={date === day ? 'page' : undefined} className={tab(date === day)}>
                      {formatWeekday(date)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <CheckInBoard
            key={day}
            eventId={link.eventId}
            day={day}
            dayLabel={formatWeekday(day)}
            roster={packCheckInRoster(checkIn.people)}
            version={checkIn.version}
            mode="list"
            send={recordVolunteerTapsAction as SendTaps}
            askVersion={volunteerCheckInVersionAction as AskVersion}
            credential={{ secret, proof: proof as string }}
          />
          <p className="text-sm text-slate-700">
            Accès bénévole « {link.label} », valable jusqu’au {formatDateTime(link.expiresAt)}. Une personne venue sans inscription : adressez-la à la coordination.
          </p>
        </>
      )}
    </div>
  );
}
