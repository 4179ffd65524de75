import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getViewer } from '@/lib/server/authz';
import { AppChrome } from './_components/AppChrome';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/connexion');
  return <AppChrome viewer={viewer}>{children}</AppChrome>;
}
