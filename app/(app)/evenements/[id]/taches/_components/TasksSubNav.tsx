'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

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
      <ul className="flex flex-wrap gap-2">
        {PARTS.map((part) => {
          const current = isCurrent(part.path);
          return (
            <li key={part.path}>
              <Link
                href={`${base}${part.path}`}
                aria-current={current ? 'page' : undefined}
                className={`inline-block rounded-full border px-4 py-1.5 font-medium ${current ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-400 bg-white text-slate-800 hover:bg-slate-100'}`}
              >
                {part.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
