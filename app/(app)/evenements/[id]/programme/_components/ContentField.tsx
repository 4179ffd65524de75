'use client';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { Field, inputClass } from '@/components/ui/Field';
import { isFormatId } from '@/lib/domain/formats/format-ids';
import { CONTENT_CHOICES, CONTENT_CHOICE_LABELS, contentDefault } from '@/lib/domain/programme/content-flag';
import type { SessionFormInput, SessionFormValues } from '@/lib/schemas/programme';

type Form = UseFormReturn<SessionFormInput, unknown, SessionFormValues>;

/** Whether the session counts in the bilan's content figures; "Selon le format" says what the format gives. */
export function ContentField({ form }: { form: Form }) {
  const choice = useWatch({ control: form.control, name: 'formatChoice' });
  const byFormat = contentDefault(isFormatId(choice) ? choice : null);
  return (
    <Field
      id="seance-contenu"
      label="Compte comme contenu dans le bilan"
      hint="Les séances de contenu font les séances tenues, les heures de contenu et les demi-journées du bilan ; l’accueil, l’ouverture, les pauses et la clôture n’en sont pas."
    >
      {(control) => (
        <select {...control} {...form.register('contentChoice')} className={inputClass}>
          {CONTENT_CHOICES.map((value) => (
            <option key={value} value={value}>
              {value === 'format' ? `${CONTENT_CHOICE_LABELS.format} (${byFormat ? 'oui' : 'non'})` : CONTENT_CHOICE_LABELS[value]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
