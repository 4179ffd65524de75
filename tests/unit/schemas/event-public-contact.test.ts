import { describe, expect, it } from 'vitest';
import { createEventSchema } from '@/lib/schemas/event';
import { buildEventInput } from '@/tests/factories/events';

const errorsOf = (overrides: Parameters<typeof buildEventInput>[0]) => {
  const result = createEventSchema.safeParse(buildEventInput(overrides));
  return result.success ? {} : result.error.flatten().fieldErrors;
};

describe('the public contact of an event', () => {
  it.each(['', 'contact@hub-sud.fr', ' Contact@Hub-Sud.fr '])('accepts the e-mail « %s »', (publicContactEmail) => {
    expect(errorsOf({ publicContactEmail })).toEqual({});
  });

  it.each(['04 91 00 00 00', '+33 4 91 00 00 00', '04.91.00.00.00', '(0)4-91-00-00-00', ''])('accepts the phone « %s »', (publicContactPhone) => {
    expect(errorsOf({ publicContactPhone })).toEqual({});
  });

  it.each([
    ['publicContactEmail', 'pas-une-adresse', 'Cette adresse e-mail n’est pas valide'],
    ['publicContactPhone', '04 91', 'Écrivez un numéro de téléphone'],
    ['publicContactPhone', 'appelez-moi', 'Écrivez un numéro de téléphone'],
    ['publicContactPhone', '+33 4 91 00 00 00 00 00 00 00 00', 'trop long'],
  ] as const)('refuses %s « %s » with a French message', (field, value, message) => {
    expect(errorsOf({ [field]: value })[field]?.[0]).toContain(message);
  });

  it('is optional for callers that predate it', () => {
    const older: Partial<ReturnType<typeof buildEventInput>> = buildEventInput();
    delete older.publicContactEmail;
    delete older.publicContactPhone;
    const parsed = createEventSchema.parse(older);
    expect([parsed.publicContactEmail, parsed.publicContactPhone]).toEqual(['', '']);
  });
});
