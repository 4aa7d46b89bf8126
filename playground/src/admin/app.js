/** Admin interface languages offered to users (the plugin ships en and fr). */
export default { config: { locales: ['fr'] } };
