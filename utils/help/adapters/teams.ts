import type { StaffAlert } from '@/utils/policy/types';
import { computerName, guideLine, helpSentence, languageName, pageLine, timeOfDay } from '../ntfy-text';
import type { HelpRequest } from '../types';
import { authHeaders } from './auth';
import type { Delivery } from './types';

interface Fact {
  title: string;
  value: string;
}

/** The facts of the request, in Danish, in the order staff need them. */
export function teamsFacts(request: HelpRequest): Fact[] {
  const facts: Fact[] = [];
  if (request.library) facts.push({ title: 'Bibliotek', value: request.library });
  facts.push({ title: 'PC', value: computerName(request) });
  facts.push({ title: 'Side', value: pageLine(request) });
  facts.push({ title: 'Vejledning', value: guideLine(request) ?? 'Ingen' });
  facts.push({ title: 'Sprog', value: languageName(request.language) });
  facts.push({ title: 'Tidspunkt', value: timeOfDay(request.createdAt) });
  facts.push({ title: 'Id', value: request.id });
  return facts;
}

/**
 * `teams`: a message for a Teams Workflows webhook ("Post to a channel when a webhook request
 * is received"), whose one attachment is an Adaptive Card with the request's facts.
 */
export function teamsDelivery(request: HelpRequest, alert: StaffAlert & { url: string }): Delivery {
  const message = {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: helpSentence(request), weight: 'Bolder', size: 'Medium', wrap: true },
            { type: 'FactSet', facts: teamsFacts(request) },
          ],
        },
      },
    ],
  };
  return {
    url: alert.url,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeaders(alert) },
      body: JSON.stringify(message),
    },
  };
}
