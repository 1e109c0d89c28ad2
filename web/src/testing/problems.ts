/** A G-Flow problem detail as the engine answers an `/api/...` request it refuses. */
export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: `urn:gflow:problem:${code}`, title: 'Refused', status, detail, code, ...extra };
}
