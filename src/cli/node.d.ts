/**
 * The one Node built-in the CLI imports, declared here because the package build compiles
 * without Node's types (`types: []`). Where `@types/node` is in the program (the type-check of
 * the whole project), this overload merges with its declaration.
 */
declare module 'node:fs/promises' {
  function readFile(path: string, encoding: 'utf8'): Promise<string>;
}
