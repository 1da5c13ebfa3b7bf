import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { SCENARIO_LIMITS } from './limits.js';
import { scenarioMessages } from '../errors/messages.js';
import { type ParsedText, parseScenarioText } from './parseScenarioText.js';

/**
 * Reads and parses one scenario file (no `extends`, no schema yet). Only a regular file is
 * read: a folder, named pipe, socket or device is refused at once, without blocking. A file
 * larger than `SCENARIO_LIMITS.maxBytes` is refused from its size, without reading it.
 * `display` is the name problems show. Never throws for a missing or unreadable file: the
 * reason is a problem like any other.
 */
export function readScenarioFile(file: string, display: string = file): ParsedText {
  const fail = (message: string): ParsedText => ({ data: undefined, problems: [{ file: display, path: '', message }] });
  let fd: number;
  try {
    // Non-blocking, so that opening a named pipe (or a device) returns at once and is refused
    // by the regular-file check below rather than waiting forever for a writer. Reading a
    // regular file is unaffected by the flag.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? scenarioMessages.fileNotFound() : scenarioMessages.unreadable(code ?? String(error)));
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return fail(scenarioMessages.notAFile());
    if (stat.size > SCENARIO_LIMITS.maxBytes) return fail(scenarioMessages.tooLarge(stat.size, SCENARIO_LIMITS.maxBytes));
    const buffer = Buffer.alloc(stat.size);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
    return parseScenarioText(buffer.subarray(0, length), display);
  } catch (error) {
    return fail(scenarioMessages.unreadable((error as NodeJS.ErrnoException).code ?? String(error)));
  } finally {
    closeSync(fd);
  }
}

