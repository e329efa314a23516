import type { StaffAlert } from '@/utils/policy/types';
import type { HelpRequest } from '../types';
import { authHeaders } from './auth';
import type { Delivery } from './types';

/** `webhook`: the help request itself, as JSON (contracts §3). */
export function webhookDelivery(request: HelpRequest, alert: StaffAlert & { url: string }): Delivery {
  return {
    url: alert.url,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeaders(alert) },
      body: JSON.stringify(request),
    },
  };
}
