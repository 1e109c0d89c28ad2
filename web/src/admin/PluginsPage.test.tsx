import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import PluginsPage from './PluginsPage';
import { renderPage } from '../testing/renderPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('plugins page', () => {
  it("says where a plugin stands and where it came from in words, not as the engine's codes", async () => {
    fakeServer({
      'GET /api/plugins': {
        status: 200,
        body: [
          {
            id: '1',
            symbolicName: 'org.gflow.plugins.opm-hotline',
            version: '0.1.0',
            origin: 'BUNDLED',
            state: 'ACTIVE',
            topics: [],
            lastError: null,
            failure: null,
          },
          {
            id: '2',
            symbolicName: 'org.gflow.plugins.broken',
            version: '0.1.0',
            origin: 'DIRECTORY',
            state: 'FAILED',
            topics: [],
            lastError: 'unsigned',
            failure: 'SIGNATURE_REFUSED',
          },
        ],
      },
    });
    renderPage(<PluginsPage />, { language: 'lo' });
    await screen.findByText('org.gflow.plugins.opm-hotline');
    const page = document.body.textContent ?? '';
    for (const key of [
      'plugin.state.ACTIVE',
      'plugin.state.FAILED',
      'plugin.origin.BUNDLED',
      'plugin.origin.DIRECTORY',
    ] as const) {
      expect(page).toContain(lo[key]);
    }
    expect(page).not.toMatch(/ACTIVE|FAILED|BUNDLED|DIRECTORY/);
  });

  it("says why a plugin failed in the reader's language, the engine's own words only folded away", async () => {
    const detail = "settings of needy refused: required setting 'greeting' is missing";
    fakeServer({
      'GET /api/plugins': {
        status: 200,
        body: [
          {
            id: '1',
            symbolicName: 'needy',
            version: '1.0.0',
            origin: 'DIRECTORY',
            state: 'FAILED',
            topics: [],
            lastError: detail,
            failure: 'SETTINGS_INVALID',
          },
          {
            id: '2',
            symbolicName: 'odd',
            version: '1.0.0',
            origin: 'DIRECTORY',
            state: 'FAILED',
            topics: [],
            lastError: 'java.lang.OutOfMemoryError',
            failure: 'SOMETHING_NEW',
          },
          {
            id: '3',
            symbolicName: 'echo',
            version: '1.0.0',
            origin: 'DIRECTORY',
            state: 'ACTIVE',
            topics: [],
            lastError: 'update refused: the plugin is not signed',
            failure: 'SIGNATURE_REFUSED',
          },
        ],
      },
    });
    renderPage(<PluginsPage />, { language: 'en' });
    await screen.findByText('needy');
    expect(screen.getByText(en['plugin.failure.SETTINGS_INVALID'])).toBeTruthy();
    expect(screen.getByText(en['plugin.failure.OTHER'])).toBeTruthy();
    expect(screen.getByText(en['plugin.failure.SIGNATURE_REFUSED'])).toBeTruthy();
    expect(screen.getByText(en['plugin.failure.updateRefused'])).toBeTruthy();
    // the engine's sentence is there for the administrator, inside a closed "technical detail"
    const raw = screen.getByText(detail);
    expect(raw.closest('details')?.open).toBe(false);
    expect(raw.closest('details')?.querySelector('summary')?.textContent).toBe(en['plugin.failure.detail']);
  });
});
