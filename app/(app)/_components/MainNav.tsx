'use client';
import { usePathname } from 'next/navigation';
import { PhoneFold } from '@/components/ui/PhoneFold';
import { TabLinks } from '@/components/ui/TabLinks';
import { currentMenuHref } from '@/lib/domain/navigation/event-sections';

/**
 * The main menu; the entry of the current page is marked aria-current="page". On a phone it folds
 * into one line under the header that names the current page.
 */
export function MainNav({ links }: { links: readonly { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = currentMenuHref(pathname, links.map((link) => link.href));
  const tabs = links.map((link) => ({ ...link, current: link.href === current }));
  const currentLabel = tabs.find((tab) => tab.current)?.label;
  return (
    <nav aria-label="Navigation principale" className="w-full">
      <PhoneFold label={`Menu${currentLabel ? ` : ${currentLabel}` : ''}`}>
        <TabLinks tabs={tabs} className="flex flex-col gap-1 pt-2" />
      </PhoneFold>
      <TabLinks tabs={tabs} className="hidden flex-wrap gap-1 sm:flex" />
    </nav>
  );
}
