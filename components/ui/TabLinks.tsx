import Link from 'next/link';

export type TabLink = { readonly href: string; readonly label: string; readonly current: boolean };

/** The one tab style of the app: the main menu, the event sections and their sub-sections. */
export const tabClass = (current: boolean) =>
  `inline-flex min-h-10 items-center rounded-md px-3 py-1.5 font-medium underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 ${
    current ? 'bg-brand-700 text-white' : 'text-slate-800 hover:bg-slate-100 hover:underline'
  }`;

/** A list of links, the current one marked aria-current="page" (and not by colour alone: it is filled). */
export function TabLinks({ tabs, className = 'flex flex-wrap gap-1' }: { tabs: readonly TabLink[]; className?: string }) {
  return (
    <ul className={className}>
      {tabs.map((tab) => (
        <li key={tab.href}>
          <Link href={tab.href} aria-current={tab.current ? 'page' : undefined} className={tabClass(tab.current)}>
            {tab.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
