import { describe, expect, it } from 'vitest';
import { receiptSchema, receiptSearch, registerSchema, type Receipt } from '@/lib/schemas/registration';

const sessionA = '11111111-1111-4111-8111-111111111111';
const sessionB = '22222222-2222-4222-8222-222222222222';

describe('registerSchema', () => {
  const valid = {
    eventId: '33333333-3333-4333-8333-333333333333',
    name: '  Awa Diallo ',
    email: ' Awa.Diallo@Exemple.FR ',
    category: 'ELU',
    consent: true,
    sessionIds: [sessionA, sessionA],
  };

  it('trims, lower-cases the e-mail, fills defaults and drops duplicate sessions', () => {
    expect(registerSchema.parse(valid)).toEqual({
      ...valid,
      name: 'Awa Diallo',
      email: 'awa.diallo@exemple.fr',
      organisation: '',
      accessibilityNeeds: '',
      website: '',
      sessionIds: [sessionA],
    });
  });

  it.each([
    ['consent', { consent: false }, 'Cochez cette case'],
    ['category', { category: 'PIRATE' }, 'Choisissez la catégorie'],
    ['sessionIds', { sessionIds: ['pas-un-id'] }, 'Séance inconnue.'],
    ['accessibilityNeeds', { accessibilityNeeds: 'x'.repeat(1001) }, 'trop long'],
  ])('refuses a bad %s', (field, patch, message) => {
    const result = registerSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues.filter((issue) => issue.path[0] === field))).toContain(message);
  });
});

describe('confirmation address', () => {
  const cases: Array<[string, Receipt]> = [
    ['confirmed, no session', { status: 'CONFIRMED', rank: null, sessions: [] }],
    ['waiting', { status: 'WAITING', rank: 12, sessions: [] }],
    [
      'sessions',
      {
        status: 'CONFIRMED',
        rank: null,
        sessions: [
          { sessionId: sessionA, status: 'CONFIRMED', rank: null },
          { sessionId: sessionB, status: 'WAITING', rank: 3 },
        ],
      },
    ],
  ];

  it.each(cases)('round-trips %s', (_name, receipt) => {
    const search = Object.fromEntries(
      [...new URLSearchParams(receiptSearch(receipt)).entries()].reduce((map, [key, value]) => {
        const previous = map.get(key);
        map.set(key, previous === undefined ? value : [previous, value].flat());
        return map;
      }, new Map<string, string | string[]>()),
    );
    expect(receiptSchema.parse(search)).toEqual(receipt);
  });

  it('refuses a forged or broken address', () => {
    expect(receiptSchema.safeParse({ statut: 'CANCELLED' }).success).toBe(false);
    expect(receiptSchema.safeParse({ statut: 'WAITING', rang: '-1' }).success).toBe(false);
    expect(receiptSchema.safeParse({ statut: 'CONFIRMED', session: 'x.CONFIRMED.' }).success).toBe(false);
  });
});
