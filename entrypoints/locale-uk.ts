import { registerLocale } from '@/utils/i18n/catalog';
import { uk } from '@/utils/i18n/locales/uk';

/** The citizen texts in Ukrainian, injected next to the overlay UI only for a citizen who chose Ukrainian. */
export default defineUnlistedScript(() => registerLocale('uk', uk));
