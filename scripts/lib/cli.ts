import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

const HELP_OPTION = { help: { type: 'boolean', short: 'h', default: false } } as const;

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O & typeof HELP_OPTION }>>['values'];

/**
 * Parses a script's options the same way everywhere: `-h/--help` prints the help and exits 0,
 * an unknown or malformed option prints the error and the help and exits 2. Editor-facing
 * scripts pass `errorPrefix` so Node's English parse error is introduced in their language.
 */
export function parseCli<const O extends ParseArgsOptionsConfig>(help: string, options: O, errorPrefix = ''): Parsed<O> {
  let values: Parsed<O>;
  try {
    values = parseArgs<{ options: O & typeof HELP_OPTION }>({ options: { ...options, ...HELP_OPTION } }).values;
  } catch (error) {
    console.error(`${errorPrefix}${(error as Error).message}\n\n${help}`);
    process.exit(2);
  }
  if ((values as { help?: boolean }).help) {
    console.log(help);
    process.exit(0);
  }
  return values;
}
