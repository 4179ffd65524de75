import 'server-only';
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { formatDate, formatDateRange, formatDayTitle, formatTimeRange } from '@/lib/domain/dates';
import { pdfText } from '@/lib/domain/format/french';
import { sessionPlace, sessionsByDay } from '@/lib/domain/programme/grid';
import { SESSION_ACCESS_LABELS, SESSION_SPEAKER_ROLE_LABELS } from '@/lib/domain/programme/labels';
import type { ProgrammeSessionView, ProgrammeView } from '@/lib/server/queries/programme';

// The PDF built-in fonts (WinAnsi) lack the narrow and thin spaces fr-FR Intl writes (STACK.md trap 11): pdfText.

// react-pdf hyphenates with English patterns: French text wraps on whole words.
Font.registerHyphenationCallback((word) => [word]);

const BRAND = '#1a3f9c';
const styles = StyleSheet.create({
  // No lineHeight on the page itself: with it, react-pdf drew no footer nor page numbers here.
  page: { padding: 36, paddingBottom: 48, fontSize: 9.5, fontFamily: 'Helvetica', color: '#0f172a' },
  title: { fontSize: 17, fontFamily: 'Helvetica-Bold', color: BRAND, lineHeight: 1.2 },
  meta: { color: '#334155', marginTop: 2, marginBottom: 12, lineHeight: 1.35 },
  day: { fontSize: 12.5, fontFamily: 'Helvetica-Bold', marginTop: 10, marginBottom: 4, color: BRAND, lineHeight: 1.2 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#cbd5e1', paddingVertical: 4, lineHeight: 1.35 },
  time: { width: '16%', fontFamily: 'Helvetica-Bold' },
  body: { width: '60%', paddingRight: 6 },
  room: { width: '24%', color: '#334155' },
  session: { fontFamily: 'Helvetica-Bold' },
  cancelled: { color: '#991b1b', fontFamily: 'Helvetica-Bold' },
  detail: { color: '#334155' },
  footer: { position: 'absolute', bottom: 22, left: 36, right: 36, fontSize: 8, color: '#475569', flexDirection: 'row', justifyContent: 'space-between' },
});

function SessionRow({ session, roomName }: { session: ProgrammeSessionView; roomName: string }) {
  const t = pdfText;
  const details = [session.formatName, SESSION_ACCESS_LABELS[session.access]].filter(Boolean).join(' · ');
  return (
    <View style={styles.row} wrap={false}>
      <Text style={styles.time}>{t(formatTimeRange(session))}</Text>
      <View style={styles.body}>
        {session.cancelled ? <Text style={styles.cancelled}>{t(`ANNULÉ — ${session.cancelReason ?? ''}`)}</Text> : null}
        <Text style={styles.session}>{t(session.title)}</Text>
        <Text style={styles.detail}>{t(details)}</Text>
        {session.people.length > 0 ? (
          <Text>{t(session.people.map((p) => `${p.name}${p.role === 'HOST' ? ` (${SESSION_SPEAKER_ROLE_LABELS.HOST.toLowerCase()})` : ''}`).join(', '))}</Text>
        ) : null}
      </View>
      <Text style={styles.room}>{t(roomName)}</Text>
    </View>
  );
}

function ProgrammeDocument({ programme, generatedAt }: { programme: ProgrammeView; generatedAt: Date }) {
  const t = pdfText;
  const rooms = new Map(programme.rooms.map((room) => [room.id, room.name]));
  const roomOf = (session: ProgrammeSessionView) => sessionPlace(session, rooms);
  // Drafts (accepted proposals not placed yet) stay off paper, as off the public page.
  const { days, unplaced } = sessionsByDay(programme.days, programme.sessions.filter((session) => !session.draft));
  const first = programme.days[0];
  const last = programme.days.at(-1);
  return (
    <Document title={t(`Programme — ${programme.event.title}`)} author="Trame" language="fr-FR">
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{t(`Programme — ${programme.event.title}`)}</Text>
        <Text style={styles.meta}>{first && last ? t(formatDateRange(first.startsAt, last.endsAt)) : 'Dates à préciser'}</Text>
        {days.map(({ day, sessions }) => (
          <View key={day.id}>
            <Text style={styles.day} minPresenceAhead={40}>
              {t(`${formatDayTitle(day.date)} · ${formatTimeRange(day)}`)}
            </Text>
            {sessions.length === 0 ? <Text>Aucune séance ce jour-là.</Text> : null}
            {sessions.map((session) => (
              <SessionRow key={session.id} session={session} roomName={roomOf(session)} />
            ))}
          </View>
        ))}
        {unplaced.length > 0 ? (
          <View>
            <Text style={styles.day}>Hors des journées de l’événement</Text>
            {unplaced.map((session) => (
              <SessionRow key={session.id} session={session} roomName={roomOf(session)} />
            ))}
          </View>
        ) : null}
        <View style={styles.footer} fixed>
          <Text>{t(`Programme généré par Trame le ${formatDate(generatedAt)}`)}</Text>
          <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/** The programme as an A4 PDF, day by day. */
export function renderProgrammePdf(programme: ProgrammeView, generatedAt = new Date()): Promise<Buffer> {
  return renderToBuffer(<ProgrammeDocument programme={programme} generatedAt={generatedAt} />);
}
