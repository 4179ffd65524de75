import type { ReactNode } from 'react';
import type { BilanIntroduction } from '@/lib/domain/bilan/types';
import { BilanSection, BilanTable, SubHeading, WrittenText } from './BilanTable';
import { formatCalendarDate } from '@/lib/domain/dates';
import { formatInstantRange } from './format';
import { EVENT_MODE_LABELS } from '@/lib/domain/events/mode';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-sm font-medium text-slate-700">{term}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

export function IntroductionSection({ introduction }: { introduction: BilanIntroduction }) {
  const place = [introduction.venueName, introduction.venueAddress].filter(Boolean).join(', ');
  return (
    <BilanSection id="bilan-introduction" title="1. Introduction">
      <dl className="grid gap-4 sm:grid-cols-2">
        <Fact term="Organisateurs">
          {introduction.organisers.map((organiser) => `${organiser.name}${organiser.role === 'owner' ? '' : ' (co-organisateur)'}`).join(', ') || '—'}
        </Fact>
        <Fact term="Dates">
          {formatInstantRange(introduction.startsAt, introduction.endsAt)}
          {introduction.days.length > 1 ? ` (${introduction.days.length} jours)` : ''}
        </Fact>
        <Fact term="Lieu">
          {EVENT_MODE_LABELS[introduction.mode]}
          {place ? ` — ${place}` : ''}
          {introduction.territoryName ? ` (${introduction.territoryName})` : ''}
        </Fact>
        <Fact term="Thèmes">{introduction.themes.length > 0 ? introduction.themes.join(', ') : '—'}</Fact>
        <Fact term="Niveau visé">{introduction.level === null ? '—' : `Niveau ${introduction.level}`}</Fact>
        <Fact term="Objectif">{introduction.objective ?? '—'}</Fact>
      </dl>
      <WrittenText text={introduction.text} empty="L’introduction n’est pas encore rédigée." />
      <SubHeading>Ce qui a changé par rapport au programme prévu</SubHeading>
      <BilanTable
        caption="Séances annulées"
        columns={['Séance', 'Jour', 'Motif']}
        empty="aucune séance annulée."
        rows={introduction.cancelledSessions.map((session, index) => ({
          key: `${session.title}-${index}`,
          cells: [session.title, formatCalendarDate(session.day), session.reason ?? 'Motif non précisé'],
        }))}
      />
    </BilanSection>
  );
}
