'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import type { ActionResult } from '@/lib/server/action';
import { focusFirstError } from './focus-first-error';

// zod probes `new Function` once to speed up parsing; under our CSP (no 'unsafe-eval') that probe is
// a reported violation. Forms are small: the interpreted path is plenty fast.
z.config({ jitless: true });

/**
 * react-hook-form wired to a server action with the same zod schema: the browser checks first,
 * the server checks again and its field errors land beside the same fields. Either way, once the
 * errors are on screen, the first one (in reading order) takes the focus and is scrolled into view.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  action: (input: z.input<S>) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<z.input<S>>;
  onSuccess?: (data: T) => void | Promise<void>;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const formElement = useRef<HTMLFormElement | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Ours follows the reading order and scrolls; react-hook-form's follows the registration order.
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  // react-hook-form counts a submit once it is over, in the same render as its errors (the browser's
  // or the server's): the first one then shown takes the focus. Fixing a field never moves it.
  useEffect(() => {
    if (submitCount > 0) focusFirstError(formElement.current);
  }, [submitCount]);

  const submit = form.handleSubmit(async (values) => {
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

  const onSubmit = (event?: BaseSyntheticEvent) => {
    if (event?.currentTarget instanceof HTMLFormElement) formElement.current = event.currentTarget;
    return submit(event);
  };

  return { form, onSubmit, formError, errors, submitting: form.formState.isSubmitting };
}

/** The first message of a field error, whatever its nesting. */
export function errorMessage(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return undefined;
}
