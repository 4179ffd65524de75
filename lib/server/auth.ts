import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { checkCredentials, isSessionCurrent } from '@/lib/server/credentials';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
}

/** Only same-origin relative paths: `javascript:`, `//other.site` and absolute URLs lead home. */
export function safeRedirect(url: string, baseUrl: string): string {
  if (/^\/(?![/\\])/.test(url) && !/[\u0000-\u001f]/.test(url)) return `${baseUrl}${url}`;
  try {
    const parsed = new URL(url);
    if (parsed.origin === baseUrl) return `${baseUrl}${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    // Not a URL at all: home.
  }
  return baseUrl;
}

// Sessions are signed JWT cookies: nothing lives in the Node process, so any number of app
// instances can serve the same person. Each token carries the account's session version, checked on
// every read, so that a session can be revoked (lib/server/credentials.ts).
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  // Auth.js's own English pages are never shown: sign-in and its errors land on /connexion.
  pages: { signIn: '/connexion', error: '/connexion', signOut: '/connexion' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: (raw, request) => checkCredentials(raw, request),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) return { ...token, sub: user.id, sv: user.sessionVersion ?? 0 };
      if (!token.sub) return null;
      const version = typeof token.sv === 'number' ? token.sv : 0;
      return (await isSessionCurrent(token.sub, version)) ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
    redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
  },
});
