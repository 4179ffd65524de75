'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

// The sections of an event, in the order a coordinator works through them.
const SECTIONS = [
  { path: '', label: 'Aperçu' },
  { path: '/programme', label: 'Programme' },
  { path: '/budget', label: 'Budget' },
  { path: '/taches', label: 'Tâches et communication' },
  { path: '/participants', label: 'Participant·es' },
  { path: '/pointage', label: 'Pointage' },
  { path: '/chiffres', label: 'Chiffres' },
  { path: '/messages', label: 'Messages' },
  { path: '/courriels', label: 'Courriels' },
  { path: '/questionnaire', label: 'Questionnaire' },
  { path: '/bilan', label: 'Bilan' },
] as const;

// Writing to people and reading what was sent: admins and coordinators only (event.emails).
const EMAIL_SECTIONS = new Set<string>(['/messages', '/courriels']);

export function EventNav({ eventId, showEmails }: { eventId: string; showEmails: boolean }) {
  const pathname = usePathname();
  const base = `/evenements/${eventId}`;
  const sections = SECTIONS.filter((section) => showEmails || !EMAIL_SECTIONS.has(section.path));
  // At the door, on a phone, the check-in list comes first: the sections fold into one line.
  const compact = pathname.startsWith(`${base}/pointage`);
  const list = (className: string) => (
      <ul className={className}>
        {sections.map((section) => {
          const href = `${base}${section.path}`;
          const current = section.path === '' ? pathname === base : pathname.startsWith(href);
          return (
            <li key={section.path}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block rounded-t-md px-4 py-2 font-medium ${current ? 'border-b-4 border-brand-700 text-brand-800' : 'text-slate-800 hover:bg-slate-100'}`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
  );
  return (
    <nav aria-label="Sections de l’événement" className="no-print border-b border-slate-300">
      {compact ? (
        <>
          <details className="sm:hidden">
            <summary className="cursor-pointer px-1 py-2 font-medium text-slate-800">Sections de l’événement</summary>
            {list('flex flex-col gap-1 pb-2')}
          </details>
          {list('hidden flex-wrap gap-1 sm:flex')}
        </>
      ) : (
        list('flex flex-wrap gap-1')
      )}
    </nav>
  );
}
