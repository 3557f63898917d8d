// @ts-check
/**
 * Finds a Chromium for Playwright: CHROME_PATH, else Playwright's own download, else Debian's
 * /usr/bin/chromium. As root on Debian with none, installs the `chromium` package with apt;
 * otherwise stops and says how to get one. Prints the path on stdout when run directly.
 */
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function playwrightOwnChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return null;
  const builds = readdirSync(cache)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort()
    .reverse();
  for (const build of builds) {
    for (const sub of ['chrome-linux64/chrome', 'chrome-linux/chrome']) {
      const candidate = join(cache, build, sub);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

function canInstallWithApt() {
  return (
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    existsSync('/usr/bin/apt-get') &&
    existsSync('/etc/debian_version')
  );
}

/**
 * Returns a Chromium executable path, installing Debian's package when allowed; throws with advice.
 * @param {{ install?: boolean, log?: (line: string) => void }} [options]
 */
export function findChromium({ install = true, log = (line) => console.error(line) } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const own = playwrightOwnChromium();
  if (own) return own;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (install && canInstallWithApt()) {
    log("No Chromium found: installing Debian's chromium package with apt-get (about 20 s)...");
    /** @type {import('node:child_process').SpawnSyncOptions} */
    const options = {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    };
    const update = spawnSync('apt-get', ['update', '-qq'], options);
    const add = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], options) : update;
    if (add.status === 0 && existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
    throw new Error(
      'apt-get could not install chromium. Install it by hand (apt-get install -y chromium) or set CHROME_PATH.',
    );
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Set CHROME_PATH to a Chromium or Chrome executable, ' +
      'or install one: on Debian/Ubuntu `sudo apt-get install -y chromium`, elsewhere `npx playwright install chromium`.',
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
