import { textField, z } from '@/lib/schemas/zod';
import { listIndicators, type IndicatorId, type IndicatorUnit } from '@/lib/domain/community';

// The hand-entered indicators of the « Données à suivre » form.

export const MANUAL_INDICATORS = listIndicators().filter((indicator) => indicator.source === 'manual');

type Range = { min: number; max: number; integer: boolean };
const RANGES: Record<IndicatorUnit, Range> = {
  percent: { min: 0, max: 100, integer: false },
  count: { min: 0, max: 10_000_000, integer: true },
};
// A contact base can shrink (cleaning) or more than double: a growth is not a share.
const RANGE_OVERRIDES: Partial<Record<IndicatorId, Range>> = {
  'contact-base-growth': { min: -100, max: 1000, integer: false },
};

export function indicatorRange(id: IndicatorId, unit: IndicatorUnit): Range {
  return RANGE_OVERRIDES[id] ?? RANGES[unit];
}

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function parseValue(text: string): number {
  return NUMBER.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
}

/** Why a typed value is refused, or null when it is fine (empty means « erase »). */
function valueProblem(id: IndicatorId, unit: IndicatorUnit, text: string): string | null {
  if (text === '') return null;
  const range = indicatorRange(id, unit);
  const value = parseValue(text);
  if (Number.isNaN(value)) return 'Indiquez un nombre (ex. 12 ou 12,5).';
  if (range.integer && !Number.isInteger(value)) return 'Indiquez un nombre entier.';
  if (value < range.min || value > range.max) return `Indiquez une valeur entre ${range.min} et ${range.max}${unit === 'percent' ? ' %' : ''}.`;
  return null;
}

/**
 * One text field per hand-entered indicator, named by its id. Absent: left as it is; empty: the
 * value is erased; else a number (French comma accepted), rounded to the tenth.
 */
export const indicatorValuesFormSchema = z
  .object({ eventId: z.uuid({ error: 'Événement inconnu.' }) })
  .catchall(textField({ error: 'Indiquez un nombre.' }).trim().optional())
  .superRefine((input, ctx) => {
    for (const [key, text] of Object.entries(input)) {
      if (key === 'eventId' || text === undefined) continue;
      const indicator = MANUAL_INDICATORS.find((candidate) => candidate.id === key);
      const problem = indicator ? valueProblem(indicator.id, indicator.unit, text) : 'Cet indicateur ne se saisit pas à la main.';
      if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
    }
  });

// The form resolver hands over the parsed values: the form keeps the texts, the action reads numbers.
export const saveIndicatorValuesSchema = indicatorValuesFormSchema.transform(({ eventId, ...fields }) => ({
  eventId: eventId as string,
  values: Object.entries(fields).flatMap(([key, text]) =>
    text === undefined ? [] : [{ key, value: text === '' ? null : Math.round(parseValue(text) * 10) / 10 }],
  ),
}));
export type SaveIndicatorValuesInput = z.input<typeof saveIndicatorValuesSchema>;
