import Link from 'next/link';
import type { ProgrammeConflict } from '@/lib/domain/programme/conflict-rules';
import { SESSION_ACCESS_LABELS } from '@/lib/domain/programme/labels';
import type { ProgrammeSessionView } from '@/lib/server/queries/programme';
import { SessionConflicts } from './ConflictNote';
import { formatTimeRange } from '@/lib/domain/dates';

/**
 * One session, as shown in the grid and the lists. Its title is the link that opens its edit
 * form: every session is reachable with Tab, whatever the view.
 */
export function SessionCard(props: {
  eventId: string;
  session: ProgrammeSessionView;
  roomName?: string | null;
  conflicts: readonly ProgrammeConflict[];
  editable: boolean;
}) {
  const { session } = props;
  const facts = [session.formatName, props.roomName, SESSION_ACCESS_LABELS[session.access], session.capacity ? `${session.capacity} places` : null];
  const title = session.cancelled ? <s>{session.title}</s> : session.title;
  return (
    <div className={`rounded-md border p-2 ${session.cancelled ? 'border-slate-300 bg-slate-100' : session.draft ? 'border-dashed border-amber-600 bg-amber-50' : 'border-brand-100 bg-brand-50'}`}>
      <p className="text-sm font-semibold text-slate-800">{formatTimeRange(session)}</p>
      <p className="font-semibold">
        {props.editable ? (
          <Link href={`/evenements/${props.eventId}/programme/seances/${session.id}`} className="text-brand-800 underline underline-offset-2">
            {title}
            <span className="sr-only"> — modifier la séance</span>
          </Link>
        ) : (
          title
        )}
      </p>
      {session.draft ? (
        <p className="text-sm font-semibold text-amber-900">
          Brouillon<span className="font-normal text-slate-900"> — issue d’une proposition retenue, visible de l’équipe seulement : enregistrez-la depuis son formulaire pour la placer au programme.</span>
        </p>
      ) : null}
      {session.cancelled ? (
        <p className="text-sm font-semibold text-red-800">
          Annulé<span className="font-normal text-slate-900"> — {session.cancelReason}</span>
        </p>
      ) : null}
      <p className="text-sm text-slate-700">{facts.filter(Boolean).join(' · ')}</p>
      {session.people.length > 0 ? (
        <p className="text-sm text-slate-800">
          {session.people.map((person) => `${person.name}${person.role === 'HOST' ? ' (co-animation)' : ''}`).join(', ')}
        </p>
      ) : null}
      <SessionConflicts conflicts={props.conflicts} />
    </div>
  );
}
