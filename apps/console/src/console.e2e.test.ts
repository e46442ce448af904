import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const main = resolve(import.meta.dirname, 'main.ts');
/** A day of the demo season, so the answers do not depend on today's date. */
const NOW = '2026-06-12T08:00:00Z';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'glokal-console-'));
});
afterAll(async () => rm(dataDir, { recursive: true, force: true }));

/** Runs `npm run console`'s program as a child process with lines on stdin (not a TTY). */
function runConsole(
  args: string[],
  lines: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    delete env['DATABASE_URL'];
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--now', NOW, ...args], {
      cwd: root,
      env,
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

describe('npm run console', { timeout: 90_000 }, () => {
  it('loads the demo season into an empty store and answers /glokal events in Polish', async () => {
    const { code, stdout, stderr } = await runConsole(
      [],
      ['/glokal events', 'wydarzenia tydzień warsztaty', 'pomoc'],
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Baza była pusta: wczytano dane demonstracyjne');
    expect(stdout).toContain('> /glokal events\n== Wydarzenia ==');
    expect(stdout).toMatch(/\d+ wydarze(ń|nia|nie) · najbliższe 30 dni/);
    expect(stdout).toContain('[1] Więcej');
    expect(stdout).toContain('/glokal wydarzenia [okres] [rodzaj]');
  });

  it('answers in English with --locale en, presses buttons by number, and keeps the data', async () => {
    const { code, stdout } = await runConsole(
      ['--locale', 'en', '--user', 'U-E2E'],
      ['events', '1', '1', 'grants', 'docs', 'evnts'],
    );
    expect(code).toBe(0);
    expect(stdout).not.toContain('demo data was loaded');
    expect(stdout).toContain('> events\n== Events ==');
    expect(stdout).toMatch(/> 1\n== \w+ ==\n\n• /);
    expect(stdout).toMatch(/Done: you are going to “[^”]+”\./);
    expect(stdout).toContain('> grants\n== Grant calls ==');
    expect(stdout).toMatch(/left|passed/);
    expect(stdout).toContain('“docs” needs: words.');
    expect(stdout).toContain('I do not know the command “evnts”. Did you mean “events”?');
  });

  it('fills grant add from stdin field by field, asks a DST-gap deadline again, and stores the call', async () => {
    const { code, stdout, stderr } = await runConsole(
      ['--locale', 'en', '--coordinator', '--user', 'U-FORM'],
      [
        'grant add',
        'Erasmus+ KA2',
        'Partnerships from stdin',
        '2027-03-28 02:30',
        '',
        '',
        'KA220-STDIN',
        '',
        '',
        '',
        '',
        '',
        '',
        '2027-03-29 12:00',
        'grant ka220-stdin',
        'grant add',
        'Erasmus+ KA2',
      ],
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('> grant add\n== New grant call ==');
    expect(stdout).toContain(
      'Deadline (date and time): “2027-03-28 02:30” does not exist in that zone: the clocks go forward an hour that night.',
    );
    expect(stdout).toContain('Give again:');
    expect(stdout).toContain('Added the call “Partnerships from stdin”.');
    expect(stdout).toContain(
      '> grant ka220-stdin\n== Erasmus+ KA2 ==\n\n• Partnerships from stdin',
    );
    // Input ended in the middle of the second form: nothing of it is written.
    expect(stdout.trimEnd().endsWith('Stopped: nothing was saved.')).toBe(true);
  });

  it('answers hostile words with localised notices and goes on to the next line', async () => {
    const { code, stdout, stderr } = await runConsole(
      ['--locale', 'en', '--user', 'U-HOSTILE'],
      ['events constructor', 'members __proto__', 'events 0000-01-01', 'event \u0000', 'help'],
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('I do not know the period “constructor”.');
    expect(stdout).toContain('Filters: __proto__');
    expect(stdout).toContain('I cannot read the date “0000-01-01”: give a year from 1900 to 2999.');
    expect(stdout).toContain('“event” needs: name.');
    expect(stdout).toContain('> help\n== Glokal: commands ==');
    expect(stdout).not.toMatch(/\[object|    at /);
  });

  it('refuses an unknown option with the usage', async () => {
    const { code, stderr } = await runConsole(['--platform', 'teams'], []);
    expect(code).toBe(2);
    expect(stderr).toContain('--platform');
    expect(stderr).toContain('npm run console --');
  });
});
