/**
 * The Node built-ins the CLI imports, declared here because the package build compiles without
 * Node's types (`types: []`). Where `@types/node` is in the program (the type-check of the whole
 * project), these overloads merge with its declarations.
 */
declare module 'node:fs/promises' {
  interface CliFileHandle {
    read(buffer: Uint8Array, offset: number, length: number, position: null): Promise<{ bytesRead: number }>;
    close(): Promise<void>;
  }
  function open(path: string, flags: 'r'): Promise<CliFileHandle>;
}

declare module 'node:dns/promises' {
  function lookup(hostname: string, options: { all: true }): Promise<{ address: string; family: number }[]>;
}
