import type { StaffAlert } from '@/utils/policy/types';
import type { HelpRequest } from '../types';
import { ntfyDelivery } from './ntfy';
import { teamsDelivery } from './teams';
import type { Delivery } from './types';
import { webhookDelivery } from './webhook';

export type { Delivery } from './types';

/** Whether the policy names a channel we can send to: a known type with an http(s) URL. */
export function canDeliver(alert: StaffAlert): alert is StaffAlert & { url: string } {
  if (alert.type === 'none' || !alert.url) return false;
  try {
    const { protocol } = new URL(alert.url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Turn a request into the HTTP request for the policy's channel; null when there is none (`none`). */
export function deliveryFor(request: HelpRequest, alert: StaffAlert): Delivery | null {
  if (!canDeliver(alert)) return null;
  switch (alert.type) {
    case 'webhook':
      return webhookDelivery(request, alert);
    case 'ntfy':
      return ntfyDelivery(request, alert);
    case 'teams':
      return teamsDelivery(request, alert);
    default:
      return null;
  }
}
