// The `patient-message-routing` executable (tsup adds the shebang). Everything else is in run.ts.
import { nodeIo } from "./internal/io.js";
import { run } from "./run.js";

// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), nodeIo());
