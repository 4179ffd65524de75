'use client';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { switchOrganisationAction } from '@/lib/server/actions/organisations';

/** Shown only to people who belong to several organisations. */
export function OrganisationSwitcher({ current, options }: { current: string; options: { id: string; name: string }[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (options.length < 2) return <span className="text-sm font-medium text-slate-800">{options[0]?.name}</span>;
  return (
    <label className="flex items-center gap-2 text-sm">
      <span>Structure</span>
      <select
        className="rounded-md border border-slate-400 bg-white px-2 py-1"
        value={current}
        disabled={pending}
        onChange={(event) => {
          const organisationId = event.target.value;
          startTransition(async () => {
            await switchOrganisationAction({ organisationId });
            router.refresh();
          });
        }}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
