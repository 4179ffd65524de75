import { formatCount, formatRating } from '@/lib/domain/bilan/display';
import {
  COMBINED_COLUMNS,
  COMBINED_RULE,
  combinedRowValues,
  describeSource,
  OUTSIDE_SECTION_TITLE,
  type BilanOutsideResults,
} from '@/lib/domain/bilan/outside-results';
import { BilanTable, SubHeading } from './BilanTable';

const count = (value: number | null) => (value === null ? '—' : formatCount(value));

/** « Résultats recueillis hors Trame »: each source named, the figures side by side with Trame's, and the combined ones. */
export function OutsideResults({ outside }: { outside: BilanOutsideResults | null | undefined }) {
  if (!outside) return null;
  const quotes = outside.sources.flatMap((source) => source.quotes.map((quote) => ({ ...quote, source: source.sourceLabel })));
  return (
    <div className="flex flex-col gap-3 rounded border-l-4 border-amber-500 bg-amber-50 p-4" data-testid="outside-results">
      <SubHeading>{OUTSIDE_SECTION_TITLE}</SubHeading>
      <p className="text-slate-900">
        Ces résultats ont été recueillis hors de Trame et reportés par les organisateurs : Trame ne peut pas les vérifier.
      </p>
      <ul className="ml-5 list-disc text-slate-900">
        {outside.sources.map((source, index) => (
          <li key={index}>{describeSource(source)}</li>
        ))}
      </ul>
      <dl className="grid max-w-xl grid-cols-[auto_auto] gap-x-6 gap-y-1 text-slate-900">
        <dt>Réponses au questionnaire de Trame</dt>
        <dd className="text-right tabular-nums">{formatCount(outside.responses.trame)}</dd>
        <dt>Réponses recueillies hors Trame</dt>
        <dd className="text-right tabular-nums">{formatCount(outside.responses.outside)}</dd>
        <dt className="font-semibold">Réponses au total</dt>
        <dd className="text-right font-semibold tabular-nums">{formatCount(outside.responses.total)}</dd>
      </dl>
      <BilanTable
        caption="Satisfaction (notes de 1 à 5) : Trame, hors Trame et combinée"
        columns={COMBINED_COLUMNS}
        numeric={[1, 2, 3, 4, 5, 6]}
        empty="aucune note recueillie hors Trame."
        rows={outside.scores.map((score) => {
          const [label, trameAnswers, trameAverage, outsideAnswers, outsideAverage, answers, average] = combinedRowValues(score);
          return {
            key: score.key,
            cells: [label, count(trameAnswers), formatRating(trameAverage), count(outsideAnswers), formatRating(outsideAverage), count(answers), formatRating(average)],
          };
        })}
      />
      <p className="text-sm text-slate-700">{COMBINED_RULE}</p>
      {quotes.length > 0 ? (
        <div className="flex flex-col gap-1">
          <p className="font-semibold text-slate-900">Citations recueillies hors Trame, avec l’accord de leurs auteur·rices</p>
          <ul className="ml-5 flex max-w-3xl list-disc flex-col gap-1 text-slate-900">
            {quotes.map((quote, index) => (
              <li key={index}>
                « {quote.text} »{quote.author ? ` — ${quote.author}` : ''} <span className="text-slate-700">({quote.source})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
