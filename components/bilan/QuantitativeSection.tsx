import { formatCount, formatDuration, formatEntered, formatObjective, formatRate } from '@/lib/domain/bilan/display';
import { HALF_DAY_RULE_TEXT } from '@/lib/domain/bilan/programme-figures';
import type { BilanQuantitative } from '@/lib/domain/bilan/types';
import { BilanSection, BilanTable, SubHeading } from './BilanTable';
import { formatCalendarDate } from '@/lib/domain/dates';

function KeyFigure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-xl font-semibold text-slate-900">{value}</dd>
    </div>
  );
}

/** How the content figures were counted: the half-day rule, its override, the sessions left out. */
function ContentNotes({ q }: { q: BilanQuantitative }) {
  const overridden = q.halfDaysComputed !== undefined && q.halfDaysOverrideReason !== undefined && q.halfDaysOverrideReason !== null;
  return (
    <div className="flex max-w-3xl flex-col gap-2 text-sm text-slate-800">
      {q.leftOutOfContent ? <p>{HALF_DAY_RULE_TEXT}</p> : null}
      {overridden ? (
        <p>
          Demi-journées : chiffre fixé par la coordination ({formatCount(q.halfDays)} au lieu de {formatCount(q.halfDaysComputed ?? 0)} selon la règle) — {q.halfDaysOverrideReason}
        </p>
      ) : null}
      {q.leftOutOfContent && q.leftOutOfContent.length > 0 ? (
        <BilanTable
          caption="Temps du programme hors contenu (ni séances tenues, ni heures de contenu, ni demi-journées)"
          columns={['Séance', 'Jour', 'Format']}
          rows={q.leftOutOfContent.map((session, index) => ({ key: `${session.title}-${index}`, cells: [session.title, formatCalendarDate(session.day), session.formatLabel] }))}
        />
      ) : null}
    </div>
  );
}

export function QuantitativeSection({ quantitative: q }: { quantitative: BilanQuantitative }) {
  const { speakers, staff, participants } = q;
  return (
    <BilanSection id="bilan-quantitatif" title="2. Bilan quantitatif">
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <KeyFigure label="Demi-journées" value={formatCount(q.halfDays)} />
        <KeyFigure label="Séances de contenu tenues" value={formatCount(q.sessionsHeld)} />
        <KeyFigure label="Séances annulées" value={formatCount(q.sessionsCancelled)} />
        <KeyFigure label="Heures de contenu" value={formatDuration(q.contentMinutes)} />
        <KeyFigure label="Participant·es (hors intervenant·es)" value={formatCount(participants.total)} />
        <KeyFigure label="dont venu·es sur place" value={formatCount(participants.walkIns)} />
        <KeyFigure label="Inscrit·es confirmé·es" value={formatCount(participants.registered)} />
      </dl>
      <p className="text-lg font-semibold text-slate-900">{formatObjective(participants)}.</p>
      <ContentNotes q={q} />
      <BilanTable
        caption="Séances par format"
        columns={['Format', 'Tenues', 'Annulées']}
        numeric={[1, 2]}
        empty="aucune séance au programme."
        rows={q.sessionsByFormat.map((row) => ({ key: row.formatId, cells: [row.formatLabel, formatCount(row.held), formatCount(row.cancelled)] }))}
      />
      <SubHeading>Intervenant·es et équipe</SubHeading>
      <BilanTable
        caption="Intervenant·es"
        columns={['Intervenant·es', 'Nombre']}
        numeric={[1]}
        rows={[
          { key: 'total', cells: ['Total', formatCount(speakers.total)], emphasis: true },
          { key: 'local', cells: ['Locaux', formatCount(speakers.local)] },
          { key: 'national', cells: ['Nationaux', formatCount(speakers.national)] },
          { key: 'women', cells: ['Femmes', formatCount(speakers.women)] },
          { key: 'men', cells: ['Hommes', formatCount(speakers.men)] },
          { key: 'other', cells: ['Autre ou non déclaré', formatCount(speakers.otherOrUndeclared)] },
          { key: 'share', cells: ['Part de femmes (parmi les genres déclarés)', formatRate(speakers.womenShare)] },
        ]}
      />
      <BilanTable
        caption="Équipe mobilisée"
        columns={['Moment', 'Personnes', 'Temps']}
        numeric={[1, 2]}
        rows={[
          { key: 'event', cells: ['Pendant l’événement', formatEntered(staff.eventPeople, 'pers.'), formatEntered(staff.eventHours, 'h')] },
          { key: 'prep', cells: ['En préparation', formatEntered(staff.prepPeople, 'pers.'), formatEntered(staff.prepDays, 'j')] },
        ]}
      />
      <SubHeading>Participation</SubHeading>
      <BilanTable
        caption="Participant·es par jour (hors intervenant·es)"
        columns={['Jour', 'Attendu·es', 'Présent·es', 'dont sur place', 'Excusé·es', 'No-show', 'Taux de no-show']}
        numeric={[1, 2, 3, 4, 5, 6]}
        rows={q.perDay.map((day) => ({
          key: day.day,
          cells: [
            formatCalendarDate(day.day),
            formatCount(day.expected),
            formatCount(day.present),
            formatCount(day.walkIns),
            formatCount(day.excused),
            formatCount(day.noShow),
            formatRate(day.noShowRate),
          ],
        }))}
      />
      <BilanTable
        caption="Objectif de participation"
        columns={['Objectif', 'Valeur']}
        numeric={[1]}
        rows={[
          { key: 'min', cells: ['Objectif minimum', participants.objectiveMin === null ? '—' : formatCount(participants.objectiveMin)] },
          { key: 'max', cells: ['Objectif maximum', participants.objectiveMax === null ? '—' : formatCount(participants.objectiveMax)] },
          { key: 'actual', cells: ['Participant·es', formatCount(participants.total)], emphasis: true },
          { key: 'reached', cells: ['Participant·es rapporté·es à l’objectif minimum', formatRate(participants.objectiveReached)] },
        ]}
      />
      <BilanTable
        caption="Publics cibles présents"
        columns={['Public', 'Présent·es', 'Effectif du territoire', 'Part touchée']}
        numeric={[1, 2, 3]}
        empty="aucun public cible renseigné pour cet événement."
        rows={q.audiences.map((audience) => ({
          key: audience.category,
          cells: [
            audience.label,
            formatCount(audience.present),
            audience.territoryTotal === null ? 'inconnu' : formatCount(audience.territoryTotal),
            formatRate(audience.share),
          ],
        }))}
      />
    </BilanSection>
  );
}
