// Prints the closing line CI reads: "N passed, N failed" (and skipped, when any). It is written when the
// process exits so that it stands after Jest's own summary.
class PassedFailedLine {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // A suite that fails to load has no test results; count it as a failure so the line never reads green.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.once('exit', () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = PassedFailedLine;
