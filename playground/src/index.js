const { seed } = require('../seed');

module.exports = {
  register() {},

  /** Seeds the demo content and accounts after the admin has created its default roles (never in the plugin's bootstrap). */
  async bootstrap({ strapi }) {
    if (process.env.NEWSROOM_SEED === 'false') return;
    await seed(strapi);
  },
};
