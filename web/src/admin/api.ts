import { request } from '../api/client';
import type { Schemas, WithNulls } from '../api/types';

/** A public holiday: a day no deadline counts, with its Lao and English names. */
export type PublicHoliday = Schemas['PublicHoliday'];

/** What an administrator sends to add a holiday. */
export type NewHoliday = Schemas['NewHoliday'];

/** A plugin as the plugin admin API lists it; the two failure fields are null while it works. */
export type Plugin = WithNulls<Schemas['PluginView'], 'lastError' | 'failure'>;

/**
 * A Camunda deployment as `/engine-rest` lists it: Camunda's own API, outside G-Flow's
 * description, so its few fields are named here.
 */
export interface Deployment {
  id: string;
  name: string | null;
  source: string | null;
  deploymentTime: string;
}

const plugin = (id: string) => `/api/plugins/${encodeURIComponent(id)}`;

/** The administrators' calls: plugins and public holidays (G-Flow's API) and deployments (Camunda's). */
export const adminApi = {
  plugins: () => request<Plugin[]>('/api/plugins'),
  upload: (form: FormData) => request<Plugin>('/api/plugins', { form }),
  stop: (id: string) => request<Plugin>(`${plugin(id)}/stop`, { method: 'POST' }),
  start: (id: string) => request<Plugin>(`${plugin(id)}/start`, { method: 'POST' }),
  uninstall: (id: string) => request<void>(plugin(id), { method: 'DELETE' }),
  deployments: () =>
    request<Deployment[]>('/engine-rest/deployment?sortBy=deploymentTime&sortOrder=desc&maxResults=100'),
  deploy: (form: FormData) => request<unknown>('/engine-rest/deployment/create', { form }),
  holidays: (year: number) => request<PublicHoliday[]>(`/api/admin/holidays?year=${year}`),
  addHoliday: (holiday: NewHoliday) => request<PublicHoliday>('/api/admin/holidays', { method: 'POST', json: holiday }),
  removeHoliday: (date: string) =>
    request<void>(`/api/admin/holidays/${encodeURIComponent(date)}`, { method: 'DELETE' }),
};
