// Sessions can be revoked (sign-out everywhere, password change or reset, removal from the
// organisation): the old cookie is refused by Auth.js at its next use. Reset links are single-use and
// expire after an hour; weak passwords are refused.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WRONG_CURRENT_PASSWORD } from '@/lib/server/account/change-password';
import { requestPasswordReset } from '@/lib/server/account/password-reset';
import { WEAK_PASSWORD } from '@/lib/server/account/password-strength';
import { LAST_ADMIN } from '@/lib/server/account/remove-member';
import { changePasswordAction, confirmAddressAction, requestPasswordResetAction, resetPasswordAction, signOutEverywhereAction } from '@/lib/server/actions/account';
import { removeMemberAction } from '@/lib/server/actions/organisations';
import { signUpAction } from '@/lib/server/actions/sign-up';
import { runAsCaller } from '@/lib/server/current-user';
import { stopBoss } from '@/lib/server/mail/boss';
import { createUser, DEFAULT_PASSWORD } from '@/tests/factories';
import { readSession, signInThroughAuthJs } from '@/tests/support/auth-client';
import { testDb } from '@/tests/support/db';
import { lastLinkToken } from '@/tests/support/outbox';

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= 'secret-de-test-pour-les-cookies-de-session';
});

const NEW_PASSWORD = 'girafe-trombone-citron-42';

afterAll(stopBoss);
beforeEach(async () => {
  await testDb().rateLimit.deleteMany();
});

async function signedIn(user: { email: string }, password = DEFAULT_PASSWORD) {
  const { session } = await signInThroughAuthJs(user.email, password);
  if (!session) throw new Error('sign-in failed');
  return session;
}

async function expectRevoked(session: Awaited<ReturnType<typeof signedIn>>) {
  const after = await readSession(session);
  expect(after.userId).toBeNull();
  // Auth.js also clears the cookie.
  expect(after.cookies.find((c) => c.name === session.name)?.value).toBe('');
}

describe('sign out everywhere', () => {
  it('ends every session of the account, and only of this account', async () => {
    const user = await createUser(testDb());
    const other = await createUser(testDb());
    const laptop = await signedIn(user);
    const phone = await signedIn(user);
    const colleague = await signedIn(other);
    expect((await readSession(laptop)).userId).toBe(user.id);

    expect(await runAsCaller({ userId: user.id }, () => signOutEverywhereAction({}))).toMatchObject({ ok: true });
    await expectRevoked(laptop);
    await expectRevoked(phone);
    expect((await readSession(colleague)).userId).toBe(other.id);
    expect((await signedIn(user)) !== undefined).toBe(true);
  });

  it('refuses a visitor without a session', async () => {
    expect(await runAsCaller(null, () => signOutEverywhereAction({}))).toMatchObject({ ok: false, code: 'unauthenticated' });
  });
});

describe('password change', () => {
  it('needs the current password, refuses a weak one, then revokes the old sessions', async () => {
    const user = await createUser(testDb());
    const before = await signedIn(user);
    const change = (input: { currentPassword: string; password: string }) => runAsCaller({ userId: user.id }, () => changePasswordAction(input));

    expect(await change({ currentPassword: 'pas-le-bon-mot-de-passe', password: NEW_PASSWORD })).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] },
    });
    expect(await change({ currentPassword: DEFAULT_PASSWORD, password: 'aaaaaaaaaa' })).toMatchObject({ ok: false, fieldErrors: { password: [WEAK_PASSWORD] } });
    expect(await change({ currentPassword: DEFAULT_PASSWORD, password: user.email })).toMatchObject({ ok: false, fieldErrors: { password: [WEAK_PASSWORD] } });
    expect((await readSession(before)).userId).toBe(user.id);

    expect(await change({ currentPassword: DEFAULT_PASSWORD, password: NEW_PASSWORD })).toMatchObject({ ok: true });
    await expectRevoked(before);
    expect((await signInThroughAuthJs(user.email, DEFAULT_PASSWORD)).session).toBeUndefined();
    expect((await readSession(await signedIn(user, NEW_PASSWORD))).userId).toBe(user.id);
  });
});

