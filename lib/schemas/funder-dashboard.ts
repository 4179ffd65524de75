import { z } from '@/lib/schemas/zod';
import { isCalendarDate } from '@/lib/domain/dates';
import { DATE_OUT_OF_BOUNDS, isWithinDateBounds } from '@/lib/domain/dates/date-bounds';
import { FORMAT_IDS } from '@/lib/domain/formats/format-ids';

/*
 * Les filtres du tableau de bord d'un financeur, lus dans l'adresse (`?du=2027-01-01&region=76…`)
 * par la page et par l'export : le même schéma, les mêmes messages. Un champ vide ne filtre pas.
 * Les codes de région et de département sont vérifiés contre le référentiel officiel.
 */

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value);

function day(label: string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: `La date « ${label} » est illisible.` })
      .refine(isCalendarDate, { error: `Indiquez la date « ${label} » au format AAAA-MM-JJ.`, abort: true })
      .refine(isWithinDateBounds, { error: DATE_OUT_OF_BOUNDS })
      .optional(),
  );
}

export type FunderFilterCodes = { readonly regions: ReadonlySet<string>; readonly departements: ReadonlySet<string> };

export function funderDashboardFiltersSchema(codes: FunderFilterCodes) {
  return z
    .object({
      du: day('du'),
      au: day('au'),
      region: z.preprocess(
        blankToUndefined,
        z.string().refine((code) => codes.regions.has(code), { error: 'Cette région n’existe pas : choisissez-la dans la liste.' }).optional(),
      ),
      departement: z.preprocess(
        blankToUndefined,
        z.string().refine((code) => codes.departements.has(code), { error: 'Ce département n’existe pas : choisissez-le dans la liste.' }).optional(),
      ),
      structure: z.preprocess(blankToUndefined, z.uuid({ error: 'Cette structure est inconnue : choisissez-la dans la liste.' }).optional()),
      format: z.preprocess(blankToUndefined, z.enum(FORMAT_IDS, { error: 'Ce format n’existe pas : choisissez-le dans la liste.' }).optional()),
    })
    .superRefine((filters, ctx) => {
      if (filters.du && filters.au && filters.du > filters.au) {
        ctx.addIssue({ code: 'custom', path: ['au'], message: 'La fin de la période doit suivre son début.' });
      }
    });
}

export type FunderDashboardFilters = z.output<ReturnType<typeof funderDashboardFiltersSchema>>;
export const FUNDER_FILTER_KEYS = ['du', 'au', 'region', 'departement', 'structure', 'format'] as const;

/** The first value of each known key of Next's searchParams (a repeated key keeps its first value). */
export function pickFilterParams(params: Record<string, string | string[] | undefined> | URLSearchParams): Record<string, string | undefined> {
  const read = (key: string) => {
    if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return Object.fromEntries(FUNDER_FILTER_KEYS.map((key) => [key, read(key)]));
}
