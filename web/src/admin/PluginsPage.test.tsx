import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { lo } from '../i18n/lo';
import { fakeServer } from '../testing/fakeServer';
import PluginsPage from './PluginsPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('plugins page', () => {
  it('says where a plugin stands and where it came from in words, not as the engine\'s codes', async () => {
    fakeServer({ 'GET /api/plugins': { status: 200, body: [
      { id: '1', symbolicName: 'org.gflow.plugins.opm-hotline', version: '0.1.0', origin: 'BUNDLED', state: 'ACTIVE', topics: [], lastError: null },
      { id: '2', symbolicName: 'org.gflow.plugins.broken', version: '0.1.0', origin: 'DIRECTORY', state: 'FAILED', topics: [], lastError: 'unsigned' },
    ] } });
    render(<I18nProvider language="lo"><PluginsPage /></I18nProvider>);
    await screen.findByText('org.gflow.plugins.opm-hotline');
    const page = document.body.textContent ?? '';
    for (const key of ['plugin.state.ACTIVE', 'plugin.state.FAILED', 'plugin.origin.BUNDLED', 'plugin.origin.DIRECTORY'] as const) {
      expect(page).toContain(lo[key]);
    }
    expect(page).not.toMatch(/ACTIVE|FAILED|BUNDLED|DIRECTORY/);
  });
});
