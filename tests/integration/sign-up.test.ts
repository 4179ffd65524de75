import { describe, expect, it } from 'vitest';
import { signUpAction } from '@/lib/server/actions/sign-up';
import { DUPLICATE_EMAIL } from '@/lib/server/messages';
import { runAsCaller } from '@/lib/server/current-user';
import { createUser } from '@/tests/factories';
import { testDb } from '@/tests/support/db';

const valid = {
  name: 'Alex Dupont',
  email: 'Alex.Dupont@Exemple.fr',
  password: 'un-mot-de-passe-solide',
  organisationName: 'Hub des Hauts-de-France',
  organisationKind: 'HUB' as const,
  siret: '',
};

const signUp = (input: Partial<typeof valid> | Record<string, unknown>) =>
  runAsCaller(null, () => signUpAction({ ...valid, ...input } as typeof valid));

async function counts() {
  const db = testDb();
  return { users: await db.user.count(), organisations: await db.organisation.count(), memberships: await db.membership.count() };
}

describe('signUpAction', () => {
  it('creates the account, its organisation and an admin membership', async () => {
    const result = await signUp({});
    expect(result.ok).toBe(true);
    const user = await testDb().user.findUniqueOrThrow({
      where: { email: 'alex.dupont@exemple.fr' },
      include: { memberships: { include: { organisation: true } } },
    });
    expect(user.passwordHash).not.toContain('un-mot-de-passe');
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ role: 'ADMIN', organisation: { name: 'Hub des Hauts-de-France', kind: 'HUB' } });
  });

  it.each([
    ['empty name', { name: '   ' }, 'name', 'Indiquez votre nom.'],
    ['too long name', { name: 'x'.repeat(121) }, 'name', 'Le nom est trop long (120 caractères au plus).'],
    ['empty e-mail', { email: '' }, 'email', 'Indiquez votre adresse e-mail.'],
    ['malformed e-mail', { email: 'alex@' }, 'email', 'Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).'],
    ['too long e-mail', { email: `${'a'.repeat(250)}@x.fr` }, 'email', 'Cette adresse e-mail est trop longue (254 caractères au plus).'],
    ['short password', { password: 'court' }, 'password', 'Le mot de passe doit contenir au moins 10 caractères.'],
    ['empty organisation', { organisationName: '' }, 'organisationName', 'Indiquez le nom de la structure (2 caractères au moins).'],
    ['unknown kind', { organisationKind: 'BANQUE' }, 'organisationKind', 'Choisissez le type de structure.'],
    ['bad SIRET', { siret: '123' }, 'siret', 'Le SIRET compte 14 chiffres (ou laissez vide).'],
  ])('refuses %s with a French message on the field and writes nothing', async (_case, input, field, message) => {
    const before = await counts();
    const result = await signUp(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.[field]).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses a duplicate e-mail (any case) on the e-mail field and writes nothing', async () => {
    await createUser(testDb(), { email: 'deja@exemple.fr' });
    const before = await counts();
    const result = await signUp({ email: 'DEJA@exemple.fr' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: [DUPLICATE_EMAIL] } });
    expect(await counts()).toEqual(before);
  });

  it('lets many sign-ups through from one address but limits each e-mail', async () => {
    await testDb().rateLimit.deleteMany();
    const results = [];
    for (let i = 0; i < 22; i += 1) results.push(await signUp({ email: `rl-${i}@exemple.fr` }));
    expect(results.every((r) => r.ok)).toBe(true);
    const repeated = [];
    for (let i = 0; i < 11; i += 1) repeated.push(await signUp({ email: 'rl-0@exemple.fr' }));
    expect(repeated.at(-1)).toMatchObject({ ok: false, code: 'rate-limited' });
  });
});
