import type { BilanEvaluationFrame, BilanQualitative } from '@/lib/domain/bilan/types';
import { BilanSection, SubHeading, WrittenText } from './BilanTable';
import { OutsideResults } from './OutsideResults';
import { QuestionnaireResults } from './QuestionnaireResults';

export const EVALUATION_QUESTIONS: ReadonlyArray<{ key: keyof BilanEvaluationFrame; label: string }> = [
  { key: 'why', label: 'Pourquoi ? Les objectifs de l’événement' },
  { key: 'who', label: 'Qui ? Les publics visés et les personnes impliquées' },
  { key: 'how', label: 'Comment ? Les formats et les moyens' },
  { key: 'what', label: 'Quoi ? Les résultats attendus et leurs indicateurs' },
  { key: 'review', label: 'Relecture après l’événement' },
];

function ItemList({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <div className="flex flex-col gap-1">
      <SubHeading>{title}</SubHeading>
      {items.length === 0 ? (
        <p className="italic text-slate-700">Rien de noté.</p>
      ) : (
        <ul className="ml-5 list-disc text-slate-900">
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function QualitativeSection({ qualitative }: { qualitative: BilanQualitative }) {
  return (
    <BilanSection id="bilan-qualitatif" title="3. Bilan qualitatif">
      <QuestionnaireResults summary={qualitative.questionnaire} />
      <OutsideResults outside={qualitative.outside} />
      <SubHeading>Analyse</SubHeading>
      <WrittenText text={qualitative.analysis} empty="L’analyse n’est pas encore rédigée." />
      <div className="grid gap-4 md:grid-cols-3">
        <ItemList title="À garder" items={qualitative.keep} />
        <ItemList title="À améliorer" items={qualitative.improve} />
        <ItemList title="À envisager la prochaine fois" items={qualitative.consider} />
      </div>
      <SubHeading>Cadre d’évaluation</SubHeading>
      <dl className="flex max-w-3xl flex-col gap-3">
        {EVALUATION_QUESTIONS.map(({ key, label }) => (
          <div key={key}>
            <dt className="font-medium text-slate-900">{label}</dt>
            <dd className="whitespace-pre-line text-slate-900">{qualitative.evaluation[key] ?? <span className="italic text-slate-700">Non renseigné.</span>}</dd>
          </div>
        ))}
      </dl>
    </BilanSection>
  );
}
