// Partner logos: the upload is guarded by event.edit; the logo itself is public for a public event.
import { refusals, type RegistryEntry, type Scene } from './kinds';
import { POST as postLogo, DELETE as deleteLogo } from '@/app/(app)/evenements/[id]/partenaires/[partnerId]/logo/route';
import { GET as getOwnLogo, POST as postOrganisationLogo } from '@/app/(app)/organisation/logo/route';
import { createPartner, logoRequest, PNG_BYTES } from '@/tests/factories/partner-logos';

const partners = new Map<string, Promise<{ id: string }>>();

/** One partner of A's event, with no logo, created once per scene. */
function partnerOf({ db, eventA }: Scene) {
  let partner = partners.get(eventA.id);
  if (!partner) {
    partner = createPartner(db, { eventId: eventA.id, name: 'Partenaire de A' });
    partners.set(eventA.id, partner);
  }
  return partner;
}

async function noLogoWritten(scene: Scene) {
  const written = await scene.db.partner.count({ where: { eventId: scene.eventA.id, logoType: { not: null } } });
  if (written !== 0) throw new Error(`logos written in A: ${written}`);
}

const params = (scene: Scene, partnerId: string) => ({ params: Promise.resolve({ id: scene.eventA.id, partnerId }) });

/** The form « Ma structure » posts: the logo goes to the caller's current organisation, whatever they claim. */
function organisationLogoRequest() {
  const body = new FormData();
  body.set('logo', new File([PNG_BYTES], 'logo.png', { type: 'image/png' }));
  return new Request('http://localhost/organisation/logo', { method: 'POST', body, headers: { origin: 'http://localhost' } });
}

const ownOrganisation = 'acts on their own current organisation, never on A';

export const logosEntries: RegistryEntry[] = [
  {
    kind: 'route',
    name: 'app/(app)/organisation/logo/route.ts',
    attempt: async () => {
      const posted = await postOrganisationLogo(organisationLogoRequest(), { params: Promise.resolve({}) });
      if (posted.status >= 400) return posted;
      return getOwnLogo(new Request('http://localhost/organisation/logo'), { params: Promise.resolve({}) });
    },
    // A funder's admin may give their own organisation a logo too; a MEMBER of A may not change A's.
    expect: { signedOut: 'unauthenticated', outsider: { allowed: ownOrganisation }, funder: { allowed: ownOrganisation }, member: 'forbidden' },
    unchanged: async ({ db, orgA }) => {
      const organisation = await db.organisation.findUniqueOrThrow({ where: { id: orgA.id }, select: { logoType: true } });
      if (organisation.logoType !== null) throw new Error('logo written in A');
    },
  },
  {
    kind: 'route',
    name: 'app/(public)/o/[organisationId]/logo/route.ts',
    public: 'an organisation’s logo, once it hosts or co-organises a published event (otherwise 404)',
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/partenaires/[partnerId]/logo/route.ts',
    attempt: async (scene) => {
      const { id } = await partnerOf(scene);
      const file = new File([PNG_BYTES], 'logo.png', { type: 'image/png' });
      const posted = await postLogo(logoRequest(scene.eventA.id, id, { logo: file }), params(scene, id));
      if (![401, 403, 404].includes(posted.status)) return posted;
      const request = new Request(`http://localhost/evenements/${scene.eventA.id}/partenaires/${id}/logo`, { method: 'DELETE', headers: { origin: 'http://localhost' } });
      return deleteLogo(request, params(scene, id));
    },
    unchanged: noLogoWritten,
    expect: refusals.event('event.edit'),
  },
  {
    kind: 'route',
    name: 'app/(public)/e/[slug]/partenaires/[partnerId]/logo/route.ts',
    public: 'a partner logo shown on the public page of a published event (a draft answers 404)',
  },
];
