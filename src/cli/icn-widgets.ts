#!/usr/bin/env node
/**
 * `icn-widgets validate <file or URL>`: checks a statement before it is published, with the
 * same checks the widgets apply (`validateStatement`), and says every problem in a sentence
 * that names where it is (at most 20, and how many in all). Exit status: 0 valid, 1 problems
 * found or refused as the widgets refuse it (over 5 MB, far too many parts), 2 nothing could be
 * checked (usage, unreadable file, unreachable address, a refused redirect, not JSON).
 *
 * Everything it prints that comes from the data, a server or the command line has its control
 * characters escaped (`\u001b`), so a file cannot clear the terminal, set its title or fake an
 * "OK". It reads at most 5 MB (what the widgets read), follows at most 5 redirects, says each
 * one, and refuses one to another scheme or, from elsewhere, to a loopback or private address.
 *
 * Node built-ins only, and no Node types: the package build compiles without them.
 */
import { lookup } from 'node:dns/promises';
import { open } from 'node:fs/promises';
import { LIMITS, MAX_LISTED_PROBLEMS } from '../data/limits.js';
import { BodyTooLarge, readText, tooManyParts } from '../data/read.js';
import { inSignatory, namedProblem } from '../data/problems.js';
import { SignatorySchema, StatementSchema, TranslationSchema, validateStatement } from '../data/schema.js';

/** The part of Node's `process` this file uses. */
interface NodeProcess {
  argv: string[];
  exitCode?: number;
  stdout: { write(text: string): boolean };
  stderr: { write(text: string): boolean };
}
const process = (globalThis as unknown as { process: NodeProcess }).process;

/** How long an address may take to answer, redirects and body included. */
const TIMEOUT_S = 15;

/** Redirects followed at most, as a browser would follow many more. */
const MAX_REDIRECTS = 5;

/** The size cap, said in words. */
const CAP = `the ${LIMITS.bytes / 1024 / 1024} MB a statement may be (the widgets refuse anything larger)`;

const SYNOPSIS = 'Usage: icn-widgets validate <file or web address>';

const USAGE = `${SYNOPSIS}

Checks a statement.json file, or the statement a web address serves, against the
statement format (schema version 1) before it is published, and lists every
problem with where it is, e.g. "signatories[3] (EMC): url must be a web
address starting with http:// or https://". Positions count from 0, as in
the JSON, and a signatory is named by its acronym or name.

  icn-widgets validate statement.json
  icn-widgets validate https://example.org/statement.json

Exit status: 0 the statement is valid, 1 it has problems, 2 it could not be
read (no such file, address not reachable, not JSON).
`;

/** Something that stops the check before it starts: said on stderr, exit status 2 (or 1, `invalid`). */
class CannotCheck extends Error {
  /** Lines said after the message (the usage). */
  readonly more: string[];
  /** The statement is there but refused as the widgets refuse it (too large): exit status 1. */
  readonly invalid: boolean;
  constructor(message: string, { more = [], invalid = false }: { more?: string[]; invalid?: boolean } = {}) {
    super(message);
    this.more = more;
    this.invalid = invalid;
  }
}

/**
 * `text` with every character that a terminal could take for a command escaped: C0 and C1
 * controls (ESC, BEL, line breaks…), DEL, and the bidirectional marks and overrides that make a
 * line read otherwise than it is. `\u001b`, `\u202e`; a backslash is kept as it is.
 */
