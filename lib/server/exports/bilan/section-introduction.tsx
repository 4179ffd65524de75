import 'server-only';
import { Text } from '@react-pdf/renderer';
import { formatCount } from '@/lib/domain/bilan/display';
import type { BilanIntroduction } from '@/lib/domain/bilan/types';
import { formatDateRange, formatDayTitle } from '@/lib/domain/dates';
import { modeLabel } from './cover';
import { Facts, Heading, Paragraph, Table, styles } from './pdf-kit';

export function IntroductionBody({ intro }: { intro: BilanIntroduction }) {
  const place = [intro.venueName, intro.venueAddress].filter(Boolean).join(', ');
  return (
    <>
      <Facts
        facts={[
          ['Organisateurs', intro.organisers.map((o) => o.name).join(', ')],
          ['Dates', formatDateRange(new Date(intro.startsAt), new Date(intro.endsAt))],
          ['Journées', formatCount(intro.days.length)],
          ['Modalité', modeLabel(intro.mode)],
          ['Lieu', place || 'Non renseigné'],
          ['Territoire', intro.territoryName ?? 'Non renseigné'],
          ['Thématiques', intro.themes.join(', ') || 'Non renseignées'],
          ['Niveau de maturité visé', intro.level === null ? 'Non renseigné' : `Niveau ${intro.level}`],
        ]}
      />
      <Heading>Objectif</Heading>
      <Paragraph>{intro.objective ?? 'Non renseigné.'}</Paragraph>
      {intro.text ? (
        <>
          <Heading>Présentation</Heading>
          <Paragraph>{intro.text}</Paragraph>
        </>
      ) : null}
      <Heading>Ce qui a changé par rapport au programme</Heading>
      {intro.cancelledSessions.length === 0 ? (
        <Text style={styles.muted}>Aucune séance annulée.</Text>
      ) : (
        <Table
          caption="Séances annulées"
          columns={[
            { header: 'Séance', width: 45 },
            { header: 'Jour', width: 25 },
            { header: 'Raison', width: 30 },
          ]}
          rows={intro.cancelledSessions.map((s) => [s.title, formatDayTitle(s.day), s.reason ?? 'Non précisée'])}
        />
      )}
    </>
  );
}
