/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // These packages are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['@node-rs/argon2', 'pg', '@prisma/adapter-pg'],
  typedRoutes: false,
};

module.exports = nextConfig;
