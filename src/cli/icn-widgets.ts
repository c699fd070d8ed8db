#!/usr/bin/env node
/**
 * `icn-widgets validate <file or URL>`: checks a statement before it is published, with the
 * same checks the widgets apply (`validateStatement`), and says every problem in a sentence
 * that names where it is. Exit status: 0 valid, 1 problems found, 2 nothing could be checked
 * (usage, unreadable file, unreachable address, not JSON).
 *
 * Node built-ins only, and no Node types: the package build compiles without them.
 */
import { readFile } from 'node:fs/promises';
import { SignatorySchema, StatementSchema, TranslationSchema, validateStatement } from '../data/schema.js';

/** The part of Node's `process` this file uses. */
interface NodeProcess {
  argv: string[];
  exitCode?: number;
  stdout: { write(text: string): boolean };
  stderr: { write(text: string): boolean };
}
const process = (globalThis as unknown as { process: NodeProcess }).process;

/** How long an address may take to answer, body included. */
const TIMEOUT_S = 15;

const SYNOPSIS = 'Usage: icn-widgets validate <file or web address>';

const USAGE = `${SYNOPSIS}

Checks a statement.json file, or the statement a web address serves, against the
statement format (schema version 1) before it is published, and lists every
problem with where it is, e.g. "signatories[3].url must be a web address
starting with http:// or https://".

  icn-widgets validate statement.json
  icn-widgets validate https://example.org/statement.json

Exit status: 0 the statement is valid, 1 it has problems, 2 it could not be
read (no such file, address not reachable, not JSON).
`;

/** Something that stops the check before it starts: said on stderr, exit status 2. */
class CannotCheck extends Error {}

