import type { StaffAlert } from '@/utils/policy/types';
import { helpSentence, pageLine } from '../ntfy-text';
import type { HelpRequest } from '../types';
import { authHeaders } from './auth';
import { headerText } from './header-text';
import type { Delivery } from './types';

/** ntfy shows these tags as emoji (🙋) or plain tags; staff can filter on `vejviser`. */
export const NTFY_TAGS = 'raising_hand,vejviser';

export function ntfyTitle(request: HelpRequest): string {
  return request.library ? `Spørg personalet – ${request.library}` : 'Spørg personalet';
}

/** The text body: the short Danish sentence; inside a guide, then where the citizen is. */
export function ntfyBody(request: HelpRequest): string {
  return request.guide ? `${helpSentence(request)}\n${pageLine(request)}` : helpSentence(request);
}

/** `ntfy`: POST to the topic URL with Title, Tags, Priority and the id in `X-Vejviser-Id`. */
export function ntfyDelivery(request: HelpRequest, alert: StaffAlert & { url: string }): Delivery {
  return {
    url: alert.url,
    init: {
      method: 'POST',
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        Title: headerText(ntfyTitle(request)),
        Tags: NTFY_TAGS,
        Priority: 'high',
        'X-Vejviser-Id': request.id,
        ...authHeaders(alert),
      },
      body: ntfyBody(request),
    },
  };
}
