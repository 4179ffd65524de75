import type { MetadataRoute } from 'next';

/** The web manifest (/manifest.webmanifest, linked by Next): Trame added to a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Trame',
    short_name: 'Trame',
    description: 'Diagnostiquer, planifier, animer et faire le bilan des événements du numérique d’intérêt général.',
    lang: 'fr',
    start_url: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1a3f9c',
    // Drawn by scripts/make-icons.mjs from app/icon.svg.
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  };
}
