import 'server-only';
import { formatCount, formatDuration, formatEntered, formatObjective, formatRate } from '@/lib/domain/bilan/display';
import { HALF_DAY_RULE_TEXT } from '@/lib/domain/bilan/programme-figures';
import type { BilanQuantitative } from '@/lib/domain/bilan/types';
import { Text } from '@react-pdf/renderer';
import { formatDayTitle } from '@/lib/domain/dates';
import { Facts, Heading, Paragraph, Table, styles } from './pdf-kit';

const n = formatCount;

/** The per-day attendance rows, written the same way in the PDF, on screen and in the tests. */
export function perDayRows(perDay: BilanQuantitative['perDay']): string[][] {
  return perDay.map((d) => [formatDayTitle(d.day), n(d.expected), n(d.present), n(d.walkIns), n(d.excused), n(d.noShow), formatRate(d.noShowRate)]);
}

export function QuantitativeBody({ q }: { q: BilanQuantitative }) {
  const objective =
    q.participants.objectiveMin === null
      ? 'Non fixé'
      : q.participants.objectiveMax === null || q.participants.objectiveMax === q.participants.objectiveMin
        ? n(q.participants.objectiveMin)
        : `${n(q.participants.objectiveMin)} à ${n(q.participants.objectiveMax)}`;
  return (
    <>
      <Heading>Programme réalisé</Heading>
      <Facts
        facts={[
          ['Demi-journées', n(q.halfDays)],
          ['Séances de contenu tenues', n(q.sessionsHeld)],
          ['Séances annulées', n(q.sessionsCancelled)],
          ['Durée de contenu (accueil, pauses et clôture exclus)', formatDuration(q.contentMinutes)],
        ]}
      />
      {q.leftOutOfContent ? <Paragraph>{HALF_DAY_RULE_TEXT}</Paragraph> : null}
      {q.halfDaysOverrideReason && q.halfDaysComputed !== undefined ? (
        <Paragraph>{`Demi-journées : chiffre fixé par la coordination (${formatCount(q.halfDays)} au lieu de ${formatCount(q.halfDaysComputed)} selon la règle) — ${q.halfDaysOverrideReason}`}</Paragraph>
      ) : null}
      {q.leftOutOfContent && q.leftOutOfContent.length > 0 ? (
        <Table
          caption="Temps du programme hors contenu (non comptés)"
          columns={[
            { header: 'Séance', width: 50 },
            { header: 'Journée', width: 28 },
            { header: 'Format', width: 22 },
          ]}
          rows={q.leftOutOfContent.map((s) => [s.title, formatDayTitle(s.day), s.formatLabel])}
        />
      ) : null}
      <Table
        caption="Séances par format"
        columns={[
          { header: 'Format', width: 60 },
          { header: 'Tenues', width: 20, align: 'right' },
          { header: 'Annulées', width: 20, align: 'right' },
        ]}
        rows={q.sessionsByFormat.map((f) => [f.formatLabel, n(f.held), n(f.cancelled)])}
      />
      <Heading>Intervenant·es et équipe</Heading>
      <Facts
        facts={[
          ['Intervenant·es', n(q.speakers.total)],
          ['dont locaux / nationaux', `${n(q.speakers.local)} / ${n(q.speakers.national)}`],
          ['Femmes / hommes / autre ou non déclaré', `${n(q.speakers.women)} / ${n(q.speakers.men)} / ${n(q.speakers.otherOrUndeclared)}`],
          ['Part de femmes (parmi les déclarés)', formatRate(q.speakers.womenShare)],
          ['Équipe mobilisée pendant l’événement', `${formatEntered(q.staff.eventPeople, 'personnes')}, ${formatEntered(q.staff.eventHours, 'heures')}`],
          ['Équipe mobilisée en préparation', `${formatEntered(q.staff.prepPeople, 'personnes')}, ${formatEntered(q.staff.prepDays, 'jours')}`],
        ]}
      />
      <Heading>Participants (hors intervenant·es)</Heading>
      <Facts
        facts={[
          ['Inscrits (hors intervenant·es)', n(q.participants.registered)],
          ['Participants présents', n(q.participants.total)],
          ['dont venus sans inscription', n(q.participants.walkIns)],
          ['Objectif de participants', objective],
        ]}
      />
      <Paragraph>{`${formatObjective(q.participants)}.`}</Paragraph>
      <Table
        caption="Présences et no-show par journée"
        columns={[
          { header: 'Journée', width: 28 },
          { header: 'Attendus', width: 12, align: 'right' },
          { header: 'Présents', width: 12, align: 'right' },
          { header: 'dont sans inscr.', width: 13, align: 'right' },
          { header: 'Excusés', width: 11, align: 'right' },
          { header: 'Absents', width: 11, align: 'right' },
          { header: 'Taux de no-show', width: 13, align: 'right' },
        ]}
        rows={perDayRows(q.perDay)}
      />
      {q.audiences.length === 0 ? (
        <Text style={styles.muted}>Aucun public cible renseigné pour cet événement.</Text>
      ) : (
        <Table
          caption="Publics présents et part du public du territoire"
          columns={[
            { header: 'Public', width: 46 },
            { header: 'Présents', width: 18, align: 'right' },
            { header: 'Sur le territoire', width: 18, align: 'right' },
            { header: 'Part', width: 18, align: 'right' },
          ]}
          rows={q.audiences.map((a) => [a.label, n(a.present), a.territoryTotal === null ? '—' : n(a.territoryTotal), formatRate(a.share)])}
        />
      )}
    </>
  );
}
