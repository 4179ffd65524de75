'use client';
import { usePathname } from 'next/navigation';
import { TabLinks } from '@/components/ui/TabLinks';
import { currentMenuHref } from '@/lib/domain/navigation/event-sections';

/** The main menu; the entry of the current page is marked aria-current="page". */
export function MainNav({ links }: { links: readonly { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = currentMenuHref(pathname, links.map((link) => link.href));
  return (
    <nav aria-label="Navigation principale" className="flex-auto">
      <TabLinks tabs={links.map((link) => ({ ...link, current: link.href === current }))} />
    </nav>
  );
}
