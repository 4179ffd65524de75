import { ChevronDown } from 'lucide-react';
import type { ReactNode } from 'react';

/** On a phone, a menu folded into one line that names where one is (a native <details>: keyboard and screen readers as is). */
export function PhoneFold({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="group sm:hidden">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 rounded-md border border-slate-400 bg-white px-3 font-medium text-slate-800 [&::-webkit-details-marker]:hidden">
        <span>{label}</span>
        <ChevronDown aria-hidden="true" className="size-5 shrink-0 transition-transform group-open:rotate-180" />
      </summary>
      {children}
    </details>
  );
}
