// Compiles the plugin's TypeScript on the fly; esbuild-register ships with @strapi/strapi.
require('esbuild-register/dist/node').register({ target: 'node20' });
const plugin = require('../../server/src/index.ts');
module.exports = plugin.default ?? plugin;
