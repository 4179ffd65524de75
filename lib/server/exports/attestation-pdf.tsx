import 'server-only';
import { Document, Image, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { madeAtLine } from '@/lib/domain/attestations/attestation-text';
import { DAY_PORTION_LABELS, formatCertificateDays, formatCertificateHours } from '@/lib/domain/attestations/certificate-hours';
import { formatDayTitle } from '@/lib/domain/dates';
import { pdfText } from '@/lib/domain/format/french';
import type { AttestationEvent, AttestationLogo, AttestationPerson, Signatory } from '@/lib/server/attestations/load';
import { BRAND } from '@/lib/server/exports/bilan/pdf-kit';

/*
 * One attestation de présence, on one A4 page: partners' logos, the event and its organisers, the
 * person, a table of the days attended (portion and time of each, totals), the place and date of
 * issue, and the signatory's block with room for a signature and a stamp.
 */

const styles = StyleSheet.create({
  page: { paddingTop: 40, paddingHorizontal: 56, paddingBottom: 48, fontSize: 10.5, fontFamily: 'Helvetica', color: '#0f172a' },
  logos: { flexDirection: 'row', flexWrap: 'wrap', alignItems: 'center', marginBottom: 18, minHeight: 10 },
  logo: { height: 40, maxWidth: 110, objectFit: 'contain', marginRight: 16 },
  title: { fontSize: 20, fontFamily: 'Helvetica-Bold', color: BRAND, textAlign: 'center', marginBottom: 4, lineHeight: 1.2 },
  subtitle: { fontSize: 11, textAlign: 'center', color: '#334155', marginBottom: 22, lineHeight: 1.3 },
  paragraph: { marginBottom: 8, lineHeight: 1.45 },
  person: { fontSize: 13, fontFamily: 'Helvetica-Bold', marginBottom: 2, lineHeight: 1.3 },
  bold: { fontFamily: 'Helvetica-Bold' },
  table: { marginTop: 6, marginBottom: 14, borderTopWidth: 0.75, borderTopColor: BRAND },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#cbd5e1' },
  headerRow: { flexDirection: 'row', backgroundColor: '#e8eefb', borderBottomWidth: 0.75, borderBottomColor: BRAND },
  totalRow: { flexDirection: 'row', backgroundColor: '#f1f5f9', borderBottomWidth: 0.75, borderBottomColor: '#0f172a' },
  cell: { paddingVertical: 4, paddingHorizontal: 5, lineHeight: 1.3 },
  signature: { marginTop: 18, marginLeft: 250 },
  signatureBox: { marginTop: 8, height: 70, borderWidth: 0.5, borderColor: '#94a3b8', borderStyle: 'dashed' },
  footer: { position: 'absolute', bottom: 24, left: 56, right: 56, fontSize: 8, color: '#475569', textAlign: 'center' },
});

const COLUMNS = [45, 35, 20] as const;

function Row({ cells, style, bold = false }: { cells: readonly string[]; style: (typeof styles)[keyof typeof styles]; bold?: boolean }) {
  return (
    <View style={style} wrap={false}>
      {cells.map((value, index) => (
        <Text key={index} style={[styles.cell, { width: `${COLUMNS[index]}%`, textAlign: index === 2 ? 'right' : 'left' }, bold ? styles.bold : {}]}>
          {pdfText(value)}
        </Text>
      ))}
    </View>
  );
}

/** « organisé par A », « par A et B », « par A, B et C ». */
function organisedBy(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
}

export type AttestationInput = { event: AttestationEvent; signatory: Signatory; issuedOn: string; person: AttestationPerson };

export function AttestationPage({ event, signatory, issuedOn, person }: AttestationInput) {
  const { certificate } = person;
  const where = event.online ? 'à distance' : event.place ? `à ${event.place}` : null;
  return (
    <Page size="A4" style={styles.page}>
      <View style={styles.logos}>
        {event.logos.map((logo, index) => (
          // eslint-disable-next-line jsx-a11y/alt-text -- a PDF image (react-pdf) has no alt attribute
          <Image key={index} style={styles.logo} src={logo} />
        ))}
      </View>
      <Text style={styles.title}>Attestation de présence</Text>
      <Text style={styles.subtitle}>{pdfText(event.title)}</Text>
      <Text style={styles.paragraph}>
        {pdfText(`Je soussigné·e, ${signatory.name}, ${signatory.role} (${signatory.organisation}), atteste que :`)}
      </Text>
      <View style={{ marginBottom: 10, marginLeft: 16 }}>
        <Text style={styles.person}>{pdfText(person.name)}</Text>
        {person.organisation ? <Text>{pdfText(person.organisation)}</Text> : null}
      </View>
      <Text style={styles.paragraph}>
        {pdfText(
          `a participé à l’événement « ${event.title} », organisé par ${organisedBy(event.organisers)}, qui s’est tenu ${event.dates.includes('–') ? 'du' : 'le'} ${event.dates.replace(/\s*–\s*/, ' au ')}${where ? ` ${where}` : ''}, et y a été présent·e ${formatCertificateDays(certificate.halfDays)}, soit ${formatCertificateHours(certificate.minutes)} :`,
        )}
      </Text>
      <View style={styles.table}>
        <Row style={styles.headerRow} cells={['Date', 'Présence', 'Durée']} bold />
        {certificate.days.map((day) => (
          <Row key={day.date} style={styles.row} cells={[formatDayTitle(day.date), day.portion ? DAY_PORTION_LABELS[day.portion] : 'présence', formatCertificateHours(day.minutes)]} />
        ))}
        <Row style={styles.totalRow} cells={['Total', formatCertificateDays(certificate.halfDays), formatCertificateHours(certificate.minutes)]} bold />
      </View>
      <Text style={styles.paragraph}>Cette attestation est délivrée à l’intéressé·e pour servir et valoir ce que de droit.</Text>
      <View style={styles.signature} wrap={false}>
        <Text style={styles.paragraph}>{pdfText(madeAtLine(event.city, issuedOn))}</Text>
        <Text style={styles.bold}>{pdfText(signatory.name)}</Text>
        <Text>{pdfText(`${signatory.role.charAt(0).toUpperCase()}${signatory.role.slice(1)}, ${signatory.organisation}`)}</Text>
        <View style={styles.signatureBox} />
      </View>
      <Text style={styles.footer} fixed>
        {pdfText(`Attestation établie avec Trame d’après le pointage des présences, jour par jour.`)}
      </Text>
    </Page>
  );
}

/** The attestation of one person, as PDF bytes. */
export function renderAttestationPdf(input: AttestationInput): Promise<Buffer> {
  return renderToBuffer(
    <Document title={`Attestation de présence — ${input.person.name}`} author={input.signatory.organisation} creator="Trame" producer="Trame">
      <AttestationPage {...input} />
    </Document>,
  );
}

/**
 * The logos react-pdf can draw. An upload is only checked by its first bytes (lib/domain/files): a
 * truncated or odd PNG would fail every attestation, so each logo is tried once, alone, per batch.
 */
export async function drawableLogos(logos: readonly AttestationLogo[]): Promise<AttestationLogo[]> {
  const kept: AttestationLogo[] = [];
  for (const logo of logos) {
    try {
      await renderToBuffer(
        <Document>
          <Page size="A7">
            {/* eslint-disable-next-line jsx-a11y/alt-text -- a PDF image (react-pdf) has no alt attribute */}
            <Image style={{ width: 20, height: 20 }} src={logo} />
          </Page>
        </Document>,
      );
      kept.push(logo);
    } catch {
      // Left out: the attestation goes without this logo rather than not at all.
    }
  }
  return kept;
}
