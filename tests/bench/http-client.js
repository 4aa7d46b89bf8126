/**
 * One HTTP request to the bench's Strapi on 127.0.0.1: `{ status, headers, body }`, the body parsed when it is JSON
 * (`read: 'discard'` reads it to the end and keeps nothing: the load generator's way); once more when a kept-alive
 * socket was closed under it.
 */
const http = require('http');

const requestOnce = (port, method, path, { headers = {}, body, agent, read = 'json' } = {}) =>
  new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const call = http.request(
      { host: '127.0.0.1', port, path, method, agent, headers: { ...(payload ? { 'Content-Type': 'application/json' } : {}), ...headers } },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => read !== 'discard' && chunks.push(chunk));
        response.on('end', () => {
          if (read === 'discard') return resolve({ status: response.statusCode, headers: response.headers, body: undefined });
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: response.statusCode, headers: response.headers, body: parsed });
        });
      },
    );
    call.on('error', reject);
    if (payload) call.write(payload);
    call.end();
  });

const request = (port, method, path, options = {}) =>
  requestOnce(port, method, path, options).catch((error) => {
    if (error.code !== 'ECONNRESET') throw error;
    return requestOnce(port, method, path, options);
  });

module.exports = { request };
