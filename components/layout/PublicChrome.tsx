import Link from 'next/link';
import type { ReactNode } from 'react';

/** The public pages' header and main area (sign-in, sign-up, formats, public events, the landing page). */
export function PublicChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <Link href="/" className="text-xl font-bold text-brand-700">
            Trame
          </Link>
          <nav aria-label="Liens publics">
            <Link href="/formats" className="text-brand-700 underline-offset-4 hover:underline">
              Catalogue des formats
            </Link>
          </nav>
        </div>
      </header>
      <main id="contenu" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
