import { registerLocale } from '@/utils/i18n/catalog';
import { ar } from '@/utils/i18n/locales/ar';

/** The citizen texts in Arabic, injected next to the overlay UI only for a citizen who chose Arabic. */
export default defineUnlistedScript(() => registerLocale('ar', ar));
