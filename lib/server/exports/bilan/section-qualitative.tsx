import 'server-only';
import { Text, View } from '@react-pdf/renderer';
import { formatCount, formatRate, formatRating } from '@/lib/domain/bilan/display';
import {
  COMBINED_RULE,
  combinedRowValues,
  describeSource,
  OUTSIDE_MARK,
  OUTSIDE_SECTION_TITLE,
  type BilanOutsideResults,
} from '@/lib/domain/bilan/outside-results';
import type { BilanQualitative } from '@/lib/domain/bilan/types';
import type { QuestionSummary } from '@/lib/domain/questionnaire/types';
import { Bullets, Facts, Heading, Paragraph, Table, pdfText, styles } from './pdf-kit';

const n = formatCount;
// Free answers are many: the PDF quotes a few, the organisers' analysis says the rest.
const TEXTS_SHOWN = 8;

function QuestionBlock({ question }: { question: QuestionSummary }) {
  switch (question.kind) {
    case 'scale':
      // Written together in one table by ScaleQuestions.
      return null;
    case 'session-scale':
      return (
        <Table
          caption={question.label}
          columns={[
            { header: 'Séance', width: 60 },
            { header: 'Réponses', width: 20, align: 'right' },
            { header: 'Note moyenne', width: 20, align: 'right' },
          ]}
          rows={question.sessions.map((s) => [s.title, n(s.answers), formatRating(s.average)])}
        />
      );
    case 'choice':
      return (
        <Table
          caption={`${question.label} (${n(question.answers)} réponses)`}
          columns={[
            { header: 'Réponse', width: 60 },
            { header: 'Nombre', width: 20, align: 'right' },
            { header: 'Part', width: 20, align: 'right' },
          ]}
          rows={question.options.map((o) => [o.label, n(o.count), formatRate(o.percent)])}
        />
      );
    case 'text':
      return (
        <View wrap={false}>
          <Text style={styles.caption}>{pdfText(question.label)}</Text>
          <Bullets items={question.texts.slice(0, TEXTS_SHOWN)} />
        </View>
      );
    case 'verbatim':
      return <Facts facts={[[question.label, `${n(question.answers)} réponses, dont ${n(question.consented)} citables`]]} />;
  }
}

function ScaleQuestions({ questions }: { questions: readonly QuestionSummary[] }) {
  const rows = questions.flatMap((q) => (q.kind === 'scale' ? [[q.label, n(q.answers), formatRating(q.average)]] : []));
  if (rows.length === 0) return null;
  return (
    <Table
      caption="Satisfaction (notes de 1 à 5)"
      columns={[
        { header: 'Question', width: 60 },
        { header: 'Réponses', width: 20, align: 'right' },
        { header: 'Note moyenne', width: 20, align: 'right' },
      ]}
      rows={rows}
    />
  );
}

/** Results gathered outside Trame (snapshot v3), marked as such in their heading and first line. */
function OutsideBlock({ outside }: { outside: BilanOutsideResults | null | undefined }) {
  if (!outside) return null;
  const count = (value: number | null) => (value === null ? '—' : n(value));
  const quotes = outside.sources.flatMap((source) => source.quotes.map((quote) => ({ ...quote, source: source.sourceLabel })));
  return (
    <>
      <Heading>{OUTSIDE_SECTION_TITLE}</Heading>
      <Paragraph>Résultats recueillis hors de Trame et reportés par les organisateurs : Trame ne peut pas les vérifier.</Paragraph>
      <Bullets items={outside.sources.map(describeSource)} />
      <Facts
        facts={[
          ['Réponses au questionnaire de Trame', n(outside.responses.trame)],
          ['Réponses recueillies hors Trame', n(outside.responses.outside)],
          ['Réponses au total', n(outside.responses.total)],
        ]}
      />
      {outside.scores.length > 0 ? (
        <Table
          caption="Satisfaction (notes de 1 à 5) : Trame, hors Trame et combinée"
          columns={[
            { header: 'Question', width: 31 },
            { header: 'Rép. Trame', width: 11, align: 'right' },
            { header: 'Moy. Trame', width: 12, align: 'right' },
            { header: 'Rép. hors Trame', width: 11, align: 'right' },
            { header: 'Moy. hors Trame', width: 12, align: 'right' },
            { header: 'Rép. combinées', width: 11, align: 'right' },
            { header: 'Moy. combinée', width: 12, align: 'right' },
          ]}
          rows={outside.scores.map((score) => {
            const [label, trameAnswers, trameAverage, outsideAnswers, outsideAverage, answers, average] = combinedRowValues(score);
            return [label, count(trameAnswers), formatRating(trameAverage), count(outsideAnswers), formatRating(outsideAverage), count(answers), formatRating(average)];
          })}
        />
      ) : null}
      <Text style={styles.muted}>{pdfText(COMBINED_RULE)}</Text>
      {quotes.map((quote, index) => (
        <Text key={index} style={styles.quote} wrap={false}>
          {pdfText(`« ${quote.text} »${quote.author ? ` — ${quote.author}` : ''} (${quote.source}, ${OUTSIDE_MARK})`)}
        </Text>
      ))}
    </>
  );
}

export function QualitativeBody({ q }: { q: BilanQualitative }) {
  const summary = q.questionnaire;
  const frame: ReadonlyArray<readonly [string, string | null]> = [
    ['Pourquoi évaluer ?', q.evaluation.why],
    ['Qui interroger ?', q.evaluation.who],
    ['Comment ?', q.evaluation.how],
    ['Quoi mesurer ?', q.evaluation.what],
    ['Relecture après l’événement', q.evaluation.review],
  ];
  const answered = frame.flatMap(([label, value]) => (value?.trim() ? [[label, value]] : []));
  return (
    <>
      <Heading>Questionnaire de satisfaction</Heading>
      {summary === null ? (
        <Text style={styles.muted}>Pas de questionnaire pour cet événement.</Text>
      ) : (
        <>
          <Facts
            facts={[
              ['Personnes interrogées', n(summary.invited)],
              ['Réponses', n(summary.responses)],
              ['Taux de réponse', formatRate(summary.responseRate)],
              ['Satisfaction globale', formatRating(summary.overallSatisfaction)],
            ]}
          />
          <ScaleQuestions questions={summary.questions} />
          {summary.questions.map((question) => (
            <QuestionBlock key={question.id} question={question} />
          ))}
          {summary.selectedVerbatims.length > 0 ? <Heading>Paroles de participants</Heading> : null}
          {summary.selectedVerbatims.map((quote, index) => (
            <Text key={index} style={styles.quote} wrap={false}>
              {pdfText(`« ${quote} »`)}
            </Text>
          ))}
        </>
      )}
      <OutsideBlock outside={q.outside} />
      <Heading>Analyse</Heading>
      <Paragraph>{q.analysis ?? 'Non renseignée.'}</Paragraph>
      <Heading>À garder</Heading>
      <Bullets items={q.keep} />
      <Heading>À améliorer</Heading>
      <Bullets items={q.improve} />
      <Heading>À envisager la prochaine fois</Heading>
      <Bullets items={q.consider} />
      {/* Only the questions answered: five "Non renseigné" rows tell a funder nothing. */}
      {answered.length > 0 ? (
        <>
          <Heading>Cadre d’évaluation</Heading>
          <Table
            columns={[
              { header: 'Question', width: 32 },
              { header: 'Réponse', width: 68 },
            ]}
            rows={answered}
          />
        </>
      ) : null}
    </>
  );
}
