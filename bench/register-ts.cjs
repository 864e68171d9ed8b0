// Lets `node -r ./bench/register-ts.cjs bench/run.ts` load TypeScript: each .ts file is transpiled on require by
// esbuild (types stripped, no type checking — `npm run typecheck` does that) with an inline source map.
const fs = require('fs');
const { transformSync } = require('esbuild');

process.setSourceMapsEnabled(true);

require.extensions['.ts'] = function loadTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcefile: filename,
    sourcemap: 'inline',
  });
  module._compile(code, filename);
};
