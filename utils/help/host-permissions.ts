/**
 * Hosts of the hosted staff channels, granted in the manifest so that delivery there does not
 * depend on the service answering CORS: Teams Workflows webhooks (Power Automate, old and new
 * URL forms) and ntfy.sh. A self-hosted ntfy server or generic webhook is reached with a CORS
 * request from the extension's origin instead (docs/staff-alerts.md says what it must answer).
 */
export const STAFF_ALERT_HOST_PERMISSIONS: string[] = [
  'https://*.logic.azure.com/*',
  'https://*.api.powerplatform.com/*',
  'https://ntfy.sh/*',
];
