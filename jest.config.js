/** One jest run for everything: unit (pure domain), integration (a real Strapi over HTTP), e2e (a real browser). */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  testTimeout: 120_000,
  // Integration suites each boot their own Strapi; two workers fit the 2-core machines.
  maxWorkers: 2,
};
