import { formatDate } from '@/lib/domain/dates';
import { de } from '@/lib/domain/format/french';
import type { ProgrammeSpeakerView } from '@/lib/server/queries/programme';
import { SpeakerLinkControls } from './SpeakerLinkControls';

const badge = 'inline-block rounded-full px-2 py-0.5 text-sm font-medium';

/** Whether the speaker confirmed through their personal link, their files, and the link's controls. */
export function SpeakerStatus({ eventId, speaker, canSend }: { eventId: string; speaker: ProgrammeSpeakerView; canSend: boolean }) {
  const base = `/evenements/${eventId}/programme/intervenants/${speaker.id}`;
  const photo = speaker.files.find((file) => file.kind === 'PHOTO');
  const slides = speaker.files.find((file) => file.kind === 'SLIDES');
  return (
    <div className="mt-1 flex flex-col gap-1">
      <p className="flex flex-wrap items-center gap-2">
        {speaker.confirmedAt ? (
          <span className={`${badge} bg-green-100 text-green-900`}>{`Informations confirmées le ${formatDate(speaker.confirmedAt)}`}</span>
        ) : speaker.linkCreatedAt ? (
          <span className={`${badge} bg-amber-100 text-amber-900`}>{`Lien envoyé le ${formatDate(speaker.linkCreatedAt)}, pas encore confirmé`}</span>
        ) : (
          <span className={`${badge} bg-slate-100 text-slate-800`}>Pas de lien personnel</span>
        )}
        {photo ? (
          <a href={`${base}/photo`} className="text-sm font-medium text-brand-700 underline underline-offset-4">
            Photo<span className="sr-only"> {de(speaker.name)}</span>
          </a>
        ) : null}
        {slides ? (
          <a href={`${base}/supports`} className="text-sm font-medium text-brand-700 underline underline-offset-4">
            Télécharger le support<span className="sr-only"> {de(speaker.name)}</span> ({slides.name})
          </a>
        ) : null}
      </p>
      {canSend ? (
        <SpeakerLinkControls eventId={eventId} speaker={{ id: speaker.id, name: speaker.name, email: speaker.email, hasLink: speaker.linkCreatedAt !== null }} />
      ) : null}
    </div>
  );
}
