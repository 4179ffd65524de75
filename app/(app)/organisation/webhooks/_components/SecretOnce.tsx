'use client';
import { Check, Copy } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { inputClass } from '@/components/ui/Field';

/** The signing secret of the endpoint just created: shown here once, never again. */
export function SecretOnce({ secret }: { secret: string }) {
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [secret]);
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
      <h3 ref={heading} tabIndex={-1} className="font-semibold">
        Point de réception ajouté : copiez son secret maintenant
      </h3>
      <p>
        Ce secret signe chaque envoi ; votre outil s’en sert pour vérifier qu’il vient de Trame. Il ne sera plus jamais affiché : si vous
        le perdez, supprimez ce point de réception et créez-en un autre.
      </p>
      <label htmlFor="webhook-secret" className="font-medium">
        Secret de signature
      </label>
      <div className="flex flex-wrap gap-2">
        <input id="webhook-secret" readOnly value={secret} className={`${inputClass} flex-1 font-mono text-sm`} onFocus={(event) => event.target.select()} />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            // Without clipboard access (an old browser, a refused permission) the secret is selected instead.
            const copiedNow = await navigator.clipboard?.writeText(secret).then(
              () => true,
              () => false,
            );
            if (copiedNow) setCopied(true);
            else document.getElementById('webhook-secret')?.focus();
          }}
        >
          {copied ? <Check aria-hidden="true" size={18} /> : <Copy aria-hidden="true" size={18} />}
          {copied ? 'Copié' : 'Copier le secret'}
        </Button>
      </div>
    </div>
  );
}
