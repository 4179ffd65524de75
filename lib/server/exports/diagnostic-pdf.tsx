import 'server-only';
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { formatDate } from '@/lib/domain/dates';
import { retainedLevelLabel } from '@/lib/domain/diagnostic';
import { getFormat } from '@/lib/domain/formats';
import { pdfText } from '@/lib/domain/format/french';
import type { DiagnosticView } from '@/lib/server/queries/diagnostics';

// The built-in PDF fonts (WinAnsi) lack the narrow and thin spaces that fr-FR Intl writes, and "≤":
// they would print as garbage. Every string goes through pdfText before reaching the page.

// react-pdf hyphenates with English patterns ("Aix-Mar-seille"): French text wraps on whole words.
Font.registerHyphenationCallback((word) => [word]);

const BRAND = '#1a3f9c';
const styles = StyleSheet.create({
  // Line heights are set per style: an inherited one is not rescaled for bigger text, which overlaps.
  page: { padding: 40, fontSize: 10, fontFamily: 'Helvetica', color: '#0f172a', lineHeight: 1.4 },
  title: { fontSize: 18, fontFamily: 'Helvetica-Bold', color: BRAND, marginBottom: 4, lineHeight: 1.25 },
  meta: { color: '#475569', marginBottom: 14 },
  levelBox: { borderLeftWidth: 4, borderLeftColor: BRAND, backgroundColor: '#eef4ff', padding: 10, marginBottom: 14 },
  level: { fontSize: 15, fontFamily: 'Helvetica-Bold', color: BRAND, marginBottom: 4, lineHeight: 1.25 },
  heading: { fontSize: 12, fontFamily: 'Helvetica-Bold', marginTop: 10, marginBottom: 6, lineHeight: 1.25 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#cbd5e1', paddingVertical: 4 },
  criterion: { width: '38%', fontFamily: 'Helvetica-Bold' },
  answer: { width: '62%' },
  format: { marginBottom: 5 },
  formatName: { fontFamily: 'Helvetica-Bold' },
  footer: { position: 'absolute', bottom: 28, left: 40, right: 40, fontSize: 8, color: '#475569' },
});

function DiagnosticDocument({ diagnostic, generatedAt }: { diagnostic: DiagnosticView; generatedAt: Date }) {
  const { result, territory } = diagnostic;
  const t = pdfText;
  return (
    <Document title={t(`Diagnostic de maturité — ${territory.name}`)} author="Trame" language="fr-FR">
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{t(`Diagnostic de maturité — ${territory.label}`)}</Text>
        <Text style={styles.meta}>
          {t(`Réalisé le ${formatDate(diagnostic.createdAt)} par ${diagnostic.createdByName}, ${diagnostic.organisationName}`)}
        </Text>
        <View style={styles.levelBox}>
          <Text style={styles.level}>{t(`${retainedLevelLabel(result)} — ${result.objective.title}`)}</Text>
          {result.override ? <Text>{t(`Raison : ${result.override.reason}`)}</Text> : null}
          <Text style={{ marginTop: 4 }}>{t(`Objectif : ${result.objective.objective}`)}</Text>
        </View>
        <Text style={styles.heading}>Réponses aux trois critères</Text>
        {result.answers.map((answer) => (
          <View key={answer.criterionId} style={styles.row}>
            <Text style={styles.criterion}>{t(answer.criterionLabel)}</Text>
            <Text style={styles.answer}>{t(`${answer.value} — ${answer.answerLabel}. ${answer.answerExplanation}`)}</Text>
          </View>
        ))}
        <Text style={styles.heading}>Règle appliquée</Text>
        <Text>{t(result.rule)}</Text>
        <Text>{t(result.computation.explanation)}</Text>
        <Text style={styles.heading}>{t(`Formats recommandés au niveau ${result.level}, par ordre de priorité`)}</Text>
        {result.recommendedFormatIds.map((id, index) => {
          const format = getFormat(id);
          return (
            <Text key={id} style={styles.format}>
              <Text style={styles.formatName}>{t(`${index + 1}. ${format.name}`)}</Text>
              {t(` — ${format.purpose}`)}
            </Text>
          );
        })}
        <Text style={styles.footer} fixed>
          {t(`${result.sourceCredit}. Document généré par Trame le ${formatDate(generatedAt)}.`)}
        </Text>
      </Page>
    </Document>
  );
}

/** The one-page PDF of a diagnostic, to show decision-makers. */
export function renderDiagnosticPdf(diagnostic: DiagnosticView, generatedAt = new Date()): Promise<Buffer> {
  return renderToBuffer(<DiagnosticDocument diagnostic={diagnostic} generatedAt={generatedAt} />);
}
