/** An error whose message is safe to show to the person (French). Anything else is logged and hidden. */
export class SafeError extends Error {
  constructor(
    message: string,
    readonly code: 'forbidden' | 'not-found' | 'unauthenticated' | 'conflict' | 'rate-limited' | 'invalid' | 'unavailable' | 'too-large' = 'invalid',
  ) {
    super(message);
    this.name = 'SafeError';
  }
}

export const forbidden = () => new SafeError('Vous n’avez pas accès à cette ressource.', 'forbidden');
export const unauthenticated = () => new SafeError('Connectez-vous pour continuer.', 'unauthenticated');
export const notFound = (what = 'Cette ressource') => new SafeError(`${what} est introuvable.`, 'not-found');
