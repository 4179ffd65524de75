import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Trame', template: '%s · Trame' },
  description: 'Diagnostiquer, planifier, animer et faire le bilan des événements du numérique d’intérêt général.',
};

// The icons (app/favicon.ico, icon.svg, apple-icon.png) and the web manifest (app/manifest.ts) follow Next's file conventions.
export const viewport: Viewport = { themeColor: '#1a3f9c' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className="min-h-screen">
        <a href="#contenu" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          Aller au contenu
        </a>
        {children}
      </body>
    </html>
  );
}
