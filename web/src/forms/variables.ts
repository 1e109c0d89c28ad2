/** Camunda REST's typed variable: {"value": …, "type": "String"}. */
export interface TypedValue {
  value: unknown;
  type: string;
  valueInfo?: Record<string, unknown>;
}

export type Variables = Record<string, TypedValue>;

/** Plain form data from Camunda's typed variables; JSON variables become objects again. */
export function fromEngine(variables: Variables): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, typed] of Object.entries(variables)) {
    const json =
      typed.type === 'Json' ||
      (typed.type === 'Object' && typed.valueInfo?.serializationDataFormat === 'application/json');
    if (json && typeof typed.value === 'string') {
      try {
        data[name] = JSON.parse(typed.value);
      } catch {
        data[name] = typed.value;
      }
    } else if (typed.type !== 'File' && typed.type !== 'Bytes' && (typed.type !== 'Object' || json)) {
      data[name] = typed.value;
    }
  }
  return data;
}

/** Typed variables for Camunda from what a form submitted. */
export function toEngine(data: Record<string, unknown>): Variables {
  const variables: Variables = {};
  for (const [name, value] of Object.entries(data)) {
    if (value === undefined) continue;
    variables[name] = typed(value);
  }
  return variables;
}

function typed(value: unknown): TypedValue {
  if (value === null) return { value: null, type: 'Null' };
  if (typeof value === 'boolean') return { value, type: 'Boolean' };
  if (typeof value === 'number') return { value, type: Number.isInteger(value) ? 'Long' : 'Double' };
  if (typeof value === 'string') return { value, type: 'String' };
  // Lists and maps travel as Java collections (JSON-serialized), so the models' rules
  // ("recipients: list max=200") and expressions (empty, size) see a real List or Map.
  return {
    value: JSON.stringify(value),
    type: 'Object',
    valueInfo: {
      objectTypeName: Array.isArray(value) ? 'java.util.ArrayList' : 'java.util.LinkedHashMap',
      serializationDataFormat: 'application/json',
    },
  };
}

interface SchemaComponent {
  id?: string;
  key?: string;
  components?: SchemaComponent[];
}

/** The id form-js gives the field bound to a variable, to show a server error on it. */
export function fieldIdForKey(schema: SchemaComponent, key: string): string | undefined {
  for (const component of schema.components ?? []) {
    if (component.key === key && component.id) return component.id;
    const nested = fieldIdForKey(component, key);
    if (nested) return nested;
  }
  return undefined;
}

/** The label of the field bound to a variable, to name it in a message. */
export function fieldLabelForKey(schema: SchemaComponent, key: string): string | undefined {
  for (const component of (schema.components ?? []) as (SchemaComponent & { label?: string })[]) {
    if (component.key === key) return component.label ?? key;
    const nested = fieldLabelForKey(component, key);
    if (nested) return nested;
  }
  return undefined;
}
