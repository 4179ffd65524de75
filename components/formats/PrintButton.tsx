'use client';

import { Button } from '@/components/ui/Button';

/** Ouvre la boîte d'impression du navigateur ; le bouton lui-même ne s'imprime pas. */
export function PrintButton({ label = 'Imprimer cette fiche' }: { label?: string }) {
  return (
    <Button type="button" variant="secondary" className="no-print shrink-0 whitespace-nowrap" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
