import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getViewer, isFunder } from '@/lib/server/authz';
import { signOutAction } from '@/lib/server/actions/sign-out';
import { OrganisationSwitcher } from './_components/OrganisationSwitcher';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/connexion');
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
        { href: '/formats', label: 'Formats' },
        { href: '/organisation', label: 'Ma structure' },
      ];
  return (
    <>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          <Link href="/" className="text-xl font-bold text-brand-700">
            Trame
          </Link>
          <nav aria-label="Navigation principale" className="flex flex-1 flex-wrap gap-4">
            {links.map((link) => (
              <Link key={link.href} href={link.href} className="text-slate-800 underline-offset-4 hover:underline">
                {link.label}
              </Link>
            ))}
          </nav>
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
      </header>
      <main id="contenu" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
