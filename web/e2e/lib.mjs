// Shared steps of the browser journeys: a browser, signed-in pages, form-js fields, the
// engine's REST API for what no screen does (a bank paying a fee), screenshots — each checked
// to speak the journey's language only (see languages.mjs).
// The bodies of page.evaluate and addInitScript run in the browser, with its globals.
/* global document, localStorage */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { foreignText, message, modelName } from './languages.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = join(here, '..', 'target', 'screenshots');
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };
const PASSWORD = 'demo';
/**
 * A provincial 3G link: 400 kbit/s each way, 400 ms latency. A journey on it acts as a person
 * there does — types right after a click — and must lose nothing.
 */
export const PROVINCIAL_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: 400_000 / 8,
  uploadThroughput: 400_000 / 8,
};
/** A ceiling for every wait, reached only when something is broken, never because the machine is busy. */
const WAIT_MS = 120_000;

/**
 * Console errors that are no fault of the page; anything else a page logs as an error fails the
 * journey. Each entry says why it is harmless.
 */
const HARMLESS_CONSOLE_ERRORS = [
  {
    // Chromium asks on its own for /favicon.ico when a page declares no icon; the app declares
    // none and ships no such file, and no user sees the answer.
    why: "the browser's own favicon request",
    matches: (text, url) =>
      /^Failed to load resource: the server responded with a status of 404\b/.test(text) && url === '/favicon.ico',
  },
  {
    // Chromium logs every 4xx answer to a fetch as a console error. The APIs the app calls
    // (its own /api/ and the engine's /engine-rest/) answer 4xx by design — a field refused by
    // the server (400), an expired session (401), a task of another ministry (403/404) — and
    // the journeys check that the page shows each of them. A 4xx for anything else (a script,
    // a style, a font, a page) and every 5xx still fail the journey.
    why: 'an API refusal the page shows to its user',
    matches: (text, url) =>
      /^Failed to load resource: the server responded with a status of 4\d\d\b/.test(text) &&
      (url.startsWith('/api/') || url.startsWith('/engine-rest/')),
  },
  {
    // Chromium logs a refused live-inbox stream (an expired session, too many open tabs) as a
    // console error; the page then polls and opens the stream again, as it is built to.
    why: "the live inbox's stream refused",
    matches: (text) => /^EventSource's response has a status of 4\d\d\b/.test(text),
  },
];

function harmless(message, baseUrl) {
  const url = message.location().url?.startsWith(baseUrl)
    ? message.location().url.slice(baseUrl.length)
    : (message.location().url ?? '');
  return HARMLESS_CONSOLE_ERRORS.some((entry) => entry.matches(message.text(), url));
}

