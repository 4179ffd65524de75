import type { ReactNode } from 'react';
import { PublicChrome } from '@/components/layout/PublicChrome';
import { getViewer } from '@/lib/server/authz';
import { AppChrome } from '../(app)/_components/AppChrome';

/** « / »: the dashboard inside the app when signed in, the landing page for everyone else. */
export default async function HomeLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  return viewer ? <AppChrome viewer={viewer}>{children}</AppChrome> : <PublicChrome>{children}</PublicChrome>;
}
