import { LOGO_REFUSALS, type LogoRefusal } from '@/lib/domain/files/image-type';
import { Button } from '@/components/ui/Button';

const inputClass =
  'block max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-brand-700 file:bg-white file:px-3 file:py-1 file:font-semibold file:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-700';

/**
 * Upload (or removal) of a logo: a plain multipart form posted to a route handler, so it works
 * without JavaScript; the handler redirects back with a refusal code when the file is refused.
 */
export function LogoForm(props: { action: string; inputId: string; label: string; removeLabel: string; hasLogo: boolean; refusal: LogoRefusal | null }) {
  const { action, inputId, refusal } = props;
  const hintId = `${inputId}-aide`;
  const errorId = `${inputId}-erreur`;
  return (
    <div className="mt-1 mb-2 flex flex-col gap-1">
      <form method="post" action={action} encType="multipart/form-data" className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-semibold">
            {props.label}
          </label>
          <input
            id={inputId}
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            required
            className={inputClass}
            aria-describedby={refusal ? `${hintId} ${errorId}` : hintId}
            aria-invalid={refusal ? true : undefined}
          />
          <p id={hintId} className="text-sm text-slate-700">
            PNG, JPEG ou WebP, 500 ko au plus.
          </p>
        </div>
        <Button type="submit" variant="secondary" className="py-1 text-sm">
          {props.hasLogo ? 'Remplacer le logo' : 'Envoyer le logo'}
        </Button>
      </form>
      {props.hasLogo ? (
        <form method="post" action={action}>
          <input type="hidden" name="_action" value="supprimer" />
          <Button type="submit" variant="ghost" className="px-0 py-0 text-sm">
            {props.removeLabel}
          </Button>
        </form>
      ) : null}
      {refusal ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {LOGO_REFUSALS[refusal]}
        </p>
      ) : null}
    </div>
  );
}
