import type { components } from './gflow-api';

/** The types of G-Flow's API answers, generated from its OpenAPI description (see web/README.md). */
export type Schemas = components['schemas'];

/**
 * A generated type with the fields that may be null said so. The engine writes every field, but
 * its description does not tell which may be empty; naming them here keeps the names checked
 * against the description (a renamed field no longer compiles).
 */
export type WithNulls<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };
