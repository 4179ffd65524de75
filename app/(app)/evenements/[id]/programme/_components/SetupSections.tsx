import type { ReactNode } from 'react';
import { SPEAKER_SCOPE_LABELS } from '@/lib/domain/programme/labels';
import { formatDayTitle, formatTime, formatTimeRange } from '@/lib/domain/dates';
import { deleteRoomAction } from '@/lib/server/actions/programme-rooms';
import { deleteSpeakerAction } from '@/lib/server/actions/programme-speakers';
import type { ProgrammeView } from '@/lib/server/queries/programme';
import { ActionButton } from './ActionButton';
import { DayForm } from './DayForm';
import { DayRemovalNotices, DeleteDayButton } from './DayRemoval';
import { RoomForm } from './RoomForm';
import { SpeakerForm } from './SpeakerForm';
import { SpeakerStatus } from './SpeakerStatus';
import { de, plural } from '@/lib/domain/format/french';
import { speakerDuplicates } from '@/lib/domain/programme/speaker-duplicates';

function Section(props: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <section aria-labelledby={props.id} className="rounded-lg bg-white p-6 shadow">
      <h2 id={props.id} className="text-2xl font-semibold">
        {props.title}
      </h2>
      <p className="mb-3 text-slate-700">{props.intro}</p>
      {props.children}
    </section>
  );
}

/** One row of a list: what it is, then « Modifier » (a disclosure with the form) and « Supprimer ». */
function Item(props: { summary: ReactNode; what: string; form: ReactNode; remove: ReactNode }) {
  return (
    <li className="border-b border-slate-200 py-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>{props.summary}</div>
        {props.remove}
      </div>
      <details className="mt-1">
        <summary className="cursor-pointer font-medium text-brand-700">
          Modifier<span className="sr-only"> {props.what}</span>
        </summary>
        <div className="mt-2">{props.form}</div>
      </details>
    </li>
  );
}

function AddBlock({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-4 rounded-md border border-slate-200 p-4">
      <h3 id={id} className="mb-2 text-lg font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

export function DaysSection({ programme }: { programme: ProgrammeView }) {
  const eventId = programme.event.id;
  const edit = programme.permissions.edit;
  return (
    <Section id="journees" title="Journées" intro="Chaque journée a sa date et ses horaires d’ouverture (heure de Paris).">
      <DayRemovalNotices>
        {programme.days.length === 0 ? <p className="text-slate-800">Aucune journée pour l’instant : ajoutez-en une pour placer des séances.</p> : null}
        <ul>
          {programme.days.map((day) => {
            const label = formatDayTitle(day.date);
            return edit ? (
              <Item
                key={day.id}
                what={`la journée du ${label}`}
                summary={<p className="font-semibold">{`${label} · ${formatTimeRange(day)}`}</p>}
                form={<DayForm eventId={eventId} day={{ id: day.id, date: day.date, startTime: formatTime(day.startsAt), endTime: formatTime(day.endsAt) }} />}
                remove={<DeleteDayButton eventId={eventId} dayId={day.id} date={day.date} label={label} />}
              />
            ) : (
              <li key={day.id} className="py-2 font-semibold">{`${label} · ${formatTimeRange(day)}`}</li>
            );
          })}
        </ul>
      </DayRemovalNotices>
      {edit ? (
        <AddBlock id="ajout-journee" title="Ajouter une journée">
          <DayForm eventId={eventId} />
        </AddBlock>
      ) : null}
    </Section>
  );
}

export function RoomsSection({ programme }: { programme: ProgrammeView }) {
  const eventId = programme.event.id;
  const edit = programme.permissions.edit;
  return (
    <Section id="salles" title="Salles" intro="Les colonnes de la grille, dans l’ordre où vous les ajoutez.">
      {programme.rooms.length === 0 ? <p className="text-slate-800">Aucune salle pour l’instant.</p> : null}
      <ul>
        {programme.rooms.map((room) => {
          const summary = (
            <>
              <p className="font-semibold">{room.name}</p>
              <p className="text-sm text-slate-700">
                {[room.capacity ? `${room.capacity} places` : 'Places non renseignées', room.equipment].filter(Boolean).join(' · ')}
              </p>
            </>
          );
          return edit ? (
            <Item
              key={room.id}
              what={`la salle ${room.name}`}
              summary={summary}
              form={<RoomForm eventId={eventId} room={room} />}
              remove={<ActionButton action={deleteRoomAction.bind(null, { eventId, roomId: room.id })} label="Supprimer" accessibleLabel={`Supprimer la salle ${room.name}`} variant="ghost" />}
            />
          ) : (
            <li key={room.id} className="py-2">{summary}</li>
          );
        })}
      </ul>
      {edit ? (
        <AddBlock id="ajout-salle" title="Ajouter une salle">
          <RoomForm eventId={eventId} />
        </AddBlock>
      ) : null}
    </Section>
  );
}

export function SpeakersSection({ programme }: { programme: ProgrammeView }) {
  const eventId = programme.event.id;
  const edit = programme.permissions.edit;
  // Same name and e-mail: the same person entered twice (lib/domain/programme/speaker-duplicates).
  const twins = speakerDuplicates(programme.speakers);
  return (
    <Section id="intervenants" title="Intervenant·es et co-animation" intro="Les personnes qui interviennent ou co-animent une séance ; leurs coordonnées restent internes.">
      {programme.speakers.length === 0 ? <p className="text-slate-800">Aucune personne pour l’instant.</p> : null}
      <ul>
        {programme.speakers.map((speaker) => {
          const summary = (
            <>
              <p className="font-semibold">{speaker.name}</p>
              <p className="text-sm text-slate-700">
                {[speaker.role, speaker.organisation, SPEAKER_SCOPE_LABELS[speaker.scope], speaker.email, speaker.phone].filter(Boolean).join(' · ')}
              </p>
              {twins.has(speaker.id) ? (
                <p className="mt-1 rounded bg-amber-50 px-2 py-1 text-sm font-semibold text-amber-950">
                  Doublon : {plural(twins.get(speaker.id)!.length, { one: 'autre fiche', other: 'autres fiches' })} au même nom et au même e-mail.
                  Gardez une seule fiche : les séances de celles que vous supprimez sont à reprendre.
                </p>
              ) : null}
              <SpeakerStatus eventId={eventId} speaker={speaker} canSend={programme.permissions.emails} />
            </>
          );
          return edit ? (
            <Item
              key={speaker.id}
              what={`la fiche ${de(speaker.name)}`}
              summary={summary}
              form={<SpeakerForm eventId={eventId} speaker={speaker} />}
              remove={
                <ActionButton
                  action={deleteSpeakerAction.bind(null, { eventId, speakerId: speaker.id })}
                  label="Supprimer"
                  accessibleLabel={`Supprimer ${speaker.name}`}
                  confirm={`Confirmer : retirer ${speaker.name} de ses séances`}
                  variant="ghost"
                />
              }
            />
          ) : (
            <li key={speaker.id} className="py-2">{summary}</li>
          );
        })}
      </ul>
      {edit ? (
        <AddBlock id="ajout-intervenant" title="Ajouter une personne">
          <SpeakerForm eventId={eventId} />
        </AddBlock>
      ) : null}
    </Section>
  );
}
