import { describe, expect, it } from 'vitest';
import { fieldIdForKey, fieldLabelForKey, fromEngine, toEngine } from './variables';

describe('variables', () => {
  it('types form data for Camunda', () => {
    expect(toEngine({ a: 'x', b: 3, c: 2.5, d: true, e: null, f: ['x'], g: undefined })).toEqual({
      a: { value: 'x', type: 'String' },
      b: { value: 3, type: 'Long' },
      c: { value: 2.5, type: 'Double' },
      d: { value: true, type: 'Boolean' },
      e: { value: null, type: 'Null' },
      f: {
        value: '["x"]',
        type: 'Object',
        valueInfo: { objectTypeName: 'java.util.ArrayList', serializationDataFormat: 'application/json' },
      },
    });
    expect(toEngine({ m: { k: 1 } }).m.valueInfo?.objectTypeName).toBe('java.util.LinkedHashMap');
  });

  it('reads typed variables back, parsing JSON and skipping binary ones', () => {
    expect(
      fromEngine({
        a: { value: 'x', type: 'String' },
        j: { value: '{"k":1}', type: 'Json' },
        f: { value: null, type: 'File' },
        l: { value: '["moic","mof"]', type: 'Object', valueInfo: { serializationDataFormat: 'application/json' } },
        o: {
          value: 'rO0AB',
          type: 'Object',
          valueInfo: { serializationDataFormat: 'application/x-java-serialized-object' },
        },
      }),
    ).toEqual({ a: 'x', j: { k: 1 }, l: ['moic', 'mof'] });
  });

  it('finds the field bound to a variable, also inside groups', () => {
    const schema = {
      components: [
        { id: 'F1', key: 'answer', label: 'ຄຳຕອບ' },
        { id: 'G1', type: 'group', components: [{ id: 'F2', key: 'decision', label: 'ການຕັດສິນ' }] },
      ],
    };
    expect(fieldIdForKey(schema, 'decision')).toBe('F2');
    expect(fieldLabelForKey(schema, 'answer')).toBe('ຄຳຕອບ');
    expect(fieldIdForKey(schema, 'missing')).toBeUndefined();
  });
});
