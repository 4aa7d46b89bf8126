/** LOG_LEVEL=warn quiets the per-request lines (tests and the bench set it). */
module.exports = { level: process.env.LOG_LEVEL || 'http' };
