'use client';

import './globals.css';
import { ErrorBoundaryPage } from '@/components/errors/ErrorBoundaryPage';
import { ProblemMain } from '@/components/errors/ProblemPage';

/** When even the root layout fails: a whole document, still in French. */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <head>
        <title>Erreur · Trame</title>
      </head>
      <body className="min-h-screen">
        <ProblemMain>
          <ErrorBoundaryPage {...props} />
        </ProblemMain>
      </body>
    </html>
  );
}
