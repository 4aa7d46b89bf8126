#!/usr/bin/env node
/**
 * `strapi <command>` for this JavaScript app. Strapi 5.54's CLI looks for a tsconfig.json in the app folder *and its
 * parents*, so inside the plugin repository it finds the plugin's own tsconfig.json, tries to compile the playground
 * as TypeScript and exits silently. This runs the same CLI commands with no TypeScript config.
 */
const path = require('path');
const strapiDir = path.dirname(require.resolve('@strapi/strapi/package.json'));
// The commander release Strapi's commands were built with (the root may hold another one).
const { Command } = require(require.resolve('commander', { paths: [strapiDir] }));
const { commands } = require(path.join(strapiDir, 'dist/src/cli/commands/index.js'));
const { createLogger } = require(path.join(strapiDir, 'dist/src/cli/utils/logger.js'));

const main = async (argv) => {
  const program = new Command().storeOptionsAsProperties(false).allowUnknownOption(true);
  const ctx = {
    cwd: process.cwd(),
    logger: createLogger({ debug: argv.includes('--debug'), silent: argv.includes('--silent'), timestamp: false }),
    tsconfig: undefined,
  };
  for (const commandFactory of commands) {
    const subCommand = await commandFactory({ command: program, argv, ctx });
    if (subCommand) program.addCommand(subCommand);
  }
  await program.parseAsync(argv);
};

main(process.argv).catch((error) => {
  console.error(error);
  process.exit(1);
});
