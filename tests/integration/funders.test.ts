import { beforeEach, describe, expect, it } from 'vitest';
import { formatSiret } from '@/lib/domain/organisations/siret';
import { createOrganisationAction } from '@/lib/server/actions/organisations';
import { signUpAction } from '@/lib/server/actions/sign-up';
import { runAsCaller } from '@/lib/server/current-user';
import { SIRET_TAKEN } from '@/lib/server/organisations/create-organisation';
import { getBilanVersionForOrganisers } from '@/lib/server/queries/bilan-shares';
import { buildSiret, createEvent, createOrganisation, createUser } from '@/tests/factories';
import { createBilanVersion } from '@/tests/factories/bilan-snapshot';
import { testDb } from '@/tests/support/db';

// Every sign-up of this file comes from the same address: start each test with fresh counters.
beforeEach(async () => {
  await testDb().rateLimit.deleteMany();
});

const funderSignUp = (overrides: Record<string, unknown>) =>
  runAsCaller(null, () =>
    signUpAction({
      name: 'Dominique Financeur',
      email: `financeur-${crypto.randomUUID().slice(0, 8)}@exemple.fr`,
      password: 'un-mot-de-passe-solide',
      organisationName: 'Fondation Numérique Solidaire',
      organisationKind: 'FINANCEUR',
      siret: '',
      ...overrides,
    }),
  );

describe('funder organisations', () => {
  it('need a well-formed SIRET', async () => {
    expect(await funderSignUp({ siret: '' })).toMatchObject({
      ok: false,
      fieldErrors: { siret: ['Un financeur indique son SIRET : c’est lui qui le distingue des autres structures.'] },
    });
    expect(await funderSignUp({ siret: '732 829 320 00075' })).toMatchObject({
      ok: false,
      fieldErrors: { siret: ['Ce SIRET n’existe pas : vérifiez-le sur l’avis de situation INSEE.'] },
    });
    expect(await testDb().organisation.count({ where: { kind: 'FINANCEUR', name: 'Fondation Numérique Solidaire' } })).toBe(0);
    const ok = await funderSignUp({ siret: '732 829 320 00074' });
    expect(ok.ok).toBe(true);
    expect(await testDb().organisation.findFirstOrThrow({ where: { siret: '73282932000074' } })).toMatchObject({ kind: 'FINANCEUR', verifiedAt: null });
  });

  it('cannot take an existing funder’s SIRET, by sign-up or by creating another organisation', async () => {
    const siret = buildSiret();
    const real = await createOrganisation(testDb(), { name: 'Fondation Réelle', kind: 'FINANCEUR', siret, verifiedAt: new Date() });
    expect(await funderSignUp({ organisationName: 'Fondation Réelle', siret })).toMatchObject({ ok: false, fieldErrors: { siret: [SIRET_TAKEN] } });
    const someone = await createUser(testDb());
    const created = await runAsCaller({ userId: someone.id }, () =>
      createOrganisationAction({ organisationName: 'Fondation Réelle', organisationKind: 'FINANCEUR', siret }),
    );
    expect(created).toMatchObject({ ok: false, fieldErrors: { siret: [SIRET_TAKEN] } });
    expect(await testDb().organisation.count({ where: { siret } })).toBe(1);
    expect((await testDb().organisation.findUniqueOrThrow({ where: { siret } })).id).toBe(real.id);
  });

  it('are told apart in the share picker: SIRET, verified or not, verified first', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const event = await createEvent(testDb(), { ownerOrganisationId: coordinator.organisationId, status: 'BILAN_VALIDATED' });
    await createBilanVersion(testDb(), { eventId: event.id, validatedById: coordinator.id });
    const name = `Fondation Homonyme ${crypto.randomUUID().slice(0, 6)}`;
    const realSiret = buildSiret();
    const real = await createOrganisation(testDb(), { name, kind: 'FINANCEUR', siret: realSiret, verifiedAt: new Date() });
    // The impersonator signs up with the same name and another valid SIRET: allowed, but visible.
    const fake = await funderSignUp({ organisationName: name, siret: buildSiret() });
    expect(fake.ok).toBe(true);

    const { sharing } = await runAsCaller({ userId: coordinator.id }, () => getBilanVersionForOrganisers(event.id, 1));
    const homonyms = sharing!.funders.filter((funder) => funder.name === name);
    expect(homonyms).toHaveLength(2);
    expect(homonyms[0]).toMatchObject({ id: real.id, verified: true, label: `${name} — SIRET ${formatSiret(realSiret)} · vérifié` });
    expect(homonyms[1]!.label).toMatch(new RegExp(`^${name} — SIRET \\d{3} \\d{3} \\d{3} \\d{5} · non vérifié, inscrit le \\d{2}/\\d{2}/\\d{4}$`));
    expect(new Set(homonyms.map((funder) => funder.label)).size).toBe(2);
  });
});
