import type { ReactNode } from 'react';
import { ProblemPage } from './ProblemPage';

/** A page that does not exist or is not the person's: never say which. */
export function NotFoundProblem() {
  return (
    <ProblemPage title="Page introuvable">
      <p>Cette page n’existe pas, ou elle appartient à une autre structure que la vôtre. Vérifiez l’adresse ou repartez de l’accueil.</p>
    </ProblemPage>
  );
}

/** Visible, but the person's role does not allow it. */
export function ForbiddenProblem() {
  return (
    <ProblemPage title="Accès refusé">
      <p>
        Votre rôle dans cette structure ne permet pas d’ouvrir cette page. Si vous en avez besoin, demandez à une personne
        administratrice de votre structure.
      </p>
    </ProblemPage>
  );
}

/** Something went wrong while showing the page: a safe message when there is one, otherwise a generic one. */
export function UnexpectedProblem({ message, action }: { message: string | null; action?: ReactNode }) {
  return (
    <ProblemPage title={message ? 'Action impossible' : 'Une erreur inattendue est survenue'} action={action}>
      <p>{message ?? 'La page n’a pas pu s’afficher. Réessayez dans un instant ; si le problème continue, prévenez l’équipe qui gère Trame.'}</p>
    </ProblemPage>
  );
}
