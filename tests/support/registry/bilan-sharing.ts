// Bilan exports and sharing: organiser downloads need event.read, sharing needs event.publish,
// funder downloads need an active share; the outsider holds none of these for A's bilan.
import { refusals, type RegistryEntry, type Scene } from './kinds';
import { createBilanLinkAction, revokeBilanLinkAction, revokeBilanShareAction, shareBilanAction } from '@/lib/server/actions/bilan-sharing';
import { createEvent, createOrganisation } from '@/tests/factories';
import { createBilanVersion } from '@/tests/factories/bilan-snapshot';
import { hashToken } from '@/lib/server/tokens';
import { GET as organiserPdf } from '@/app/(app)/evenements/[id]/bilan/versions/[number]/pdf/route';
import { GET as organiserXlsx } from '@/app/(app)/evenements/[id]/bilan/versions/[number]/xlsx/route';
import { GET as organiserCsv } from '@/app/(app)/evenements/[id]/bilan/versions/[number]/csv/route';
import { GET as organiserCerfa } from '@/app/(app)/evenements/[id]/bilan/versions/[number]/cerfa/route';
import { GET as funderPdf } from '@/app/(app)/bilans/[versionId]/pdf/route';
import { GET as funderXlsx } from '@/app/(app)/bilans/[versionId]/xlsx/route';
import { GET as funderCsv } from '@/app/(app)/bilans/[versionId]/csv/route';
import { GET as funderCerfa } from '@/app/(app)/bilans/[versionId]/cerfa/route';
import { GET as organiserOutside } from '@/app/(app)/evenements/[id]/bilan/versions/[number]/hors-trame/route';
import { GET as funderOutside } from '@/app/(app)/bilans/[versionId]/hors-trame/route';
import { GET as funderDashboardExport } from '@/app/(app)/financeur/export/route';

type Fixture = { eventId: string; versionId: string; funderId: string; shareId: string; linkId: string };
const fixtures = new Map<string, Promise<Fixture>>();

/**
 * A validated version of another event of A (eventA stays without bilan for the bilan registry),
 * shared with a funder and with one live link, created once per scene.
 */
function fixtureOf({ db, orgA, adminA }: Scene): Promise<Fixture> {
  let fixture = fixtures.get(orgA.id);
  if (!fixture) {
    fixture = (async () => {
      const event = await createEvent(db, { ownerOrganisationId: orgA.id, status: 'BILAN_VALIDATED' });
      const version = await createBilanVersion(db, { eventId: event.id, validatedById: adminA.id });
      const funder = await createOrganisation(db, { kind: 'FINANCEUR', name: 'Financeur de A' });
      const share = await db.bilanShare.create({ data: { bilanVersionId: version.id, organisationId: funder.id, sharedById: adminA.id } });
      const link = await db.bilanLink.create({
        data: { bilanVersionId: version.id, tokenHash: hashToken('jeton-de-registre-bilan-a'), expiresAt: new Date(Date.now() + 86_400_000), createdById: adminA.id },
      });
      return { eventId: event.id, versionId: version.id, funderId: funder.id, shareId: share.id, linkId: link.id };
    })();
    fixtures.set(orgA.id, fixture);
  }
  return fixture;
}

async function sharingUnchanged(scene: Scene) {
  const { versionId } = await fixtureOf(scene);
  const shares = await scene.db.bilanShare.findMany({ where: { bilanVersionId: versionId }, select: { revokedAt: true } });
  const links = await scene.db.bilanLink.findMany({ where: { bilanVersionId: versionId }, select: { revokedAt: true } });
  if (shares.length !== 1 || shares[0]?.revokedAt !== null) throw new Error('A’s bilan shares changed');
  if (links.length !== 1 || links[0]?.revokedAt !== null) throw new Error('A’s bilan links changed');
}

const organiserRoute = (name: string, get: typeof organiserPdf): RegistryEntry => ({
  kind: 'route',
  name: `app/(app)/evenements/[id]/bilan/versions/[number]/${name}/route.ts`,
  expect: refusals.event('event.read'),
  attempt: async (scene) => {
    const { eventId } = await fixtureOf(scene);
    return get(new Request('http://localhost/x'), { params: Promise.resolve({ id: eventId, number: '1' }) });
  },
});

const funderRoute = (name: string, get: typeof funderPdf): RegistryEntry => ({
  kind: 'route',
  name: `app/(app)/bilans/[versionId]/${name}/route.ts`,
  // The funder of the scene is not the one A shared with: it is told nothing either.
  expect: { signedOut: 'unauthenticated', outsider: 'not-found', funder: 'not-found', member: { allowed: 'an organiser reads the bilan' } },
  attempt: async (scene) => {
    const { versionId } = await fixtureOf(scene);
    return get(new Request('http://localhost/x'), { params: Promise.resolve({ versionId }) });
  },
});

export const bilanSharingEntries: RegistryEntry[] = [
  {
    kind: 'route',
    name: 'app/(app)/financeur/export/route.ts',
    // A's bilan is shared with « Financeur de A », not with the scene's funder: its export holds nothing of A.
    expect: { signedOut: 'unauthenticated', outsider: 'forbidden', funder: { allowed: 'its own dashboard: only what was shared with its organisation' }, member: 'forbidden' },
    attempt: async (scene) => {
      await fixtureOf(scene);
      return funderDashboardExport(new Request('http://localhost/financeur/export?fichier=csv'));
    },
  },
  {
    kind: 'action',
    name: 'shareBilanAction',
    attempt: async (scene) => {
      const { versionId } = await fixtureOf(scene);
      const other = await createOrganisation(scene.db, { kind: 'FINANCEUR' });
      return shareBilanAction({ versionId, organisationId: other.id });
    },
    unchanged: sharingUnchanged,
    expect: refusals.event('event.publish'),
  },
  {
    kind: 'action',
    name: 'revokeBilanShareAction',
    attempt: async (scene) => revokeBilanShareAction({ shareId: (await fixtureOf(scene)).shareId }),
    unchanged: sharingUnchanged,
    expect: refusals.event('event.publish'),
  },
  {
    kind: 'action',
    name: 'createBilanLinkAction',
    attempt: async (scene) => createBilanLinkAction({ versionId: (await fixtureOf(scene)).versionId, days: 30 }),
    unchanged: sharingUnchanged,
    expect: refusals.event('event.publish'),
  },
  {
    kind: 'action',
    name: 'revokeBilanLinkAction',
    attempt: async (scene) => revokeBilanLinkAction({ linkId: (await fixtureOf(scene)).linkId }),
    unchanged: sharingUnchanged,
    expect: refusals.event('event.publish'),
  },
  organiserRoute('pdf', organiserPdf),
  organiserRoute('xlsx', organiserXlsx),
  organiserRoute('csv', organiserCsv),
  organiserRoute('cerfa', organiserCerfa),
  organiserRoute('hors-trame', organiserOutside),
  funderRoute('pdf', funderPdf),
  funderRoute('xlsx', funderXlsx),
  funderRoute('csv', funderCsv),
  funderRoute('cerfa', funderCerfa),
  funderRoute('hors-trame', funderOutside),
  { kind: 'route', name: 'app/b/[token]/pdf/route.ts', public: 'the unguessable link token is the credential; revoked or expired → 404' },
  { kind: 'route', name: 'app/b/[token]/xlsx/route.ts', public: 'the unguessable link token is the credential; revoked or expired → 404' },
];
