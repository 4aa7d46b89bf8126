/**
 * The load generator, in its own process (as partners are): for each route, `clients` keep-alive loops of GET `path`
 * for `seconds`, all routes at once, each answer read to the end; sends back, per route, the latency (ms) of every
 * answer with the expected status, and how many others failed. The server's process then spends its CPU on the
 * server only (the bench reports it per request). Several routes share one process, so a mixed run's split between
 * them does not depend on how the machine schedules several generators.
 */
const http = require('http');
const { closedLoop } = require('./closed-loop');
const { request } = require('./http-client');

const { port, seconds, routes } = JSON.parse(process.argv[2]);
const agent = new http.Agent({ keepAlive: true, maxSockets: routes.reduce((sum, route) => sum + route.clients, 0) });

const measure = ({ path, headers, expect, clients }) =>
  closedLoop(async () => (await request(port, 'GET', path, { headers, agent, read: 'discard' }).then(({ status }) => status, () => 0)) === expect, seconds, clients);

Promise.all(routes.map(measure)).then((results) => {
  agent.destroy();
  process.send(results, () => process.exit(0));
});