/** Debian's Chromium, headless, never a downloaded browser; a fresh profile per launch. */
export function launch() {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.GFLOW_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The site each page belongs to, for the steps that are given only the page. */
const siteOf = new WeakMap();

export class Site {
  /**
   * @param language the app's language for every window ('lo' or 'en'), as the user's switch stores it
   * @param network Chrome's network conditions for every window (e.g. {@link PROVINCIAL_3G}), or none
   */
  constructor(browser, baseUrl, { language = 'lo', network = null } = {}) {
    this.browser = browser;
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.language = language;
    this.network = network;
    this.pages = [];
    this.problems = [];
    /** What the journey typed and the directory's proper names: shown back as they are, in any language. */
    this.typed = new Set();
    this.directoryNames = null;
  }

  /** The app's message in this site's language, e.g. say('task.claim'). */
  say(key, params) {
    return message(this.language, key, params);
  }

  /** A task's or process's name as the app shows it in this site's language, by its id in the model. */
  modelName(id) {
    return modelName(this.language, id);
  }

  /** Remembers text the journey entered: the pages show it back untranslated. */
  remember(...values) {
    for (const value of values.flat()) if (typeof value === 'string' && value.trim()) this.typed.add(value.trim());
  }

  /** People's names and user ids as the directory spells them: proper names, never translated. */
  async properNames() {
    if (!this.directoryNames) {
      const users = await this.api('admin', '/engine-rest/user?maxResults=1000');
      this.directoryNames = users
        .flatMap((user) => [
          user.id,
          user.firstName,
          user.lastName,
          `${user.firstName ?? ''} ${user.lastName ?? ''}`.trim(),
        ])
        .filter(Boolean);
    }
    return this.directoryNames;
  }

  /**
   * Checks the screen speaks this site's language only: on an English screen no Lao letter, on a
   * Lao screen no English word, outside what the journey typed, proper names, what people wrote
   * (elements marked data-user-text: a published answer is shown as its office wrote it) and the
   * small allow-list of languages.mjs. No native file control either: it speaks the browser's
   * language.
   */
  async checkLanguage(page, name) {
    const screen = await page.evaluate(() => {
      const shown = (element) => element.checkVisibility?.() ?? true;
      const texts = [document.body.innerText];
      for (const element of document.querySelectorAll('[placeholder], [aria-label], [title], img[alt]')) {
        if (!shown(element)) continue;
        for (const attribute of ['placeholder', 'aria-label', 'title', 'alt']) {
          const value = element.getAttribute(attribute);
          if (value) texts.push(value);
        }
      }
      const fileInputs = [...document.querySelectorAll('input[type=file]')].filter(
        (input) => input.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true,
      ).length;
      const written = [...document.querySelectorAll('[data-user-text]')].map((element) => element.innerText);
      return { text: texts.join('\n'), fileInputs, written };
    });
    const allowed = [...this.typed, ...screen.written, ...(await this.properNames())];
    const foreign = foreignText(this.language, screen.text, allowed);
    if (foreign.length) {
      this.problems.push(
        `screen ${this.language}/${name} is not all ${this.language === 'lo' ? 'Lao' : 'English'}: ` +
          foreign.map((text) => JSON.stringify(text)).join(', '),
      );
    }
    if (screen.fileInputs) this.problems.push(`screen ${this.language}/${name} shows the browser's own file control`);
  }

  /** The page errors (uncaught exceptions, console errors) seen since the last call; clears them. */
  takeProblems() {
    return this.problems.splice(0);
  }

  /** Screenshots of every window still open, to see why a journey failed. */
  async shootAll(prefix) {
    for (const [index, page] of this.pages.entries()) {
      await picture(page, `${prefix}-${index}`).catch(() => undefined);
    }
  }

  async closeAll() {
    for (const page of this.pages.splice(0))
      await page
        .context()
        .close()
        .catch(() => undefined);
  }

  /**
   * A new browser window (own cookies) of the given size; with touch, a phone's: taps, not a
   * mouse, and the page laid out as a mobile browser does.
   */
  async page(viewport = DESKTOP, { touch = false } = {}) {
    const context = await this.browser.newContext({
      viewport,
      hasTouch: touch,
      isMobile: touch,
      locale: this.language === 'lo' ? 'lo-LA' : 'en-GB',
      timezoneId: 'Asia/Vientiane',
    });
    // the language switch's own storage: the app opens in this language, as for a returning user
    await context.addInitScript((language) => {
      try {
        if (!localStorage.getItem('gflow.language')) localStorage.setItem('gflow.language', language);
      } catch {
        // a page without storage (about:blank) keeps the default
      }
    }, this.language);
    const page = await context.newPage();
    if (this.network) {
      const devtools = await context.newCDPSession(page);
      await devtools.send('Network.enable');
      await devtools.send('Network.emulateNetworkConditions', this.network);
    }
    siteOf.set(page, this);
    this.pages.push(page);
    page.setDefaultTimeout(WAIT_MS);
    const where = () => new URL(page.url()).pathname;
    page.on('pageerror', (error) => this.problems.push(`uncaught ${error.name}: ${error.message} (on ${where()})`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !harmless(message, this.baseUrl)) {
        this.problems.push(
          `console error: ${message.text()} (${message.location().url ?? 'no address'}, on ${where()})`,
        );
      }
    });
    return page;
  }

  url(path) {
    return this.baseUrl + path;
  }

  /** A civil servant signs in through the login page and lands on the inbox. */
  async signedIn(user, viewport = DESKTOP) {
    const page = await this.page(viewport);
    await page.goto(this.url('/login'));
    await this.signIn(page, user);
    await page.getByRole('heading', { name: this.say('tasks.title') }).waitFor();
    return page;
  }

  /** Types the user's name and password on the login page in front of them and signs in. */
  async signIn(page, user) {
    await page.getByLabel(this.say('login.username')).fill(user);
    await page.getByLabel(this.say('login.password')).fill(PASSWORD);
    await page.getByRole('button', { name: this.say('login.submit') }).click();
  }

  /** Calls the engine's REST API as a user (HTTP Basic), for steps outside any screen. */
  async api(user, path, { method = 'GET', json } = {}) {
    const headers = {
      Accept: 'application/json',
      Authorization: `Basic ${Buffer.from(`${user}:${PASSWORD}`).toString('base64')}`,
    };
    if (json !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(this.url(path), {
      method,
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  }

  /** Starts a case through the engine's REST API as a user, with plain variable values. */
  async start(user, processKey, variables) {
    this.remember(Object.values(variables));
    const typed = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, { value }]));
    return this.api(user, `/engine-rest/process-definition/key/${processKey}/start`, {
      method: 'POST',
      json: { variables: typed },
    });
  }

  /** Waits for the case's task with this definition key (service tasks run asynchronously). */
  async taskOf(processInstanceId, taskKey) {
    return eventually(`task ${taskKey}`, async () => {
      const tasks = await this.api(
        'admin',
        `/engine-rest/task?processInstanceId=${processInstanceId}&taskDefinitionKey=${taskKey}`,
      );
      return tasks[0];
    });
  }

  /** The group a task is offered to, or its assignee. */
  async holderOf(task) {
    if (task.assignee) return { user: task.assignee };
    const links = await this.api('admin', `/engine-rest/task/${task.id}/identity-links?type=candidate`);
    return { group: links.find((l) => l.groupId)?.groupId };
  }
}

