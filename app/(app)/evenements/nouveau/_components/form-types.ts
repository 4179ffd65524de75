import type { UseFormReturn } from 'react-hook-form';
import type { EventRecordFormValues, EventRecordInput } from '@/lib/schemas/event';

/** The event form's react-hook-form handle, passed to each fieldset. */
export type EventFormApi = UseFormReturn<EventRecordFormValues, unknown, EventRecordInput>;

/** A section of the form: a titled box (the legend floats so that it stays inside the box). */
export const sectionClass = 'flex flex-col gap-3 rounded-lg bg-white p-6 shadow';
export const legendClass = 'float-left mb-2 w-full text-xl font-semibold';

/** '' → null, anything else → a number (NaN for garbage, refused by the schema with a message). */
export function toCount(value: unknown): number | null {
  if (value === '' || value === null || value === undefined) return null;
  return Number(value);
}
