import type { Metadata } from 'next';
import Link from 'next/link';
import { listAudienceCategories } from '@/lib/domain/registrations/audience-categories';
import { getCheckIn, listCheckInLinks } from '@/lib/server/queries/checkin';
import { CheckInLinks } from './_components/CheckInLinks';
import { CheckInBoard } from '@/components/checkin/CheckInBoard';
import { checkInVersionAction, recordCheckInTapsAction } from '@/lib/server/actions/checkin';
import { SessionAttendance } from './_components/SessionAttendance';
import { WalkInForm } from './_components/WalkInForm';
import { AttendanceSheets, type SheetsOutcome } from './_components/AttendanceSheets';
import { isSignedSheetRefusal } from '@/lib/domain/files/signed-sheet';
import { listSignedSheets } from '@/lib/server/attendance-sheets/signed-sheets';
import { packCheckInRoster } from '@/lib/domain/registrations/check-in-roster';
import { formatDateTime, formatWeekday } from '@/lib/domain/dates';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Pointage' };

const tab = (current: boolean) =>
  `inline-block rounded-md px-3 py-2 font-medium ${current ? 'bg-brand-700 text-white' : 'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100'}`;

export default async function CheckInPage(props: { params: Promise<{ id: string }>; searchParams: Promise<{ jour?: string; mode?: string; refus?: string; envoyee?: string; supprimee?: string }> }) {
  const [{ id }, { jour, mode, refus, envoyee, supprimee }] = await Promise.all([props.params, props.searchParams]);
  pageId(id);
  const [checkIn, links, signedSheets] = await Promise.all([getCheckIn(id, jour), listCheckInLinks(id), listSignedSheets(id)]).catch(pageError);
  const sheetsOutcome: SheetsOutcome = isSignedSheetRefusal(refus) ? { refusal: refus } : envoyee ? { stored: true } : supprimee ? { deleted: true } : null;
  const { day } = checkIn;
  if (day === null) return <p className="rounded-lg bg-white p-6 shadow">Indiquez d’abord les dates de l’événement pour pointer les présences.</p>;
  const table = mode === 'tableau';
  const href = (options: { jour: string; tableau: boolean }) =>
    `/evenements/${id}/pointage?jour=${options.jour}${options.tableau ? '&mode=tableau' : ''}`;

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-2 sm:gap-3">
        <h2 className="text-xl font-semibold sm:text-2xl">Pointage du {formatWeekday(day)}</h2>
        {checkIn.days.length > 1 ? (
          <nav aria-label="Jour du pointage" className="flex flex-wrap items-center gap-2">
            <span aria-hidden="true" className="font-medium text-slate-800">
              Jour :
            </span>
            <ul className="flex flex-wrap gap-2">
              {checkIn.days.map((date) => (
                <li key={date}>
                  <Link href={href({ jour: date, tableau: table })} aria-current={date === day ? 'page' : undefined} className={tab(date === day)}>
                    {formatWeekday(date)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <nav aria-label="Affichage du pointage" className="flex flex-wrap items-center gap-2">
          <span aria-hidden="true" className="font-medium text-slate-800">
            Affichage :
          </span>
          <ul className="flex flex-wrap gap-2">
            <li>
              <Link href={href({ jour: day, tableau: false })} aria-current={table ? undefined : 'page'} className={tab(!table)}>
                Liste, sur place
              </Link>
            </li>
            <li>
              <Link href={href({ jour: day, tableau: true })} aria-current={table ? 'page' : undefined} className={tab(table)}>
                Tableau, depuis une feuille papier
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <CheckInBoard
        key={day}
        eventId={id}
        day={day}
        dayLabel={formatWeekday(day)}
        roster={packCheckInRoster(checkIn.people)}
        version={checkIn.version}
        mode={table ? 'table' : 'list'}
        send={recordCheckInTapsAction}
        askVersion={checkInVersionAction}
      />
      <section aria-labelledby="sur-place" className="rounded-lg bg-white p-4 shadow sm:p-6">
        <h3 id="sur-place" className="mb-1 text-xl font-semibold">
          Ajouter une personne venue sans inscription
        </h3>
        <p className="mb-3 text-slate-700">Elle est ajoutée à la liste et marquée présente ce jour.</p>
        <WalkInForm eventId={id} day={day} categories={listAudienceCategories()} />
      </section>
      <section aria-labelledby="badges" className="rounded-lg bg-white p-4 shadow sm:p-6">
        <h3 id="badges" className="mb-1 text-xl font-semibold">
          Badges
        </h3>
        <p className="mb-3 text-slate-700">
          Nom, structure et QR code de pointage des inscrit·es confirmé·es, triés par nom, sur planches A4 Avery L7163 (2 × 7 étiquettes) ; imprimez à 100 %.
        </p>
        <p className="flex flex-wrap gap-x-5 gap-y-1">
          {checkIn.days.length > 1 ? (
            <a href={`/evenements/${id}/badges.pdf?jour=${day}`} download className="font-medium text-brand-700 underline underline-offset-4">
              Badges du {formatWeekday(day)} (PDF)
            </a>
          ) : null}
          <a href={`/evenements/${id}/badges.pdf`} download className="font-medium text-brand-700 underline underline-offset-4">
            {checkIn.days.length > 1 ? 'Badges de tous les jours (PDF)' : 'Imprimer les badges (PDF)'}
          </a>
        </p>
      </section>
      <section aria-labelledby="benevoles" className="rounded-lg bg-white p-4 shadow sm:p-6">
        <h3 id="benevoles" className="mb-1 text-xl font-semibold">
          Liens de pointage pour les bénévoles
        </h3>
        <p className="mb-3 text-slate-700">
          Un lien et un code PIN ouvrent seulement la liste de pointage de cet événement, sans compte, jusqu’à leur expiration ou leur révocation.
        </p>
        <CheckInLinks eventId={id} links={links.map((link) => ({ ...link, expires: formatDateTime(link.expiresAt) }))} />
      </section>
      <section id="emargement" aria-labelledby="emargement-titre" className="rounded-lg bg-white p-4 shadow sm:p-6">
        <h3 id="emargement-titre" className="mb-1 text-xl font-semibold">
          Feuilles d’émargement
        </h3>
        <p className="mb-3 text-slate-700">
          À imprimer pour chaque journée ou demi-journée : les personnes attendues, des lignes vides pour les personnes venues sans inscription et les
          mentions des financeurs. Renvoyez ensuite les feuilles signées : elles rejoignent le dossier de preuves du bilan.
        </p>
        <AttendanceSheets eventId={id} days={checkIn.days} day={day} sheets={signedSheets} outcome={sheetsOutcome} />
      </section>
      {checkIn.sessions.length > 0 ? (
        <section aria-labelledby="sessions" className="rounded-lg bg-white p-4 shadow sm:p-6">
          <h3 id="sessions" className="mb-1 text-xl font-semibold">
            Séances sur inscription
          </h3>
          <p className="mb-3 text-slate-700">Cochez les personnes venues à chaque séance.</p>
          <SessionAttendance eventId={id} sessions={checkIn.sessions} />
        </section>
      ) : null}
    </div>
  );
}
