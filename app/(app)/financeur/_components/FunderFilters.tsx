import Link from 'next/link';
import { Field, inputClass } from '@/components/ui/Field';
import type { FunderDashboardFilters } from '@/lib/schemas/funder-dashboard';
import type { FunderDashboardOptions } from '@/lib/server/queries/funder-dashboard';

type Raw = Partial<Record<keyof FunderDashboardFilters, string>>;

/** A plain GET form: the filters live in the address, so a filtered view can be bookmarked or sent. */
export function FunderFilters({ options, values }: { options: FunderDashboardOptions; values: Raw }) {
  const formats = values.format && !options.formats.some((f) => f.id === values.format) ? [...options.formats, { id: values.format, name: values.format }] : options.formats;
  return (
    <form method="get" action="/financeur" aria-labelledby="filters-title" className="rounded-lg bg-white p-4 shadow">
      <h2 id="filters-title" className="mb-2 text-xl font-semibold">
        Filtrer
      </h2>
      <div className="grid gap-x-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field id="filtre-du" label="Événements à partir du" hint="AAAA-MM-JJ">
          {(control) => <input {...control} name="du" type="date" defaultValue={values.du ?? ''} className={inputClass} />}
        </Field>
        <Field id="filtre-au" label="Jusqu’au" hint="AAAA-MM-JJ">
          {(control) => <input {...control} name="au" type="date" defaultValue={values.au ?? ''} className={inputClass} />}
        </Field>
        <Field id="filtre-structure" label="Structure organisatrice">
          {(control) => (
            <select {...control} name="structure" defaultValue={values.structure ?? ''} className={inputClass}>
              <option value="">Toutes</option>
              {options.hubs.map((hub) => (
                <option key={hub.id} value={hub.id}>{hub.name}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="filtre-region" label="Région">
          {(control) => (
            <select {...control} name="region" defaultValue={values.region ?? ''} className={inputClass}>
              <option value="">Toutes</option>
              {options.regions.map((region) => (
                <option key={region.code} value={region.code}>{region.name}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="filtre-departement" label="Département">
          {(control) => (
            <select {...control} name="departement" defaultValue={values.departement ?? ''} className={inputClass}>
              <option value="">Tous</option>
              {options.departements.map((departement) => (
                <option key={departement.code} value={departement.code}>{`${departement.code} – ${departement.name}`}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="filtre-format" label="Format de séance tenu">
          {(control) => (
            <select {...control} name="format" defaultValue={values.format ?? ''} className={inputClass}>
              <option value="">Tous</option>
              {formats.map((format) => (
                <option key={format.id} value={format.id}>{format.name}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Filtrer
        </button>
        <Link href="/financeur" className="text-brand-700 underline underline-offset-4">
          Effacer les filtres
        </Link>
      </div>
    </form>
  );
}
