/**
 * A second Strapi instance in its own process (Strapi's admin keeps process-wide registries, so two instances
 * cannot share one process). Boots the playground on the database named by the environment, listens on a free
 * port, prints `listening <port>` and stops on SIGTERM.
 */
const path = require('path');

const main = async () => {
  const { createStrapi } = require('@strapi/strapi');
  const appDir = path.resolve(__dirname, '../../playground');
  const strapi = await createStrapi({ appDir, distDir: appDir, autoReload: false, serveAdminPanel: false }).load();
  if (!strapi.plugin('newsroom')) throw new Error('The newsroom plugin did not load');
  await strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address();
  process.stdout.write(`listening ${port}\n`);
  const stop = async () => {
    await strapi.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
};

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
