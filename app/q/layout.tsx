import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// The answer link carries its token: never send it on to another site, never index the page.
export const metadata: Metadata = { referrer: 'no-referrer', robots: { index: false, follow: false } };

export default function QuestionnaireLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-2xl px-4 py-3">
          <p className="text-xl font-bold text-brand-700">Trame</p>
        </div>
      </header>
      <main id="contenu" className="mx-auto max-w-2xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
