const path = require('path');

module.exports = ({ env }) => ({
  newsroom: {
    enabled: true,
    // The plugin from its TypeScript source (a shim; no build needed). NEWSROOM_FROM_SOURCE=false loads the
    // package as published instead (run `npm run build` at the root first). An absolute path: `resolve: '..'` breaks in 5.54.
    resolve: env.bool('NEWSROOM_FROM_SOURCE', true)
      ? path.resolve(__dirname, '../plugin-from-source')
      : path.resolve(__dirname, '../..'),
    config: {
      publicUrl: env('NEWSROOM_PUBLIC_URL', null),
    },
  },
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
});
