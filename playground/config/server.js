module.exports = ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS') },
  // PUBLIC_DIR lets the tests keep uploads in their temp folder instead of playground/public.
  dirs: { public: env('PUBLIC_DIR', './public') },
});
