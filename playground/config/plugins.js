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
      // Webhook dispatcher and embargo release loops; the tests drive them by hand.
      backgroundJobs: env.bool('NEWSROOM_BACKGROUND_JOBS', true),
      // Opt-in API token lookups from memory (README, Partner access); 0 = Strapi's lookup on every request.
      apiTokenCacheMs: env.int('NEWSROOM_API_TOKEN_CACHE_MS', 0),
      webhooks: {
        pollIntervalMs: env.int('NEWSROOM_WEBHOOK_POLL_MS', 5000),
        // Non-public addresses webhooks may reach (a local receiver): IPs, CIDR ranges, host names; comma-separated.
        allowList: env('NEWSROOM_WEBHOOK_ALLOW_LIST', '').split(',').map((entry) => entry.trim()).filter(Boolean),
      },
    },
  },
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
  graphql: { enabled: true, config: { landingPage: false, defaultLimit: 25, maxLimit: 100, depthLimit: 10 } },
});
