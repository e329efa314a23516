import { registerLocale } from '@/utils/i18n/catalog';
import { en } from '@/utils/i18n/locales/en';

/** The citizen texts in English, injected next to the overlay UI only for a citizen who chose English. */
export default defineUnlistedScript(() => registerLocale('en', en));
