import { describe, expect, it } from 'vitest';
import { checkinCodeFor, registrationIdFromCheckinCode } from '@/lib/server/checkin/checkin-token';

process.env.DATABASE_URL ??= 'postgresql://inutilise@localhost/inutilise';
process.env.AUTH_SECRET = 'un-secret-de-test-assez-long-pour-hkdf';

const id = '3f2b6c1e-8a4d-4e21-9b7c-0d5e6f7a8b9c';

describe('check-in codes', () => {
  it('reads back the registration it was made for', () => {
    expect(registrationIdFromCheckinCode(checkinCodeFor(id))).toBe(id);
    expect(registrationIdFromCheckinCode(`  ${checkinCodeFor(id)}\n`)).toBe(id);
  });

  it.each([
    ['truncated', (code: string) => code.slice(0, -1)],
    ['another id with the same mac', (code: string) => code.replace(id, '3f2b6c1e-8a4d-4e21-9b7c-0d5e6f7a8b9d')],
    ['a forged mac', (code: string) => `${code.slice(0, -4)}AAAA`],
    ['another prefix', (code: string) => code.replace(/^T1/, 'T2')],
    ['extra part', (code: string) => `${code}.x`],
    ['empty', () => ''],
    ['not an id', () => 'T1.../etc/passwd.AAAAAAAAAAAAAAAAAAAAAA'],
  ])('refuses %s', (_label, change) => {
    expect(registrationIdFromCheckinCode(change(checkinCodeFor(id)))).toBeNull();
  });

});
