'use client';
import { usePathname } from 'next/navigation';
import { PhoneFold } from '@/components/ui/PhoneFold';
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
  const grouped = (className: string, idPrefix: string) => (
    <div className={className}>
      {groups.map((group) => (
        <div key={group.id} role="group" aria-labelledby={`${idPrefix}-${group.id}`} className="flex flex-col gap-1">
          <span id={`${idPrefix}-${group.id}`} className="px-1 text-xs font-semibold tracking-wide text-slate-700 uppercase">
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
      <PhoneFold label={`Sections de l’événement${currentLabel ? ` : ${currentLabel}` : ''}`}>{grouped('flex flex-col gap-3 pt-2', 'nav-phone')}</PhoneFold>
      {/* Side by side from the large breakpoint, each group in its own column (its tabs wrap inside it). */}
      {grouped('hidden flex-wrap gap-x-6 gap-y-3 sm:flex lg:grid lg:grid-cols-[4fr_4fr_3fr]', 'nav-group')}
    </nav>
  );
}
