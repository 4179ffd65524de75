import { afterAll, describe, expect, it } from 'vitest';
import { acceptInvitationAction, createInvitationAction, joinWithInvitationAction } from '@/lib/server/actions/invitations';
import { createOrganisationAction, switchOrganisationAction } from '@/lib/server/actions/organisations';
import { runAsCaller } from '@/lib/server/current-user';
import { stopBoss } from '@/lib/server/mail/boss';
import { hashToken } from '@/lib/server/tokens';
import { createUser } from '@/tests/factories';
import { testDb } from '@/tests/support/db';

async function inviteAsAdmin(role: 'ADMIN' | 'COORDINATOR' | 'MEMBER' = 'COORDINATOR') {
  const admin = await createUser(testDb(), { role: 'ADMIN' });
  const result = await runAsCaller({ userId: admin.id }, () => createInvitationAction({ role }));
  if (!result.ok) throw new Error(result.error);
  return { admin, token: result.data.path.split('/').pop()! };
}

afterAll(stopBoss);

describe('invitations', () => {
  it('lets someone without an account join with the role of the link, once', async () => {
    const { admin, token } = await inviteAsAdmin('MEMBER');
    const stored = await testDb().invitation.findFirstOrThrow({ where: { organisationId: admin.organisationId } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toBe(token);

    const input = { token, name: 'Sam Invité', email: 'sam@exemple.fr', password: 'mot-de-passe-long' };
    const joined = await runAsCaller(null, () => acceptInvitationAction(input));
    expect(joined).toEqual({ ok: true, data: { email: 'sam@exemple.fr' } });
    const member = await testDb().membership.findFirstOrThrow({ where: { user: { email: 'sam@exemple.fr' } } });
    expect(member).toMatchObject({ organisationId: admin.organisationId, role: 'MEMBER' });

    const again = await runAsCaller(null, () => acceptInvitationAction({ ...input, email: 'autre@exemple.fr' }));
    expect(again.ok).toBe(false);
    expect(await testDb().user.count({ where: { email: 'autre@exemple.fr' } })).toBe(0);
  });

  it('refuses an expired link', async () => {
    const { token } = await inviteAsAdmin();
    await testDb().invitation.updateMany({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const result = await runAsCaller(null, () =>
      acceptInvitationAction({ token, name: 'Tard', email: 'tard@exemple.fr', password: 'mot-de-passe-long' }),
    );
    expect(result).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('answers an address that has an account like a new one, keeps the invitation unused and warns the owner', async () => {
    const { token } = await inviteAsAdmin();
    const owner = await createUser(testDb(), { email: 'pris@exemple.fr' });
    const result = await runAsCaller(null, () =>
      acceptInvitationAction({ token, name: 'Double', email: 'pris@exemple.fr', password: 'mot-de-passe-long' }),
    );
    expect(result).toEqual({ ok: true, data: { email: 'pris@exemple.fr' } });
    const invitation = await testDb().invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(invitation.acceptedAt).toBeNull();
    expect(await testDb().membership.count({ where: { userId: owner.id } })).toBe(1);
    expect((await testDb().outboxEmail.findFirstOrThrow({ where: { to: 'pris@exemple.fr' } })).subject).toBe('Trame : vous avez déjà un compte');
  });

  it('lets a signed-in person join a second organisation and switch to it', async () => {
    const { admin, token } = await inviteAsAdmin('COORDINATOR');
    const other = await createUser(testDb());
    const joined = await runAsCaller({ userId: other.id }, () => joinWithInvitationAction({ token }));
    expect(joined.ok).toBe(true);
    const switched = await runAsCaller({ userId: other.id }, () => switchOrganisationAction({ organisationId: admin.organisationId }));
    expect(switched.ok).toBe(true);
    expect(await testDb().membership.count({ where: { userId: other.id } })).toBe(2);
  });

  it('only lets admins invite', async () => {
    const admin = await createUser(testDb());
    const coordinator = await createUser(testDb(), { organisationId: admin.organisationId, role: 'COORDINATOR' });
    const result = await runAsCaller({ userId: coordinator.id }, () => createInvitationAction({ role: 'ADMIN' }));
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await testDb().invitation.count({ where: { organisationId: admin.organisationId } })).toBe(0);
  });
});

describe('bad input on the invitation and organisation forms', () => {
  it('refuses empty fields with French messages and writes nothing', async () => {
    const { token } = await inviteAsAdmin();
    const users = await testDb().user.count();
    const result = await runAsCaller(null, () => acceptInvitationAction({ token, name: '', email: 'x', password: '' }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ['Indiquez votre nom.'],
        email: ['Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).'],
        password: ['Le mot de passe doit contenir au moins 10 caractères.'],
      },
    });
    expect(await testDb().user.count()).toBe(users);
    expect((await testDb().invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).acceptedAt).toBeNull();
  });

  it('refuses a too long organisation name', async () => {
    const user = await createUser(testDb());
    const organisations = await testDb().organisation.count();
    const result = await runAsCaller({ userId: user.id }, () =>
      createOrganisationAction({ organisationName: 'x'.repeat(161), organisationKind: 'HUB', siret: '' }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { organisationName: ['Le nom de la structure est trop long (160 caractères au plus).'] } });
    expect(await testDb().organisation.count()).toBe(organisations);
  });
});
