import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What `writeSlurmScripts` needs. */
export interface SlurmOptions {
  /** The experiment file (its absolute path goes into the scripts). */
  experiment: string;
  /** The job folder: scripts, logs, shards and the merged `results/`. */
  out: string;
  /** Array tasks, each running one shard. */
  tasks: number;
  /** Name shown by `squeue`. Default `collabsim`. */
  name?: string;
  /** SLURM partition (`--partition`). */
  partition?: string;
  /** Wall time per task (`--time`, e.g. `02:00:00`). */
  time?: string;
  /** Cores per task, used as sweep workers (default 1). */
  cpusPerTask?: number;
  /** Memory per task (`--mem`, e.g. `4G`). */
  memory?: string;
  /** Overrides passed on to every task's sweep. */
  replications?: number;
  seed?: number;
  /** How to start collabsim on the compute nodes. Default: this Node binary and this package's `bin/collabsim.mjs`. */
  command?: string[];
}

/** The files written. */
export interface SlurmScripts {
  dir: string;
  sweep: string;
  merge: string;
  submit: string;
  /** Where the merged results will be. */
  results: string;
}

/**
 * Writes a SLURM job folder for a sweep: `sweep.sbatch`, an array job whose task i runs shard
 * i/N into `shards/shard-i` (with `--resume`, so a requeued task continues), `merge.sbatch`,
 * which merges the shards into `results/`, and `submit.sh`, which submits the array and then
 * the merge with `--dependency=afterok:<array>` so it runs only when every task succeeded.
 * The scripts use absolute paths, so the job folder must be on a file system the compute
 * nodes share.
 *
 * @example
 * writeSlurmScripts({ experiment: 'sweep.yaml', out: 'jobs/sweep', tasks: 50, time: '01:00:00' });
 * // then: bash jobs/sweep/submit.sh
 */
export function writeSlurmScripts(options: SlurmOptions): SlurmScripts {
  const dir = resolve(options.out);
  const experiment = resolve(options.experiment);
  const tasks = options.tasks;
  const cpus = options.cpusPerTask ?? 1;
  const name = (options.name ?? 'collabsim').replace(/[^\w.-]/g, '_');
  const command = (options.command ?? defaultCommand()).map(quote).join(' ');
  const overrides = [
    ...(options.replications !== undefined ? ['--replications', String(options.replications)] : []),
    ...(options.seed !== undefined ? ['--seed', String(options.seed)] : []),
  ].join(' ');
  const common = [
    ...(options.partition ? [`#SBATCH --partition=${options.partition}`] : []),
    ...(options.time ? [`#SBATCH --time=${options.time}`] : []),
  ];
  mkdirSync(join(dir, 'logs'), { recursive: true });
  mkdirSync(join(dir, 'shards'), { recursive: true });
  const sweep = [
    '#!/bin/bash',
    `# collabsim sweep of ${experiment} in ${tasks} array tasks; written by collabsim slurm`,
    `#SBATCH --job-name=${name}`,
    `#SBATCH --array=1-${tasks}`,
    `#SBATCH --cpus-per-task=${cpus}`,
    ...(options.memory ? [`#SBATCH --mem=${options.memory}`] : []),
    ...common,
    `#SBATCH --output=${join(dir, 'logs', 'sweep-%A_%a.out')}`,
    'set -euo pipefail',
    `exec ${command} sweep ${quote(experiment)} ${overrides} \\`,
    `  --out ${quote(join(dir, 'shards'))}/shard-"$SLURM_ARRAY_TASK_ID" \\`,
    `  --shard "$SLURM_ARRAY_TASK_ID/${tasks}" --workers "\${SLURM_CPUS_PER_TASK:-${cpus}}" --resume --quiet`,
    '',
  ].join('\n');
  const merge = [
    '#!/bin/bash',
    `# merges the ${tasks} shards of the collabsim sweep into results/; written by collabsim slurm`,
    `#SBATCH --job-name=${name}-merge`,
    '#SBATCH --cpus-per-task=1',
    ...common,
    `#SBATCH --output=${join(dir, 'logs', 'merge-%j.out')}`,
    'set -euo pipefail',
    'shards=()',
    `for i in $(seq 1 ${tasks}); do shards+=(${quote(join(dir, 'shards'))}/shard-"$i"); done`,
    `exec ${command} merge "\${shards[@]}" --out ${quote(join(dir, 'results'))} --force`,
    '',
  ].join('\n');
  const submit = [
    '#!/bin/bash',
    '# submits the sweep array and, once every task has succeeded, the merge',
    'set -euo pipefail',
    `array=$(sbatch --parsable ${quote(join(dir, 'sweep.sbatch'))})`,
    'array=${array%%;*}',
    `merge=$(sbatch --parsable --dependency=afterok:"$array" ${quote(join(dir, 'merge.sbatch'))})`,
    'merge=${merge%%;*}',
    `echo "submitted array job $array (${tasks} tasks) and merge job $merge"`,
    `echo "results will be in ${join(dir, 'results')}"`,
    '',
  ].join('\n');
  const files = { sweep: join(dir, 'sweep.sbatch'), merge: join(dir, 'merge.sbatch'), submit: join(dir, 'submit.sh') };
  writeFileSync(files.sweep, sweep);
  writeFileSync(files.merge, merge);
  writeFileSync(files.submit, submit);
  for (const file of Object.values(files)) chmodSync(file, 0o755);
  return { dir, ...files, results: join(dir, 'results') };
}

function defaultCommand(): string[] {
  return [process.execPath, fileURLToPath(new URL('../../bin/collabsim.mjs', import.meta.url))];
}

/** Quotes a word for bash: `'it'\''s'`. */
function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
