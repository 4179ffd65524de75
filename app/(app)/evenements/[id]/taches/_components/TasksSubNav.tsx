'use client';
import { usePathname } from 'next/navigation';
import { TabLinks } from '@/components/ui/TabLinks';

// The three parts of « Tâches et communication »: the task timeline, the plan, the figures to watch.
const PARTS = [
  { path: '', label: 'Tâches' },
  { path: '/communication', label: 'Plan de communication' },
  { path: '/donnees', label: 'Données à suivre' },
] as const;

export function TasksSubNav({ eventId }: { eventId: string }) {
  const pathname = usePathname();
  const base = `/evenements/${eventId}/taches`;
  const isCurrent = (path: string) =>
    path === '' ? !PARTS.some((part) => part.path !== '' && pathname.startsWith(`${base}${part.path}`)) : pathname.startsWith(`${base}${path}`);
  return (
    <nav aria-label="Tâches et communication" className="no-print mb-6">
      <TabLinks
        tabs={PARTS.map((part) => ({ href: `${base}${part.path}`, label: part.label, current: isCurrent(part.path) }))}
      />
    </nav>
  );
}
