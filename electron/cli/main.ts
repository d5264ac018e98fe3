/** The command line of Опора (`npm run -s opora -- <command>`): the same core as the app. */
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2));
