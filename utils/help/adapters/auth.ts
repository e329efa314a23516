import type { StaffAlert } from '@/utils/policy/types';

/** `Authorization: Bearer <token>` when the policy sets a token; nothing otherwise. */
export function authHeaders(alert: StaffAlert): Record<string, string> {
  return alert.token ? { Authorization: `Bearer ${alert.token}` } : {};
}
