/**
 * The load generator, in its own process (as partners are): `clients` keep-alive loops of GET `path` for `seconds`,
 * each answer read to the end; sends back the latency (ms) of every answer with the expected status, and how many
 * others failed. The server's process then spends its CPU on the server only (the bench reports it per request).
 */
const http = require('http');
const { closedLoop } = require('./closed-loop');
const { request } = require('./http-client');

const { port, path, seconds, headers, expect, clients } = JSON.parse(process.argv[2]);
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });

const get = async () => (await request(port, 'GET', path, { headers, agent, read: 'discard' })).status;

closedLoop(async () => (await get().catch(() => 0)) === expect, seconds, clients).then(({ latencies, failed }) => {
  agent.destroy();
  process.send({ latencies, failed }, () => process.exit(0));
});
