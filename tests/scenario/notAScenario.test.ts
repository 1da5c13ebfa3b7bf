import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExperimentFile } from '../../src/experiment/loadExperimentFile.js';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-leak-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(root, name);
  writeFileSync(file, text);
  return file;
}

/** The message a load throws, as the user would see it. */
function messageOf(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the load to fail');
}

/** Files a user might name by mistake, each holding a secret that must never be printed. */
const SECRETS = {
  shadow: write('shadow', 'root:$6$s3cr3tHash$abcdef:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n'),
  env: write('.env', 'API_TOKEN=s3cr3t-token\nDB_PASSWORD=hunter2\n'),
  config: write('config.yaml', 'api_token: s3cr3t-token\npassword: hunter2\n'),
  json: write('secrets.json', '{"token": "s3cr3t-token", PASSWORD: hunter2}\n'),
  jsonText: write('notes.json', 's3cr3t-token hunter2\n'),
};

describe('a file that is not a scenario is named, never printed (issue 15, item 7)', () => {
  it('an extends target: only its path and why', () => {
    const messages = Object.values(SECRETS).map((target) => messageOf(() => loadScenarioFile(write('child.yaml', `extends: ${target}\nweeks: 52\n`))));
    expect(messages).toEqual([
      `${SECRETS.shadow}: not a scenario: none of its keys is a scenario key (its contents are not shown)`,
      `${SECRETS.env}: expected an object, found text`,
      `${SECRETS.config}: not a scenario: none of its keys is a scenario key (its contents are not shown)`,
      `${SECRETS.json}:1:27: invalid JSON: expected double-quoted property name`,
      `${SECRETS.jsonText}: invalid JSON: unexpected token 's'`,
    ]);
    for (const message of messages) expect(message).not.toMatch(/s3cr3t|hunter2|API_TOKEN|api_token|daemon/);
  });

  it("an experiment's scenario: only its path and why", () => {
    for (const target of [SECRETS.env, SECRETS.config]) {
      const experiment = write('exp.yaml', `scenario: ${target}\nfactors: { manpower: [0, 1] }\ndesign: { method: lhs, samples: 4 }\n`);
      const message = messageOf(() => loadExperimentFile(experiment));
      expect(message.startsWith(`${target}: `)).toBe(true);
      expect(message).not.toMatch(/s3cr3t|hunter2|API_TOKEN|api_token/);
    }
  });

  it('a file named directly keeps its usual problems, and a scenario extending a scenario is unchanged', () => {
    expect(messageOf(() => loadScenarioFile(SECRETS.config))).toContain('api_token: unknown key');
    const empty = write('empty-parent.yaml', '{}\n');
    const scenario = readFileSync('tests/fixtures/valid/small-network.yaml', 'utf8');
    expect(loadScenarioFile(write('kid-of-empty.yaml', `extends: ${empty}\n${scenario}`)).name).toBe('small-network');
    const parent = write('parent.yaml', 'weeks: 10\n');
    expect(messageOf(() => loadScenarioFile(write('kid.yaml', `extends: ${parent}\nweeks: 0\n`)))).toBe(
      `${join(root, 'kid.yaml')}: weeks: expected an integer from 1 to 5200, found 0`,
    );
  });
});
