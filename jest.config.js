/** Unit tests sit beside the code (src/**\/*.test.ts); integration and end-to-end tests live in test/. */
module.exports = {
  testEnvironment: 'node',
  // Speed is measured by `npm run bench`, never here: on a shared 2-core machine loaded by the whole suite, a
  // test or hook that takes 0.3 s alone has taken over jest's default 5 s, so a test fails only past 30 s.
  testTimeout: 30_000,
  // On 2 cores jest runs every file in one process (in band), whose heap grows file after file until it fails
  // (4 GB, seen in a clean-clone CI run): two workers instead, each replaced once it holds over 1 GB.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/bench'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', esModuleInterop: true, resolveJsonModule: true, isolatedModules: true }, diagnostics: false }],
  },
  reporters: ['default', '<rootDir>/test/reporters/passedFailedLine.js'],
};
