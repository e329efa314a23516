import { registerLocale } from '../catalog';
import { ar } from './ar';
import { en } from './en';
import { uk } from './uk';

/** Every citizen language, for extension pages (start page, popup, editor preview) and tests. */
export function registerAllLocales(): void {
  registerLocale('en', en);
  registerLocale('uk', uk);
  registerLocale('ar', ar);
}
