/** @type {import('next').NextConfig} */

const production = process.env.NODE_ENV === 'production';

// Baseline security headers on every response. The Content-Security-Policy of dynamically rendered
// pages carries a per-request nonce and is set in proxy.ts.
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  // HTTPS only in production: a development server on http://localhost must stay reachable.
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];

// Cached public pages (rendered once, shared by every visitor) cannot carry a per-request nonce:
// Next's inline bootstrap scripts need 'unsafe-inline' there. Everything else stays as strict as the
// nonce policy, and these pages render only escaped user text (React, JSON-LD with `<` escaped).
const PUBLIC_CACHED_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// JSON, files and redirects from route handlers: nothing to run, nothing to embed.
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

// The check-in screens scan QR codes with the phone's camera: there, and only there, the page itself may use it.
const CAMERA_PAGES = ['/evenements/:id/pointage', '/pointage/:secret'];
const CAMERA_PERMISSIONS = 'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

const publicCachedSources = [
  '/e/:slug',
  '/e/:slug/calendar.ics',
  '/e/:slug/programme.json',
  '/e/:slug/schedule.xml',
  '/e/:slug/schedule.json',
  '/o/:organisationId/evenements.ics',
  '/formats/:id',
];

const nextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 (lib/server/page-data.ts maps "forbidden" to it).
  experimental: { authInterrupts: true },
  // Lets parallel test runs build side by side (NEXT_DIST_DIR=.next-xyz).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // These packages are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['@node-rs/argon2', 'pg', '@prisma/adapter-pg', 'pdfkit'],
  // Benchmark builds (bench/support/app.ts) measure run time; types are checked by `npm run typecheck`.
  typescript: { ignoreBuildErrors: process.env.TRAME_BENCH_BUILD === '1' },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...publicCachedSources.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: PUBLIC_CACHED_CSP }] })),
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
      ...CAMERA_PAGES.map((source) => ({ source, headers: [{ key: 'Permissions-Policy', value: CAMERA_PERMISSIONS }] })),
    ];
  },
};

module.exports = nextConfig;