describe('member removal', () => {
  it('lets an admin remove a member, whose sessions end at once', async () => {
    const admin = await createUser(testDb());
    const member = await createUser(testDb(), { organisationId: admin.organisationId, role: 'MEMBER' });
    const session = await signedIn(member);

    expect(await runAsCaller({ userId: admin.id }, () => removeMemberAction({ userId: member.id }))).toMatchObject({ ok: true });
    expect(await testDb().membership.count({ where: { userId: member.id, organisationId: admin.organisationId } })).toBe(0);
    await expectRevoked(session);
  });

  it('refuses non-admins, other organisations’ members, and the last admin leaving', async () => {
    const admin = await createUser(testDb());
    const coordinator = await createUser(testDb(), { organisationId: admin.organisationId, role: 'COORDINATOR' });
    const outsider = await createUser(testDb());

    expect(await runAsCaller({ userId: coordinator.id }, () => removeMemberAction({ userId: admin.id }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await runAsCaller({ userId: admin.id }, () => removeMemberAction({ userId: outsider.id }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await runAsCaller({ userId: outsider.id }, () => removeMemberAction({ userId: coordinator.id }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await runAsCaller({ userId: admin.id }, () => removeMemberAction({ userId: admin.id }))).toMatchObject({ ok: false, error: LAST_ADMIN });
    expect(await testDb().membership.count({ where: { organisationId: admin.organisationId } })).toBe(2);

    // With a second admin, leaving is allowed.
    await testDb().membership.update({ where: { userId_organisationId: { userId: coordinator.id, organisationId: admin.organisationId } }, data: { role: 'ADMIN' } });
    expect(await runAsCaller({ userId: admin.id }, () => removeMemberAction({ userId: admin.id }))).toMatchObject({ ok: true });
  });
});

describe('password reset by e-mail', () => {
  const lastLink = (email: string) => lastLinkToken(testDb(), email, 'mot-de-passe-oublie');

  it('answers the same for an unknown address and writes no e-mail', async () => {
    const user = await createUser(testDb());
    const known = await runAsCaller(null, () => requestPasswordResetAction({ email: user.email }));
    const unknown = await runAsCaller(null, () => requestPasswordResetAction({ email: 'personne-inconnue@exemple.fr' }));
    // The same answer: the address typed, echoed back.
    expect(known).toEqual({ ok: true, data: { email: user.email } });
    expect(unknown).toEqual({ ok: true, data: { email: 'personne-inconnue@exemple.fr' } });
    expect(await testDb().outboxEmail.count({ where: { to: 'personne-inconnue@exemple.fr' } })).toBe(0);
    expect(await testDb().outboxEmail.count({ where: { to: user.email } })).toBe(1);
  });

  it('sets a new password once, revokes the sessions, and stores only the link’s hash', async () => {
    const user = await createUser(testDb());
    const session = await signedIn(user);
    await runAsCaller(null, () => requestPasswordResetAction({ email: user.email }));
    const token = await lastLink(user.email);
    expect(await testDb().passwordReset.count({ where: { tokenHash: token } })).toBe(0);

    expect(await runAsCaller(null, () => resetPasswordAction({ token, password: 'aaaaaaaaaa' }))).toMatchObject({ ok: false, fieldErrors: { password: [WEAK_PASSWORD] } });
    expect(await runAsCaller(null, () => resetPasswordAction({ token, password: NEW_PASSWORD }))).toMatchObject({ ok: true });
    await expectRevoked(session);
    expect((await readSession(await signedIn(user, NEW_PASSWORD))).userId).toBe(user.id);

    expect(await runAsCaller(null, () => resetPasswordAction({ token, password: 'un-autre-mot-de-passe-robuste-7' }))).toMatchObject({ ok: false, code: 'not-found' });
    expect((await signInThroughAuthJs(user.email, NEW_PASSWORD)).session).toBeDefined();
  });

  it('refuses a link older than an hour', async () => {
    const user = await createUser(testDb());
    await requestPasswordReset(user.email, new Date(Date.now() - 61 * 60_000));
    const token = await lastLink(user.email);
    expect(await runAsCaller(null, () => resetPasswordAction({ token, password: NEW_PASSWORD }))).toMatchObject({ ok: false, code: 'not-found' });
    expect((await signInThroughAuthJs(user.email, DEFAULT_PASSWORD)).session).toBeDefined();
  });
});

describe('weak passwords at sign-up', () => {
  it.each([
    ['a repeated letter', 'aaaaaaaaaa'],
    ['a common password', 'motdepasse123'],
    ['the e-mail itself', 'alice.martin@exemple.fr'],
  ])('refuses %s with a French message on the field', async (_case, password) => {
    const result = await runAsCaller(null, () =>
      signUpAction({ name: 'Alice Martin', email: 'alice.martin@exemple.fr', password, organisationName: 'Hub test', organisationKind: 'HUB', siret: '' }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: [WEAK_PASSWORD] } });
    expect(await testDb().user.count({ where: { email: 'alice.martin@exemple.fr' } })).toBe(0);
  });
});

describe('sign-up confirmed by e-mail', () => {
  const account = { name: 'Maé Nouvelle', password: NEW_PASSWORD, organisationName: 'Hub de Maé', organisationKind: 'HUB' as const, siret: '' };

  const confirmationToken = (email: string) => lastLinkToken(testDb(), email, 'confirmation');

  it('cannot sign in before the link is followed (same answer as a wrong password), then can; the link is single-use', async () => {
    const email = 'mae.nouvelle@exemple.fr';
    expect(await runAsCaller(null, () => signUpAction({ ...account, email }))).toMatchObject({ ok: true });
    const unconfirmed = await signInThroughAuthJs(email, NEW_PASSWORD);
    const wrong = await signInThroughAuthJs(email, 'pas-le-bon-mot-de-passe');
    expect(unconfirmed.session).toBeUndefined();
    expect(unconfirmed.response.headers.get('location')).toBe(wrong.response.headers.get('location'));

    const token = await confirmationToken(email);
    expect(await runAsCaller(null, () => confirmAddressAction({ token }))).toMatchObject({ ok: true });
    expect((await signInThroughAuthJs(email, NEW_PASSWORD)).session).toBeDefined();
    expect(await runAsCaller(null, () => confirmAddressAction({ token }))).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('lets the address’s owner take over an account someone else created and never confirmed', async () => {
    const email = 'proprietaire@exemple.fr';
    await runAsCaller(null, () => signUpAction({ ...account, email, password: 'usurpation-tentee-99', organisationName: 'Structure squattée' }));
    expect(await runAsCaller(null, () => signUpAction({ ...account, email }))).toMatchObject({ ok: true });
    expect(await testDb().organisation.count({ where: { name: 'Structure squattée' } })).toBe(0);
    const token = await confirmationToken(email);
    await runAsCaller(null, () => confirmAddressAction({ token }));
    expect((await signInThroughAuthJs(email, 'usurpation-tentee-99')).session).toBeUndefined();
    expect((await signInThroughAuthJs(email, NEW_PASSWORD)).session).toBeDefined();
  });
});
