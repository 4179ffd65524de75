import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createEventFromDiagnosticSchema, saveDiagnosticSchema, territorySearchSchema } from '@/lib/schemas/diagnostic';

const ID = '0b8a6c1e-2f7d-4c3b-9a1e-5d6f7a8b9c0d';
function fieldErrors(result: z.ZodSafeParseResult<unknown>): Record<string, string[] | undefined> {
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe('saveDiagnosticSchema', () => {
  it('keeps only the territory’s level and code and the three answers (no level from the browser)', () => {
    const parsed = saveDiagnosticSchema.parse({
      territory: { level: 'COMMUNE', code: '13055', name: 'Faux' },
      ecosystem: 1,
      events: 2,
      engagement: 3,
      computedLevel: 3,
    });
    expect(parsed).toEqual({ territory: { level: 'COMMUNE', code: '13055' }, ecosystem: 1, events: 2, engagement: 3 });
  });

  it('asks for a territory picked from the list and an answer per criterion', () => {
    const errors = fieldErrors(saveDiagnosticSchema.safeParse({ ecosystem: 4 }));
    expect(errors.territory).toEqual(['Choisissez un territoire dans la liste des résultats de recherche.']);
    expect(Object.keys(errors).sort()).toEqual(['ecosystem', 'engagement', 'events', 'territory']);
  });

  it.each([
    { level: 'VILLE', code: '13055' },
    { level: 'COMMUNE', code: '13 055' },
    { level: 'COMMUNE', code: '<script>' },
  ])('refuses a malformed territory %o', (territory) => {
    expect(saveDiagnosticSchema.safeParse({ territory, ecosystem: 1, events: 1, engagement: 1 }).success).toBe(false);
  });
});

describe('createEventFromDiagnosticSchema', () => {
  const valid = { diagnosticId: ID, title: '  Rencontre  ', startDate: '2027-03-04' };

  it('trims the title and accepts a one-day event', () => {
    expect(createEventFromDiagnosticSchema.parse({ ...valid, endDate: '' })).toMatchObject({ title: 'Rencontre', endDate: '' });
  });

  it.each([
    [{ title: 'ab' }, 'title'],
    [{ startDate: '' }, 'startDate'],
    [{ startDate: '04/03/2027' }, 'startDate'],
    [{ endDate: '2027-03-03' }, 'endDate'],
  ])('refuses %o on %s', (change, field) => {
    expect(Object.keys(fieldErrors(createEventFromDiagnosticSchema.safeParse({ ...valid, ...change })))).toEqual([field]);
  });
});

describe('territorySearchSchema', () => {
  it('trims the query, defaults to empty and caps its length', () => {
    expect(territorySearchSchema.parse({ q: '  evry ' })).toEqual({ q: 'evry' });
    expect(territorySearchSchema.parse({})).toEqual({ q: '' });
    expect(territorySearchSchema.safeParse({ q: 'x'.repeat(101) }).success).toBe(false);
  });
});
