import { describe, expect, it } from 'vitest';
import { addWalkInSchema, setAttendanceSchema } from '@/lib/schemas/attendance';
import { updateRetentionSchema } from '@/lib/schemas/participants';

const EVENT = '6f1c2b0e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';

describe('addWalkInSchema', () => {
  const input = { eventId: EVENT, date: '2027-02-11', name: ' Yanis ', category: 'BENEVOLE', email: ' Yanis@Exemple.FR ', organisation: '' } as const;

  it('cleans the input', () => {
    expect(addWalkInSchema.parse(input)).toEqual({ ...input, name: 'Yanis', email: 'yanis@exemple.fr', organisation: '' });
  });

  // The form sends the values its resolver parsed: parsing them again must give the same result.
  it('accepts its own output', () => {
    const once = addWalkInSchema.parse(input);
    expect(addWalkInSchema.parse(once)).toEqual(once);
  });

  it('explains what is missing in French', () => {
    const result = addWalkInSchema.safeParse({ ...input, name: '', category: undefined, email: 'x@' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Indiquez le nom de la personne.',
      'Choisissez la catégorie de public de la personne.',
      'Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).',
    ]);
  });
});

describe('setAttendanceSchema', () => {
  it('takes a status or null to clear it', () => {
    expect(setAttendanceSchema.safeParse({ eventId: EVENT, registrationId: EVENT, date: '2027-02-11', status: null }).success).toBe(true);
    expect(setAttendanceSchema.safeParse({ eventId: EVENT, registrationId: EVENT, date: '2027-02-11', status: 'LATE' }).success).toBe(false);
  });
});

describe('updateRetentionSchema', () => {
  it.each([
    ['12', true],
    [1, true],
    [120, true],
    [0, false],
    [121, false],
    ['1,5', false],
  ])('%s months accepted: %s', (months, ok) => {
    expect(updateRetentionSchema.safeParse({ eventId: EVENT, retentionMonths: months }).success).toBe(ok);
  });
});
