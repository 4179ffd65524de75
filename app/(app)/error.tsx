'use client';

import { ErrorBoundaryPage } from '@/components/errors/ErrorBoundaryPage';

/** An error inside the signed-in app keeps the navigation around it. */
export default function AppErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorBoundaryPage {...props} />;
}
