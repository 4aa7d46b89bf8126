/**
 * `clients` closed loops calling `once()` for `seconds` (each waits for its answer before the next call): the latency
 * in ms of every call that resolved true, and how many did not. Used in the load generator's process and, for raw SQL
 * and toll appends, in the bench's own.
 */
const closedLoop = async (once, seconds, clients) => {
  const deadline = Date.now() + seconds * 1000;
  const latencies = [];
  let failed = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) {
        const started = process.hrtime.bigint();
        const ok = await once().catch(() => false);
        if (ok) latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        else failed += 1;
      }
    }),
  );
  return { latencies, failed };
};

module.exports = { closedLoop };
