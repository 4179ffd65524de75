'use client';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import type { SessionFormInput, SessionFormValues } from '@/lib/schemas/programme';

type Form = UseFormReturn<SessionFormInput, unknown, SessionFormValues>;
type Speaker = { id: string; name: string; organisation: string | null };

/** Speakers and co-hosts as two checkbox lists (a person takes one role in a session). */
export function PeopleFields({ form, speakers }: { form: Form; speakers: Speaker[] }) {
  if (speakers.length === 0) {
    return <p className="text-slate-700">Ajoutez des intervenant·es sur la page du programme pour les associer à la séance.</p>;
  }
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {(
        [
          ['speakerIds', 'Intervenant·es'],
          ['hostIds', 'Co-animation'],
        ] as const
      ).map(([name, legend]) => {
        const error = errorMessage(form.formState.errors[name]);
        const errorId = `seance-${name}-error`;
        return (
          <Controller
            key={name}
            control={form.control}
            name={name}
            render={({ field }) => (
              <fieldset aria-describedby={error ? errorId : undefined} className="rounded-md border border-slate-300 p-3">
                <legend className="px-1 font-medium">{legend}</legend>
                <div className="flex flex-col gap-1">
                  {speakers.map((speaker) => {
                    const checked = field.value.includes(speaker.id);
                    return (
                      <label key={speaker.id} className="flex items-center gap-2">
                        <input
                          type="checkbox"
                          checked={checked}
                          onChange={() => field.onChange(checked ? field.value.filter((id) => id !== speaker.id) : [...field.value, speaker.id])}
                          onBlur={field.onBlur}
                          className="h-4 w-4 accent-brand-700"
                        />
                        {speaker.organisation ? `${speaker.name} (${speaker.organisation})` : speaker.name}
                      </label>
                    );
                  })}
                </div>
                <p id={errorId} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
                  {error}
                </p>
              </fieldset>
            )}
          />
        );
      })}
    </div>
  );
}