export async function eventually(what, probe, timeoutMs = WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Not reached within ${timeoutMs / 1000} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * A key screen: its picture under target/screenshots/<language>/, and the check that it speaks
 * that language only (a finding fails the journey at its end, with every finding listed).
 */
export async function shot(page, name) {
  const site = siteOf.get(page);
  await picture(page, name);
  if (site) await site.checkLanguage(page, name);
}

async function picture(page, name) {
  const folder = join(SCREENSHOTS, siteOf.get(page)?.language ?? 'lo');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** The app's message in the language of the page's site. */
function say(page, key, params) {
  return (siteOf.get(page) ?? new Site(null, '')).say(key, params);
}

/**
 * Opens a task from the inbox list, found by the case's tracking number or title and the task's
 * id in its model; the list and the task page must name it in the site's language.
 */
export async function openFromList(page, site, search, taskKey) {
  const taskName = site.modelName(taskKey);
  const row = page.locator(`.task-item[data-task-key="${taskKey}"]`);
  await eventually(`"${taskName}" listed for ${search}`, async () => {
    await page.goto(site.url(`/tasks?q=${encodeURIComponent(search)}`));
    await page
      .locator('.task-list')
      .or(page.getByText(say(page, 'tasks.empty')))
      .first()
      .waitFor();
    return (await row.count()) > 0;
  });
  const title = row.first().locator('a.title');
  check(
    (await title.textContent()).trim() === taskName,
    `the list names the task "${taskName}", not "${await title.textContent()}"`,
  );
  await title.click();
  await page.getByRole('heading', { name: taskName }).waitFor();
  await page
    .locator('.camunda-form .fjs-form')
    .or(page.getByText(say(page, 'task.noForm')))
    .first()
    .waitFor();
}

/** Opens a task by its address, as a link in a notification would. */
export async function openTask(page, site, taskId) {
  await page.goto(site.url(`/tasks/${taskId}`));
  await page
    .locator('.camunda-form .fjs-form')
    .or(page.getByText(site.say('task.noForm')))
    .first()
    .waitFor();
}

/** Signs in whoever holds the case's next task of this kind, opens and claims it. */
export async function workOn(site, processInstanceId, taskKey, memberOf, viewport = DESKTOP) {
  const task = await site.taskOf(processInstanceId, taskKey);
  const holder = await site.holderOf(task);
  const user = holder.user ?? memberOf(holder.group);
  const page = await site.signedIn(user, viewport);
  await openTask(page, site, task.id);
  await claim(page);
  return { page, task, user };
}

/** The case started last by a start form, found by a value only it has. */
export async function caseWith(site, processKey, variable, value) {
  return eventually(`the ${processKey} case with ${variable}`, async () => {
    const found = await site.api('admin', '/engine-rest/history/process-instance', {
      method: 'POST',
      json: { processDefinitionKey: processKey, variables: [{ name: variable, operator: 'eq', value }] },
    });
    return found[0]?.id;
  });
}

/** The documents a case has produced, once there are some; where the case stands otherwise. */
export async function documentsOf(site, processInstanceId) {
  try {
    return await eventually('a document is issued', async () => {
      const documents = await site.api('admin', `/api/cases/${processInstanceId}/documents`);
      return documents.length ? documents : undefined;
    });
  } catch (error) {
    throw new Error(`${error.message}\n  ${await describeCase(site, processInstanceId)}`);
  }
}

/** Claims the open task unless the user already holds it. */
export async function claim(page) {
  const button = page.getByRole('button', { name: say(page, 'task.claim') });
  if (await button.count()) {
    await button.click();
    const assigned = say(page, 'task.assignedTo', { name: '\u0000' }).split('\u0000')[0];
    await page.getByText(new RegExp(`^${escape(assigned)}`)).waitFor();
  }
}

/** The text as a literal inside a regular expression. */
export function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The form-js field bound to a process variable (the first of several names a form may use:
 * a ministry plugin can ship its own version of a form). Fields are found through the form's
 * own schema, by the component that writes the variable, so a journey follows the form as its
 * authors edit it, in either language.
 */
async function field(page, keys) {
  const path = new URL(page.url()).pathname;
  const [, kind, id] = path.split('/');
  const url =
    kind === 'start'
      ? `/engine-rest/process-definition/key/${id}/deployed-start-form`
      : `/engine-rest/task/${id}/deployed-form`;
  const schema = await page.evaluate(
    async (u) => (await fetch(u, { headers: { Accept: 'application/json' } })).json(),
    url,
  );
  return fieldIn(page, schema, keys, path);
}

/**
 * The input of a task form's field, found before the page needs it (the schema is read through
 * the API, not the page), so a journey can type the moment the field takes input.
 */
export async function taskField(site, page, taskId, keys) {
  const schema = await site.api('admin', `/engine-rest/task/${taskId}/deployed-form`);
  const { container } = fieldIn(page, schema, keys, `/tasks/${taskId}`);
  return container.locator('input, textarea').first();
}

function fieldIn(page, schema, keys, path) {
  const wanted = [keys].flat();
  const find = (components = []) => {
    for (const c of components) {
      if (wanted.includes(c.key)) return c;
      const nested = find(c.components);
      if (nested) return nested;
    }
    return undefined;
  };
  const component = find(schema.components);
  if (!component) throw new Error(`The form at ${path} has no field ${wanted.join(' or ')}`);
  // form-js gives each input the id fjs-form-<form>-<component id>[-<option>]: found by the
  // component's id, so a journey finds the field whatever language its label is shown in
  const own = `[id$="-${component.id}"], [id*="-${component.id}-"]`;
  const container = page.locator('.camunda-form .fjs-form-field', { has: page.locator(own) }).first();
  const option = (value) => {
    const index = (component.values ?? []).findIndex((v) => v.value === value);
    if (index < 0) throw new Error(`Field ${component.key} has no option ${value}`);
    return index;
  };
  /** The option's label as the form declares it (the Lao one). */
  const label = (value) => component.values[option(value)].label;
  return { component, container, option, label };
}

/** The value a form field shows (input or text area), found by the variable it writes. */
export async function fieldValue(page, key) {
  const { container } = await field(page, key);
  return container.locator('input, textarea').first().inputValue();
}

export async function fill(page, key, value) {
  siteOf.get(page)?.remember(String(value));
  const { container } = await field(page, key);
  await container.locator('input, textarea').first().fill(String(value));
}

export async function choose(page, key, value) {
  const { container, option } = await field(page, key);
  await container.locator('input[type=radio], input[type=checkbox]').nth(option(value)).check();
}

/** A form-js date field (flatpickr): typed as month/day/year, then confirmed with Enter. */
/** Types a date into a form's date field as a Lao user writes it, e.g. 30/11/2029. */
export async function fillDate(page, key, typed) {
  siteOf.get(page)?.remember(typed);
  const { container } = await field(page, key);
  const input = container.locator('input').first();
  await input.click();
  await input.fill(typed);
  await input.press('Enter');
  await page.keyboard.press('Escape');
}

/** Where a case stands, for a journey's failure message. */
export async function describeCase(site, processInstanceId) {
  const steps = await site.api(
    'admin',
    `/engine-rest/history/activity-instance?processInstanceId=${processInstanceId}&sortBy=startTime&sortOrder=asc`,
  );
  const incidents = await site.api('admin', `/engine-rest/incident?processInstanceId=${processInstanceId}`);
  const external = await site.api('admin', `/engine-rest/external-task?processInstanceId=${processInstanceId}`);
  return [
    `steps: ${steps.map((s) => `${s.activityId}${s.endTime ? '' : '(open)'}`).join(' → ')}`,
    ...incidents.map((i) => `incident at ${i.activityId}: ${i.incidentMessage}`),
    ...external.map((t) => `external task ${t.topicName}: retries ${t.retries}, ${t.errorMessage ?? 'no error'}`),
  ].join('\n  ');
}

/** A form-js select: open its dropdown and pick the option. */
export async function select(page, key, value) {
  const { container, option } = await field(page, key);
  await container.locator('.fjs-input-group').click();
  await container.locator('.fjs-dropdownlist-item').nth(option(value)).click();
}

/**
 * A form-js tag list (a picker of several): types part of each option's label, then picks it.
 * G-Flow's tag lists pick organisations: in English they show the vocabulary's English names.
 */
export async function pickTags(page, key, values) {
  const { container, label: labelOf } = await field(page, key);
  const input = container.locator('input').first();
  const english = siteOf.get(page)?.language === 'en';
  for (const value of values) {
    const label = english ? say(page, `org.${value}`) : labelOf(value);
    await input.click();
    await input.pressSequentially(label.slice(0, 6));
    await container.locator('.fjs-dropdownlist-item', { hasText: label }).first().click();
    await container.locator('.fjs-taglist-tag', { hasText: label }).waitFor();
  }
}

/** Submits a start form: the app returns to the task list. */
/** Starts the case on the page's start form; returns the number its receipt shows, if any. */
export async function startCase(page) {
  await page.getByRole('button', { name: say(page, 'start.submit'), exact: true }).click();
  await page.getByRole('heading', { name: say(page, 'receipt.title') }).waitFor();
  await page.locator('[data-testid=receipt-number], [data-testid=receipt-recorded]').first().waitFor();
  const number = page.getByTestId('receipt-number');
  return (await number.count()) ? (await number.textContent()).trim() : null;
}

export async function completeTask(page) {
  await page.getByRole('button', { name: say(page, 'task.complete') }).click();
  await page.getByText(say(page, 'task.completed')).waitFor();
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}
