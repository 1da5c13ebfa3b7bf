import { listSchemaFields, type SchemaField } from './listSchemaFields.js';
import { scenarioSchema } from './scenarioSchema.js';
import type { Scenario } from './types.js';

/** Options of `renderStarterScenario`. */
export interface StarterOptions {
  /** The scenario's `name`. */
  name: string;
  /** `$schema` value: the schema's path relative to the new file (or a URL). */
  schemaRef: string;
  /** Start from this preset: the file `extends` it and shows its values commented out. */
  preset?: { name: string; scenario: Scenario };
}

/** The blocks whose fields the starter file lists, each field with its documentation. */
const BLOCKS = ['network', 'preconditions', 'phenomena'] as const;

/** The example network of a starter file that does not extend a preset. */
const EXAMPLE_NETWORK = `organisations:
  # Every partner: a unique id, its domain, and whatever differs from the domain's defaults.
  - { id: office, name: Coordinating office, domain: coordination, staff: 2 }
  - { id: police, name: Police, domain: security, staff: 4 }
  - { id: prosecution, name: Public prosecution, domain: justice, staff: 2 }
  - { id: municipality, name: Municipality, domain: municipal, staff: 3 }
  - { id: care, name: Mental health care, domain: care, staff: 3 }
  - { id: youth, name: Youth care, domain: youth, staff: 2 }
events:
  # A timeline: at week \`week\`, set each path to its value.
  - week: 52
    label: covenant signed
    set: { informationSharing: 0.8 }
`;

/**
 * A commented starting scenario in YAML, for `collabsim init`. Each field of the network,
 * preconditions and phenomena blocks appears with its description, range and default, taken
 * from the schema. Without a preset, the file is complete and valid as written, with a small
 * example network and one event; with a preset, it `extends` the preset and every field is
 * commented out, showing the preset's value, so that the author uncomments only what differs.
 *
 * @example
 * renderStarterScenario({ name: 'my-network', schemaRef: '../schema/scenario.schema.json' });
 * // '# A collabsim scenario ...\n$schema: ../schema/scenario.schema.json\nname: my-network\n...'
 */
export function renderStarterScenario(options: StarterOptions): string {
  const fields = listSchemaFields(scenarioSchema());
  const preset = options.preset;
  const off = preset ? '# ' : '';
  const lines = [
    '# A collabsim scenario. docs/scenarios.md documents every field; an editor that reads JSON',
    '# Schema (VS Code with the YAML extension, JetBrains IDEs) completes and checks it via $schema.',
    `# Check it with: collabsim validate <this file>; run it with: collabsim run <this file>`,
    `$schema: ${options.schemaRef}`,
  ];
  if (preset) {
    lines.push(
      `extends: ${preset.name}`,
      `# Uncomment a block's line and the fields you change; the values shown are the preset's.`,
      `# Organisations are matched by id: list one with only its id and the fields that differ.`,
    );
  }
  lines.push(`name: ${JSON.stringify(options.name)}`, `description: ${JSON.stringify(preset ? `${preset.name}, changed: describe how` : 'describe the network and where its numbers come from')}`);
  const weeks = fields.find((f) => f.path === 'weeks');
  if (weeks) lines.push(...comment(weeks, ''), `${off}weeks: ${preset?.scenario.weeks ?? weeks.default}`);
  for (const block of BLOCKS) {
    const blockFields = fields.filter((f) => f.depth === 1 && f.path.startsWith(`${block}.`) && !f.isBlock);
    const values = (preset?.scenario[block] ?? {}) as Record<string, unknown>;
    const shown = blockFields.filter((f) => values[key(f)] !== undefined || f.default !== undefined);
    if (shown.length === 0) continue;
    lines.push(`${off}${block}:`);
    for (const field of shown) {
      const value = values[key(field)] ?? field.default;
      lines.push(...comment(field, '  '), `${off}  ${key(field)}: ${JSON.stringify(value)}`);
    }
  }
  if (!preset) lines.push(EXAMPLE_NETWORK.trimEnd());
  return `${lines.join('\n')}\n`;
}

function key(field: SchemaField): string {
  return field.path.slice(field.path.lastIndexOf('.') + 1);
}

/** The field's documentation as comment lines of at most about 100 characters. */
function comment(field: SchemaField, indent: string): string[] {
  const text = `${field.description} Expected: ${field.expected}${field.unit ? ` (${field.unit})` : ''}${
    field.default === undefined ? '' : `; default ${JSON.stringify(field.default)}`
  }.`;
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > 100) {
      out.push(`${indent}# ${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(`${indent}# ${line}`);
  return out;
}
