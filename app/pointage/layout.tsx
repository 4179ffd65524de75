import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// The check-in link carries its secret: never send it on to another site, never index the page.
export const metadata: Metadata = { referrer: 'no-referrer', robots: { index: false, follow: false } };

export default function VolunteerLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-3xl px-4 py-2">
          <p className="text-lg font-bold text-brand-700">Trame · pointage</p>
        </div>
      </header>
      <main id="contenu" className="mx-auto max-w-3xl px-3 py-4 sm:px-4">
        {children}
      </main>
    </>
  );
}
