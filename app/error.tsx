'use client';

import { ErrorBoundaryPage } from '@/components/errors/ErrorBoundaryPage';
import { ProblemMain } from '@/components/errors/ProblemPage';

export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ProblemMain>
      <ErrorBoundaryPage {...props} />
    </ProblemMain>
  );
}
