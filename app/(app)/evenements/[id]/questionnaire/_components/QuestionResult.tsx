import { formatRate, formatRating } from '@/lib/domain/bilan/display';
import type { QuestionSummary } from '@/lib/domain/questionnaire/types';
import { BarsChart } from './BarsChart';
import { plural } from '@/lib/domain/format/french';

const RATING_LABELS = ['1 — pas du tout', '2', '3', '4', '5 — tout à fait'];

function Table(props: { caption: string; head: [string, string]; rows: Array<[string, string]> }) {
  return (
    <table className="mt-2 w-full max-w-xl border-collapse text-sm">
      <caption className="mb-1 text-left font-medium text-slate-800">{props.caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-1 pr-4 text-left">{props.head[0]}</th>
          <th scope="col" className="py-1 text-right">{props.head[1]}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map(([label, value]) => (
          <tr key={label} className="border-b border-slate-200">
            <th scope="row" className="py-1 pr-4 text-left font-normal">{label}</th>
            <td className="py-1 text-right tabular-nums">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One question's results: the chart for the eye, the same figures as a table for everyone. */
export function QuestionResult({ question }: { question: QuestionSummary }) {
  switch (question.kind) {
    case 'scale':
      return (
        <>
          <p className="text-slate-800">
            Moyenne : <strong>{formatRating(question.average)}</strong> ({plural(question.answers, { one: 'réponse', other: 'réponses' })})
          </p>
          {question.answers > 0 ? <BarsChart unit="réponses" labelWidth={64} data={question.distribution.map((value, i) => ({ label: `Note ${i + 1}`, value }))} /> : null}
          <Table caption={`Répartition des notes — ${question.label}`} head={['Note', 'Réponses']} rows={question.distribution.map((count, i) => [RATING_LABELS[i] ?? String(i + 1), String(count)])} />
        </>
      );
    case 'session-scale':
      if (question.sessions.length === 0) return <p className="text-slate-700">Aucun temps noté pour le moment.</p>;
      return (
        <Table
          caption={`Note moyenne par temps — ${question.label}`}
          head={['Temps', 'Moyenne (réponses)']}
          rows={question.sessions.map((s) => [s.title, `${formatRating(s.average)} (${s.answers})`])}
        />
      );
    case 'choice':
      return (
        <>
          {question.answers > 0 ? <BarsChart unit="réponses" data={question.options.map((o) => ({ label: o.label, value: o.count }))} /> : null}
          <Table
            caption={`Réponses — ${question.label}`}
            head={['Réponse', 'Réponses (part)']}
            rows={question.options.map((o) => [o.label, `${o.count} (${formatRate(o.percent)})`])}
          />
        </>
      );
    case 'text':
      if (question.texts.length === 0) return <p className="text-slate-700">Aucune réponse pour le moment.</p>;
      return (
        <ul className="flex list-disc flex-col gap-1 pl-5">
          {question.texts.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      );
    case 'verbatim':
      return (
        <p className="text-slate-800">
          {plural(question.answers, { one: 'citation', other: 'citations' })} dont {question.consented} avec accord pour être citée
          {question.consented > 1 ? 's' : ''} (voir ci-dessous).
        </p>
      );
  }
}
