import { Alert } from '@/components/ui/Alert';

/** The one answer to a new account, whether the address already had one or not. */
export function CheckYourEmail({ email }: { email: string }) {
  return (
    <Alert tone="success">
      <p className="font-semibold">Vérifiez votre boîte e-mail.</p>
      <p>
        Nous venons d’écrire à {email}. Suivez le lien du message pour continuer (pensez à regarder dans les indésirables). Le lien est
        valable 48 heures.
      </p>
    </Alert>
  );
}
