'use client';
import { useRouter } from 'next/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/Button';
import { diagnosticAnswersSchema, encodeAnswers, type DiagnosticAnswers } from '@/lib/domain/diagnostic';
import { CriteriaFields } from '../../../(app)/diagnostic/_components/CriterionFieldset';

/**
 * The three questions, without an account: nothing is sent to the server but the address
 * (« ?reponses=2-1-3 »), where the page computes the level and the formats.
 */
export function AnonymousDiagnosticForm({ answers }: { answers: DiagnosticAnswers | null }) {
  const router = useRouter();
  const { form, onSubmit, errors, submitting } = useActionForm({
    schema: diagnosticAnswersSchema,
    action: async (input) => ({ ok: true as const, data: input }),
    defaultValues: answers ?? {},
    onSuccess: (data) => router.push(`/diagnostic-express?reponses=${encodeAnswers(diagnosticAnswersSchema.parse(data))}#resultat`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <CriteriaFields control={form.control} errors={errors} />
      <Button type="submit" disabled={submitting} className="self-start">
        Voir le niveau et les formats
      </Button>
    </form>
  );
}
