#!/usr/bin/env node
// The CLI is bundled by `npm run build:cli` (run on install); its source is src/cli/main.ts.
require('../dist-cli/cli.js').runCli(process.argv.slice(2));
