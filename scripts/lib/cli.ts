// What every command-line script does when it cannot go on: say why on standard error, then exit
// with the code its usage line documents (1 for bad data, 2 for bad usage, unless it says otherwise).
export function fail(message: string, code: 1 | 2): never {
  console.error(message);
  process.exit(code);
}
