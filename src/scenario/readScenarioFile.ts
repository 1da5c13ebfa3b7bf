import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { SCENARIO_LIMITS } from './limits.js';
import { scenarioMessages } from '../errors/messages.js';
import { type ParsedText, parseScenarioText } from './parseScenarioText.js';

/**
 * Reads and parses one scenario file (no `extends`, no schema yet). A file larger than
 * `SCENARIO_LIMITS.maxBytes` is refused from its size, without reading it.
 * `display` is the name problems show. Never throws for a missing or unreadable file: the
 * reason is a problem like any other.
 */
export function readScenarioFile(file: string, display: string = file): ParsedText {
  const fail = (message: string): ParsedText => ({ data: undefined, problems: [{ file: display, path: '', message }] });
  let fd: number;
  try {
    fd = openSync(file, 'r');
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
