'use client';

import { messageOfDigest } from '@/lib/domain/errors/safe-digest';
import { UnexpectedProblem } from './messages';

/** What error.tsx shows: the French message of a safe error, or a generic one, and a retry button. */
export function ErrorBoundaryPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <UnexpectedProblem
      message={messageOfDigest(error.digest)}
      action={
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Réessayer
        </button>
      }
    />
  );
}
