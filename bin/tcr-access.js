#!/usr/bin/env node
// The `tcr-access` command: a shim over the compiled CLI (npm run compile builds dist/).
require('../dist/cli/index.js').run();
