'use client';
import { useRef } from 'react';
import type { BilanTextsFormInput, EvaluationFrameFormInput } from '@/lib/schemas/bilan';
import { BilanTextsForm } from './BilanTextsForm';
import { EvaluationFrameForm } from './EvaluationFrameForm';

/** Both forms write the same bilan row: they share the version an edit starts from. */
export type SharedVersion = { current: () => number; update: (version: number) => void };

const sectionClass = 'flex flex-col gap-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200';

export function BilanEditor({
  version,
  frame,
  texts,
  computedHalfDays,
}: {
  version: number;
  frame: EvaluationFrameFormInput;
  texts: BilanTextsFormInput;
  computedHalfDays: number;
}) {
  const ref = useRef(version);
  const shared: SharedVersion = { current: () => ref.current, update: (next) => (ref.current = next) };
  return (
    <>
      <section aria-labelledby="cadre-title" className={sectionClass}>
        <h2 id="cadre-title" className="text-2xl font-semibold">
          Cadre d’évaluation
        </h2>
        <p className="max-w-3xl text-slate-700">
          À écrire dès la préparation : pourquoi cet événement, pour qui, comment et avec quels résultats attendus. Relisez-le ici
          après l’événement ; il figure dans le bilan qualitatif.
        </p>
        <EvaluationFrameForm defaults={frame} shared={shared} />
      </section>
      <section aria-labelledby="textes-title" className={sectionClass}>
        <h2 id="textes-title" className="text-2xl font-semibold">
          Textes du bilan
        </h2>
        <p className="max-w-3xl text-slate-700">
          Trame calcule les chiffres ; écrivez ce qu’ils ne disent pas. L’aperçu plus bas se met à jour à chaque enregistrement.
        </p>
        <BilanTextsForm defaults={texts} shared={shared} computedHalfDays={computedHalfDays} />
      </section>
    </>
  );
}
