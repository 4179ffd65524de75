import Link from 'next/link';
import type { ReactNode } from 'react';
import { isFunder, type Viewer } from '@/lib/server/authz';
import { signOutAction } from '@/lib/server/actions/sign-out';
import { OrganisationLogo } from '@/components/OrganisationLogo';
import { MainNav } from './MainNav';
import { OrganisationSwitcher } from './OrganisationSwitcher';

/** The signed-in app's header and main area, around every page of (app) and the dashboard at « / ». */
export function AppChrome({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const funder = isFunder(viewer.current);
  const links = funder
    ? [
        { href: '/', label: 'Bilans partagés' },
        { href: '/financeur', label: 'Financements' },
        { href: '/organisation', label: 'Ma structure' },
      ]
    : [
        { href: '/', label: 'Tableau de bord' },
        ...(viewer.current.organisationKind === 'RESEAU' ? [{ href: '/reseau', label: 'Réseau' }] : []),
        { href: '/diagnostic', label: 'Diagnostic' },
        { href: '/diagnostics', label: 'Mes diagnostics' },
        { href: '/catalogue', label: 'Formats' },
        { href: '/organisation', label: 'Ma structure' },
      ];
  return (
    <>
      <header className="no-print border-b border-slate-200 bg-white">
        {/* Two rows: the name and the account on top, the main menu below (room for every entry). */}
        <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-3">
          <div className="flex flex-wrap items-center gap-4">
            <Link href="/" className="text-xl font-bold text-brand-700">
              Trame
            </Link>
            <OrganisationLogo organisation={viewer.current} />
            <div className="ml-auto flex flex-wrap items-center gap-4">
              <OrganisationSwitcher
                current={viewer.current.organisationId}
                options={viewer.memberships.map((m) => ({ id: m.organisationId, name: m.organisationName }))}
              />
              <Link href="/compte" className="text-sm text-slate-700 underline-offset-4 hover:underline" title="Mon compte : mot de passe, sessions">
                {viewer.user.name}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="rounded-md border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100">
                  Se déconnecter
                </button>
              </form>
            </div>
          </div>
          <MainNav links={links} />
        </div>
      </header>
      <main id="contenu" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
