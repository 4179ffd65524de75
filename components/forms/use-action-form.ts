'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import type { ActionResult } from '@/lib/server/action';

// zod probes `new Function` once to speed up parsing; under our CSP (no 'unsafe-eval') that probe is
// a reported violation. Forms are small: the interpreted path is plenty fast.
z.config({ jitless: true });

/**
 * react-hook-form wired to a server action with the same zod schema: the browser checks first,
 * the server checks again and its field errors land beside the same fields.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  action: (input: z.input<S>) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<z.input<S>>;
  onSuccess?: (data: T) => void | Promise<void>;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await options.action(values as z.input<S>);
    if (result.ok) {
      await options.onSuccess?.(result.data);
      return;
    }
    setFormError(result.error);
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (messages?.[0]) form.setError(field as Path<z.input<S>>, { message: messages[0] });
    }
  });

  return { form, onSubmit, formError, errors: form.formState.errors, submitting: form.formState.isSubmitting };
}

/** The first message of a field error, whatever its nesting. */
export function errorMessage(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return undefined;
}
