'use client';

import Link from 'next/link';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The body of every error page (404, 403, unexpected error): a heading that receives the focus, so a
 * screen reader announces what happened, a sentence saying what to do, and a way back home.
 */
export function ProblemPage({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="probleme-titre" className="rounded-lg bg-white p-6 shadow">
      <h1 id="probleme-titre" ref={heading} tabIndex={-1} className="mb-2 text-3xl font-bold focus:outline-none">
        {title}
      </h1>
      <div className="mb-4 text-slate-700">{children}</div>
      <p className="flex flex-wrap items-center gap-4">
        {action}
        <Link href="/" className="font-medium text-brand-700 underline underline-offset-4">
          Retour à l’accueil
        </Link>
      </p>
    </section>
  );
}

/** The frame of an error page rendered outside any layout that already has a <main>. */
export function ProblemMain({ children }: { children: ReactNode }) {
  return (
    <main id="contenu" className="mx-auto max-w-3xl px-4 py-10">
      {children}
    </main>
  );
}