function escapeControls(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Writes one line to stdout, escaped: a line of output is always one line. */
const say = (line: string) => process.stdout.write(`${escapeControls(line)}\n`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

async function main(args: string[]): Promise<number> {
  if (args.some((a) => a === '--help' || a === '-h') || args[0] === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, ...rest] = args;
  const usage = (problem: string) => new CannotCheck(`${problem}.`, { more: [SYNOPSIS, 'More: icn-widgets --help'] });
  if (command === undefined) throw usage('say what to check');
  if (command !== 'validate') throw usage(`unknown command "${command}": the command is "validate"`);
  const option = rest.find((a) => a.startsWith('-'));
  if (option) throw usage(`unknown option "${option}"`);
  if (rest.length !== 1) throw usage(rest.length ? 'check one file or address at a time' : 'say which file or address to check');

  const target = rest[0];
  const notes: string[] = [];
  const text = (/^[a-z][a-z\d+.-]*:\/\//i.test(target) ? await download(target, notes) : await read(target)).replace(/^\uFEFF/, '');
  // What the widgets refuse before parsing, so is it refused here.
  const excess = tooManyParts(text, LIMITS);
  if (excess) throw new CannotCheck(`${target} holds ${excess}, far more than a statement has (the widgets refuse it).`, { invalid: true });
  const data = parse(target, text);
  notes.unshift(...unknownFields(data));

  const result = validateStatement(data, { max: MAX_LISTED_PROBLEMS });
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
  for (const problem of result.problems) say(namedProblem(problem, data));
  for (const note of notes) say(`note: ${note}`);
  const count = result.count ?? result.problems.length;
  const listed = count > result.problems.length ? ` (the first ${result.problems.length} are listed)` : '';
  say(`${target} does not follow the statement format: ${plural(count, 'problem')}${listed}.`);
  return 1;
}

/** A file's text, read up to the size cap and no further (a device or a pipe can be endless). */
async function read(file: string): Promise<string> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = new Uint8Array(LIMITS.bytes + 1);
      let size = 0;
      for (let n = -1; n !== 0 && size < buffer.length; size += n) {
        n = (await handle.read(buffer, size, buffer.length - size, null)).bytesRead;
      }
      if (size > LIMITS.bytes) throw new CannotCheck(`${file} is larger than ${CAP}.`, { invalid: true });
      return new TextDecoder().decode(buffer.subarray(0, size));
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof CannotCheck) throw error;
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

/**
 * The body at an http(s) address, as the widgets fetch it, up to the size cap; notes what would
 * stop browsers, and each redirect.
 */
async function download(url: string, notes: string[]): Promise<string> {
  if (!/^https?:\/\//i.test(url)) throw new CannotCheck(`${url} cannot be checked: only http:// and https:// addresses can.`);
  const failed = (why: string) => new CannotCheck(`${url} could not be loaded: ${why}.`);
  const signal = AbortSignal.timeout(TIMEOUT_S * 1000);
  try {
    let address = url;
    let response: Response;
    for (let hops = 0; ; hops++) {
      response = await fetch(address, { signal, redirect: 'manual', headers: { accept: 'application/json' } });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || location === null) break;
      await response.body?.cancel();
      if (hops === MAX_REDIRECTS) throw failed(`more than ${MAX_REDIRECTS} redirects`);
      const next = URL.canParse(location, address) ? new URL(location, address) : undefined;
      if (!next || (next.protocol !== 'http:' && next.protocol !== 'https:')) {
        throw failed(`it redirects to ${short(location)}, which is not an http(s) address; not followed`);
      }
      if (next.origin !== new URL(address).origin && (await isInternal(next.hostname))) {
        throw failed(`it redirects to ${short(next.href)}, a loopback or private address; not followed`);
      }
      notes.push(`${short(address)} redirects (${response.status}) to ${short(next.href)}`);
      address = next.href;
    }
    if (!response.ok) throw failed(`the server answered ${response.status}${response.statusText ? ` ${short(response.statusText)}` : ''}`);
    if (response.headers.get('access-control-allow-origin') !== '*') {
      notes.push('the server does not send "Access-Control-Allow-Origin: *", so the widgets on members\' sites cannot load it');
    }
    return await readText(response, LIMITS.bytes);
  } catch (error) {
    if (error instanceof CannotCheck) throw error;
    if (error instanceof BodyTooLarge) throw new CannotCheck(`${url} answers with more than ${CAP}; not read further.`, { invalid: true });
    if ((error as Error).name === 'TimeoutError') throw failed(`no complete answer within ${TIMEOUT_S} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? cause?.message ?? String(error);
    throw failed(
      code === 'ENOTFOUND'
        ? 'there is no server at that name (ENOTFOUND)'
        : code === 'ECONNREFUSED'
          ? 'the server refused the connection (ECONNREFUSED)'
          : `the server could not be reached (${short(code)})`,
    );
  }
}

/** At most 200 characters of a text from elsewhere. */
const short = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

/**
 * Whether a host name is, or resolves to, a loopback, private, link-local or otherwise
 * non-public address (IPv4 or IPv6): a statement is never fetched from there on a server's word.
 */
async function isInternal(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  let addresses: string[];
  try {
    addresses = /^[\d.]+$|:/.test(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return false; // Unknown name: the fetch then fails and says so.
  }
  return addresses.some(internalAddress);
}

/** Whether an IP address (text) is not a public one. */
function internalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(mapped ?? address);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 || a === 10 || a === 127 || a >= 224 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 198 && (b === 18 || b === 19))
    );
  }
  const v6 = address.toLowerCase();
  return v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || v6.startsWith('ff') || v6.startsWith('::ffff:');
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

/**
 * Fields the format does not know: accepted and ignored, but often a typo worth a note. At most
 * MAX_LISTED_PROBLEMS notes, then how many more; lists over their limit are not walked.
 */
function unknownFields(data: unknown): string[] {
  const notes: string[] = [];
  let more = 0;
  const check = (value: unknown, known: object, where: (key: string) => string) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      // Own fields only: "constructor" or "toString" is not a field of the format.
      if (Object.hasOwn(known, key) || key === '$schema') continue;
      if (notes.length < MAX_LISTED_PROBLEMS) notes.push(`${where(short(key))} is not a field of the statement format; it is ignored`);
      else more++;
    }
  };
  check(data, StatementSchema.entries, (key) => key);
  const { signatories, translations } = (data ?? {}) as { signatories?: unknown; translations?: unknown };
  if (Array.isArray(signatories) && signatories.length <= LIMITS.signatories) {
    signatories.forEach((s, n) => check(s, SignatorySchema.entries, (key) => inSignatory(n, s, key)));
  }
  if (translations && typeof translations === 'object' && Object.keys(translations).length <= LIMITS.translations) {
    for (const [lang, t] of Object.entries(translations)) check(t, TranslationSchema.entries, (key) => `translations.${short(lang)}.${key}`);
  }
  if (more) notes.push(`and ${plural(more, 'other unknown field')}`);
  return notes;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const lines =
      error instanceof CannotCheck
        ? [`icn-widgets: ${error.message}`, ...error.more]
        : [`icn-widgets: unexpected error:`, ...String((error as Error)?.stack ?? error).split('\n')];
    for (const line of lines) process.stderr.write(`${escapeControls(line)}\n`);
    process.exitCode = error instanceof CannotCheck && error.invalid ? 1 : 2;
  },
);
