import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDate, formatDateRange, formatDateTime, formatHourRange } from '@/lib/domain/dates';
import { SESSION_SPEAKER_ROLE_LABELS } from '@/lib/domain/programme/labels';
import { canUploadSpeakerFile, isSpeakerFileRefusal, type SpeakerFileKind } from '@/lib/domain/speakers/files';
import { getSpeakerByToken } from '@/lib/server/speakers/links';
import { SpeakerDetailsForm } from './_components/SpeakerDetailsForm';
import { SpeakerFileForm } from './_components/SpeakerFileForm';

// The token is the credential: never sent on to other sites, never indexed. 'same-origin' rather than
// 'no-referrer': under the latter a form's POST carries `Origin: null`, which the upload routes refuse.
export const metadata: Metadata = { title: 'Mon intervention', referrer: 'same-origin', robots: { index: false } };
export const dynamic = 'force-dynamic';

const SEGMENT_KIND: Record<string, SpeakerFileKind> = { photo: 'PHOTO', supports: 'SLIDES' };

export default async function SpeakerPage(props: { params: Promise<{ token: string }>; searchParams: Promise<{ envoi?: string; refus?: string }> }) {
  const [{ token }, { envoi, refus }] = await Promise.all([props.params, props.searchParams]);
  const speaker = await getSpeakerByToken(token);
  if (!speaker) notFound();
  const { event } = speaker;
  const sentKind = envoi ? SEGMENT_KIND[envoi] : undefined;
  const refusal = isSpeakerFileRefusal(refus) ? refus : null;
  const file = (kind: SpeakerFileKind) => speaker.files.find((entry) => entry.kind === kind) ?? null;
  const slidesOpen = canUploadSpeakerFile('SLIDES', event, new Date());
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-slate-700">{event.title}</p>
        <h1 className="text-3xl font-bold">Mon intervention</h1>
        <p className="text-slate-800">
          {formatDateRange(event.startsAt, event.endsAt)}
          {event.venueName ? ` · ${event.venueName}` : ''}
        </p>
        <p className="text-slate-700">Organisé par {event.owner.name}.</p>
      </header>

      <section aria-labelledby="seances-titre" className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow sm:p-6">
        <h2 id="seances-titre" className="text-xl font-semibold">
          Vos séances
        </h2>
        {speaker.sessions.length === 0 ? (
          <p>L’équipe d’organisation ne vous a pas encore placé·e dans le programme.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {speaker.sessions.map(({ role, session }) => (
              <li key={`${session.title}-${session.startsAt.toISOString()}`}>
                <span className="font-medium">{session.title}</span>
                {' — '}
                {session.draft
                  ? 'horaire et salle à venir'
                  : `${formatDate(session.startsAt)}, ${formatHourRange(session)}${session.room ? `, ${session.room.name}` : ''}`}
                {` · ${SESSION_SPEAKER_ROLE_LABELS[role]}`}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="infos-titre" className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow sm:p-6">
        <h2 id="infos-titre" className="text-xl font-semibold">
          Vos informations
        </h2>
        <p className="text-slate-800">
          {speaker.confirmedAt
            ? `Vous avez confirmé ces informations le ${formatDateTime(speaker.confirmedAt)} ; vous pouvez les corriger à tout moment.`
            : 'Vérifiez ce qui paraîtra dans le programme (nom, structure, présentation), puis confirmez.'}
        </p>
        <SpeakerDetailsForm
          token={token}
          speaker={{ name: speaker.name, organisation: speaker.organisation, bio: speaker.bio, gender: speaker.gender, scope: speaker.scope }}
        />
      </section>

      <section id="fichiers" aria-labelledby="fichiers-titre" className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow sm:p-6">
        <h2 id="fichiers-titre" className="text-xl font-semibold">
          Photo et support
        </h2>
        <SpeakerFileForm token={token} kind="PHOTO" current={file('PHOTO')} refusal={sentKind === 'PHOTO' ? refusal : null} sent={sentKind === 'PHOTO'} />
        {slidesOpen ? (
          <SpeakerFileForm token={token} kind="SLIDES" current={file('SLIDES')} refusal={sentKind === 'SLIDES' ? refusal : null} sent={sentKind === 'SLIDES'} />
        ) : (
          <p className="text-slate-800">
            Après votre intervention, vous pourrez déposer ici votre support de présentation (PDF, 20 Mo au plus), à partir
            du {formatDateTime(event.startsAt)}.
          </p>
        )}
      </section>
    </div>
  );
}
