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
  return (
    <nav aria-label="Sections de l’événement" className="no-print border-b border-slate-300">
      <ul className="flex flex-wrap gap-1">
        {SECTIONS.filter((section) => showEmails || !EMAIL_SECTIONS.has(section.path)).map((section) => {
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
    </nav>
  );
}
