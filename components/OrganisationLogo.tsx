import type { MembershipView } from '@/lib/server/authz';

/**
 * The logo of the organisation the person works in now, for the app's header; nothing without one.
 * Its name is written beside it by the switcher, so the image is decorative.
 */
export function OrganisationLogo({ organisation }: { organisation: Pick<MembershipView, 'organisationId' | 'organisationHasLogo'> }) {
  if (!organisation.organisationHasLogo) return null;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a small logo served by our own route
    <img
      // The address changes with the organisation: the browser's cached logo never shows another one.
      src={`/organisation/logo?o=${encodeURIComponent(organisation.organisationId)}`}
      alt=""
      width={96}
      height={32}
      className="h-8 w-auto max-w-24 object-contain"
    />
  );
}