const say = (line: string) => process.stdout.write(`${line}\n`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

async function main(args: string[]): Promise<number> {
  if (args.some((a) => a === '--help' || a === '-h') || args[0] === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, ...rest] = args;
  const usage = (problem: string) => new CannotCheck(`${problem}.\n${SYNOPSIS}\nMore: icn-widgets --help`);
  if (command === undefined) throw usage('say what to check');
  if (command !== 'validate') throw usage(`unknown command "${command}": the command is "validate"`);
  const option = rest.find((a) => a.startsWith('-'));
  if (option) throw usage(`unknown option "${option}"`);
  if (rest.length !== 1) throw usage(rest.length ? 'check one file or address at a time' : 'say which file or address to check');

  const target = rest[0];
  const notes: string[] = [];
  const text = (/^[a-z][a-z\d+.-]*:\/\//i.test(target) ? await download(target, notes) : await read(target)).replace(/^\uFEFF/, '');
  const data = parse(target, text);
  notes.unshift(...unknownFields(data));

  const result = validateStatement(data);
  if (result.ok) {
    for (const note of notes) say(`note: ${note}`);
    const { principles, signatories, translations } = result.statement;
    const languages = Object.keys(translations ?? {});
    say(
      `OK: ${plural(principles.length, 'principle')}, ${plural(signatories.length, 'signatory', 'signatories')}, ` +
        (languages.length ? `translations: ${languages.join(', ')}` : 'no translations'),
    );
    return 0;
  }
  for (const problem of result.problems) say(problem);
  for (const note of notes) say(`note: ${note}`);
  say(`${target} does not follow the statement format: ${plural(result.problems.length, 'problem')}.`);
  return 1;
}

async function read(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CannotCheck(
      code === 'ENOENT'
        ? `${file} does not exist.`
        : code === 'EISDIR'
          ? `${file} is a folder, not a file.`
          : code === 'EACCES' || code === 'EPERM'
            ? `${file} cannot be read: permission denied.`
            : `${file} cannot be read: ${(error as Error).message}.`,
    );
  }
}

/** The body at an http(s) address, as the widgets fetch it; notes what would stop browsers. */
async function download(url: string, notes: string[]): Promise<string> {
  if (!/^https?:\/\//i.test(url)) throw new CannotCheck(`${url} cannot be checked: only http:// and https:// addresses can.`);
  const failed = (why: string) => new CannotCheck(`${url} could not be loaded: ${why}.`);
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_S * 1000), headers: { accept: 'application/json' } });
    if (!response.ok) throw failed(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    if (response.headers.get('access-control-allow-origin') !== '*') {
      notes.push('the server does not send "Access-Control-Allow-Origin: *", so the widgets on members\' sites cannot load it');
    }
    return await response.text();
  } catch (error) {
    if (error instanceof CannotCheck) throw error;
    if ((error as Error).name === 'TimeoutError') throw failed(`no complete answer within ${TIMEOUT_S} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? cause?.message ?? String(error);
    throw failed(
      code === 'ENOTFOUND'
        ? 'there is no server at that name (ENOTFOUND)'
        : code === 'ECONNREFUSED'
          ? 'the server refused the connection (ECONNREFUSED)'
          : `the server could not be reached (${code})`,
    );
  }
}

function parse(name: string, text: string): unknown {
  if (!text.trim()) throw new CannotCheck(`${name} is empty.`);
  const page = /^\s*(<[^>\n]{0,40}>?)/.exec(text)?.[1];
  if (page) throw new CannotCheck(`${name} is not valid JSON: it is a web page or XML (it starts with "${page}").`);
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's messages differ between Node versions and some carry no position, so find it here.
    const found = jsonError(text);
    const message = (error as Error).message.split('\n')[0];
    const at = found?.at ?? Number(/at position (\d+)/.exec(message)?.[1] ?? NaN);
    const where = Number.isNaN(at) ? '' : ` at ${lineAndColumn(text, at)}`;
    throw new CannotCheck(`${name} is not valid JSON: ${found?.reason ?? message.replace(/ in JSON at position \d+.*/, '')}${where}.`);
  }
}

function lineAndColumn(text: string, at: number): string {
  const before = text.slice(0, at).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/**
 * Where the first JSON syntax error in `text` is, and what it is in plain words; undefined if
 * none is found. Only called once `JSON.parse` has failed.
 */
function jsonError(text: string): { at: number; reason: string } | undefined {
  let i = 0;
  const stop = (reason: string, at = i) => {
    throw { at, reason };
  };
  const spaces = () => {
    while (' \t\n\r'.includes(text[i]) && i < text.length) i++;
  };
  const shown = () => {
    const word = /^[\w$.+-]+/.exec(text.slice(i, i + 20))?.[0] ?? text[i];
    return word === '"' ? 'a quote mark (")' : `"${word}"`;
  };
  const expect = (what: string) => stop(i < text.length ? `expected ${what} but found ${shown()}` : `the text ends too early: expected ${what}`);
  const quoted = () => {
    for (i++; ; ) {
      const c = text[i];
      if (i >= text.length) expect('a closing quote mark');
      if (c === '"') return void i++;
      if (c < ' ') stop('a line break or tab inside quoted text (write it as \\n or \\t)');
      if (c === '\\') {
        const escape = /^(?:["\\/bfnrt]|u[\da-fA-F]{4})/.exec(text.slice(i + 1, i + 6))?.[0];
        if (!escape) stop(`"\\${text[i + 1] ?? ''}" is not a valid escape in quoted text`);
        i += 1 + (escape?.length ?? 0);
      } else i++;
    }
  };
  const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const value = (): void => {
    spaces();
    const open = text[i];
    if (open === '"') return quoted();
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      spaces();
      if (text[i] === close) return void i++;
      for (;;) {
        if (open === '{') {
          spaces();
          if (text[i] !== '"') expect('a name in double quotes');
          quoted();
          spaces();
          if (text[i] !== ':') expect('":" after the name');
          i++;
        }
        value();
        spaces();
        if (text[i] === close) return void i++;
        if (text[i] !== ',') {
          if (i >= text.length) expect(`"," or "${close}"`);
          stop(`a "," or "${close}" is missing before ${shown()}`);
        }
        i++;
        spaces();
        if (text[i] === close) stop(`there is one "," too many before "${close}"`);
      }
    }
    literal.lastIndex = i;
    if (!literal.test(text)) expect('a value');
    i = literal.lastIndex;
  };
  try {
    value();
    spaces();
    if (i < text.length) stop(`unexpected ${shown()} after the end of the data`);
  } catch (error) {
    // Anything else (a stack overflow on absurd nesting) leaves the message to JSON.parse.
    if (error && typeof error === 'object' && 'reason' in error) return error as { at: number; reason: string };
  }
  return undefined;
}

/** Fields the format does not know: accepted and ignored, but often a typo worth a note. */
function unknownFields(data: unknown): string[] {
  const notes: string[] = [];
  const check = (value: unknown, known: object, where: string) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      if (!(key in known) && key !== '$schema') notes.push(`${where}${where ? '.' : ''}${key} is not a field of the statement format; it is ignored`);
    }
  };
  check(data, StatementSchema.entries, '');
  const { signatories, translations } = (data ?? {}) as { signatories?: unknown; translations?: unknown };
  if (Array.isArray(signatories)) signatories.forEach((s, n) => check(s, SignatorySchema.entries, `signatories[${n}]`));
  if (translations && typeof translations === 'object') {
    for (const [lang, t] of Object.entries(translations)) check(t, TranslationSchema.entries, `translations.${lang}`);
  }
  return notes;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CannotCheck) process.stderr.write(`icn-widgets: ${error.message}\n`);
    else process.stderr.write(`icn-widgets: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
