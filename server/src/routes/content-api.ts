/** Public read routes under /api/newsroom; every handler is find/findOne so read-only API tokens pass. */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/briefs', handler: 'brief.find', config: { policies: [] } },
    { method: 'GET', path: '/briefs/:slug', handler: 'brief.findOne', config: { policies: [] } },
    { method: 'GET', path: '/briefs/:slug/tolls', handler: 'toll.find', config: { policies: [] } },
    { method: 'GET', path: '/briefs/:slug/corrections', handler: 'correction.find', config: { policies: [] } },
    { method: 'GET', path: '/briefs/:slug/ninjs', handler: 'ninjs.findOne', config: { policies: [] } },
    { method: 'GET', path: '/tags', handler: 'tag.find', config: { policies: [] } },
    { method: 'GET', path: '/feed', handler: 'feed.find', config: { policies: [] } },
    { method: 'GET', path: '/schemas/:file', handler: 'schema.findOne', config: { policies: [] } },
  ],
};
