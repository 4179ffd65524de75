'use client';
import { ChevronDown } from 'lucide-react';
import { usePathname } from 'next/navigation';
import { TabLinks } from '@/components/ui/TabLinks';
import { currentEventSection, visibleEventSectionGroups } from '@/lib/domain/navigation/event-sections';

/**
 * The event's sections in three groups (Préparer, Le jour J, Après). On a phone they fold into
 * one line that names the current section; from the small breakpoint up, the groups sit side by side.
 */
export function EventNav({ eventId, showEmails }: { eventId: string; showEmails: boolean }) {
  const pathname = usePathname();
  const base = `/evenements/${eventId}`;
  const current = currentEventSection(pathname, base);
  const groups = visibleEventSectionGroups({ showEmails });
  const currentLabel = groups.flatMap((group) => group.sections).find((section) => section.path === current)?.label;
  const grouped = (className: string) => (
    <div className={className}>
      {groups.map((group) => (
        <div key={group.id} role="group" aria-labelledby={`nav-group-${group.id}`} className="flex flex-col gap-1">
          <span id={`nav-group-${group.id}`} className="px-1 text-xs font-semibold tracking-wide text-slate-700 uppercase">
            {group.label}
          </span>
          <TabLinks
            tabs={group.sections.map((section) => ({
              href: `${base}${section.path}`,
              label: section.label,
              current: section.path === current,
            }))}
          />
        </div>
      ))}
    </div>
  );
  return (
    <nav aria-label="Sections de l’événement" className="no-print border-b border-slate-300 pb-3">
      <details className="group sm:hidden">
        <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 rounded-md border border-slate-400 bg-white px-3 font-medium text-slate-800 [&::-webkit-details-marker]:hidden">
          <span>Sections de l’événement{currentLabel ? ` : ${currentLabel}` : ''}</span>
          <ChevronDown aria-hidden="true" className="size-5 shrink-0 transition-transform group-open:rotate-180" />
        </summary>
        {grouped('flex flex-col gap-3 pt-2')}
      </details>
      {/* Side by side from the large breakpoint, each group in its own column (its tabs wrap inside it). */}
      {grouped('hidden flex-wrap gap-x-6 gap-y-3 sm:flex lg:grid lg:grid-cols-[4fr_4fr_3fr]')}
    </nav>
  );
}
