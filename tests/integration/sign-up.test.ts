import { afterAll, describe, expect, it } from 'vitest';
import { signUpAction } from '@/lib/server/actions/sign-up';
import { runAsCaller } from '@/lib/server/current-user';
import { stopBoss } from '@/lib/server/mail/boss';
import { createUser } from '@/tests/factories';
import { testDb } from '@/tests/support/db';
import { lastLinkToken } from '@/tests/support/outbox';

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

afterAll(stopBoss);

describe('signUpAction', () => {
  it('creates the account, unconfirmed, its organisation and an admin membership, and e-mails the confirmation link', async () => {
    const result = await signUp({});
    expect(result).toEqual({ ok: true, data: { email: 'alex.dupont@exemple.fr' } });
    const user = await testDb().user.findUniqueOrThrow({
      where: { email: 'alex.dupont@exemple.fr' },
      include: { memberships: { include: { organisation: true } } },
    });
    expect(user.passwordHash).not.toContain('un-mot-de-passe');
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ role: 'ADMIN', organisation: { name: 'Hub des Hauts-de-France', kind: 'HUB' } });
    // The stored text keeps no usable token; the message as delivered carries the link.
    const email = await testDb().outboxEmail.findFirstOrThrow({ where: { to: 'alex.dupont@exemple.fr' } });
    expect(email.text).not.toMatch(/\/confirmation\/[A-Za-z0-9_-]{43}/);
    expect(await lastLinkToken(testDb(), 'alex.dupont@exemple.fr', 'confirmation')).toMatch(/^[A-Za-z0-9_-]{43}$/);
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

  it('answers an existing address (any case) exactly like a new one, changes nothing and warns its owner', async () => {
    const owner = await createUser(testDb(), { email: 'deja@exemple.fr' });
    const before = await counts();
    const existing = await signUp({ email: 'DEJA@exemple.fr' });
    const fresh = await signUp({ email: 'nouvelle@exemple.fr' });
    expect(existing).toEqual({ ok: true, data: { email: 'deja@exemple.fr' } });
    expect(fresh).toEqual({ ok: true, data: { email: 'nouvelle@exemple.fr' } });
    expect(await counts()).toEqual({ users: before.users + 1, organisations: before.organisations + 1, memberships: before.memberships + 1 });
    expect(await testDb().user.findUniqueOrThrow({ where: { id: owner.id } })).toMatchObject({ name: owner.name, passwordHash: owner.passwordHash });
    const warning = await testDb().outboxEmail.findFirstOrThrow({ where: { to: 'deja@exemple.fr' } });
    expect(warning.subject).toBe('Trame : vous avez déjà un compte');
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

  it('keeps the anonymous diagnostic’s three answers on the new organisation, nothing else', async () => {
    const forged = { ecosystem: 2, events: 1, engagement: 3, computedLevel: 3, organisationId: 'ailleurs', territoryId: 'x' };
    expect(await signUp({ email: 'diag@exemple.fr', organisationName: 'Hub diagnostiqué', diagnostic: forged })).toMatchObject({ ok: true });
    const organisation = await testDb().organisation.findFirstOrThrow({ where: { name: 'Hub diagnostiqué' } });
    expect(organisation.pendingDiagnostic).toEqual({ ecosystem: 2, events: 1, engagement: 3 });
    expect(await testDb().diagnostic.count({ where: { organisationId: organisation.id } })).toBe(0);
    // Without a diagnostic, nothing waits.
    expect(await signUp({ email: 'sans-diag@exemple.fr', organisationName: 'Hub sans diagnostic' })).toMatchObject({ ok: true });
    expect((await testDb().organisation.findFirstOrThrow({ where: { name: 'Hub sans diagnostic' } })).pendingDiagnostic).toBeNull();
  });

  it.each([
    ['an answer out of range', { ecosystem: 4, events: 1, engagement: 1 }],
    ['a missing answer', { ecosystem: 1, events: 1 }],
    ['text instead of answers', '1-1-1'],
    ['answers as text', { ecosystem: '1', events: 1, engagement: 1 }],
  ])('refuses a forged diagnostic (%s) and writes nothing', async (_case, diagnostic) => {
    const before = await counts();
    const result = await signUp({ email: 'forge@exemple.fr', organisationName: 'Hub forgé', diagnostic });
    expect(result.ok).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('stores no diagnostic on an existing account’s organisation', async () => {
    const owner = await createUser(testDb(), { email: 'deja-diag@exemple.fr' });
    expect(await signUp({ email: 'deja-diag@exemple.fr', diagnostic: { ecosystem: 3, events: 3, engagement: 3 } })).toMatchObject({ ok: true });
    expect((await testDb().organisation.findUniqueOrThrow({ where: { id: owner.organisationId } })).pendingDiagnostic).toBeNull();
  });
});
