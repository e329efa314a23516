/**
 * Every UI text the citizen sees, in Danish first. Other languages may leave a key out: `t()`
 * falls back to Danish for that text alone. Plain language, "du"-form, short sentences.
 */
export const DA = {
  help: 'Hjælp',
  close: 'Luk',
  back: 'Tilbage',
  next: 'Næste',
  done: 'Færdig',
  showMore: 'Vis mere',
  showLess: 'Vis mindre',
  stepOf: 'Trin {n} af {total}',
  stepShort: '{n} af {total}',
  readAloud: 'Læs op',
  stopReading: 'Stop oplæsning',
  noVoice: 'Der er ingen stemme til oplæsning på denne computer.',
  language: 'Sprog',
  largerText: 'Større tekst',
  guidesHere: 'Vejledninger til denne side',
  noGuidesHere: 'Der er ingen vejledninger til denne side endnu.',
  search: 'Søg efter en opgave',
  searchPlaceholder: 'Skriv fx flytte eller pas',
  searchButton: 'Søg',
  noResults: 'Vi fandt ingen vejledning. Prøv et andet ord.',
  start: 'Start',
  offerTitle: 'Der er en vejledning til denne side',
  offerStart: 'Start vejledningen',
  lookFor: 'Vi kan ikke se det, du skal bruge. Se efter: {what}',
  lookingFor: 'Vi leder efter det, du skal bruge …',
  caution: 'Pas på',
  staff: 'Her får mange hjælp',
  offTrackTitle: 'Du er kommet væk fra vejledningen',
  offTrackText: 'Denne side hører ikke til vejledningen "{guide}".',
  offTrackBack: 'Gå tilbage til vejledningen',
  stopGuide: 'Stop vejledningen',
  finishedTitle: 'Godt klaret!',
  finishedText: 'Du er færdig med "{guide}".',
  guideLabel: 'Vejledning: {guide}',
  startPageTitle: 'Hvad skal du i dag?',
  startPageIntro: 'Vælg en opgave. Så viser vi dig vej, trin for trin.',
  allTasks: 'Alle opgaver',
  loading: 'Et øjeblik …',
  shortcutHint: 'Tast Alt+Shift+H for at gå til hjælpen.',
  topic_mitid_post: 'MitID og Digital Post',
  topic_bolig: 'Bolig og flytning',
  topic_skat_penge: 'Skat og penge',
  topic_sundhed: 'Sundhed',
  topic_job: 'Job og ledighed',
  topic_pas_koerekort: 'Pas og kørekort',
  topic_familie: 'Familie og børn',
  topic_andet: 'Andet',
  error: 'Noget gik galt. Prøv igen, eller spørg personalet.',
} as const;

export type StringKey = keyof typeof DA;
type Table = Partial<Record<StringKey, string>>;

const EN: Table = {
  help: 'Help',
  close: 'Close',
  back: 'Back',
  next: 'Next',
  done: 'Done',
  showMore: 'Show more',
  showLess: 'Show less',
  stepOf: 'Step {n} of {total}',
  stepShort: '{n} of {total}',
  readAloud: 'Read aloud',
  stopReading: 'Stop reading',
  noVoice: 'This computer has no voice for reading aloud.',
  language: 'Language',
  largerText: 'Larger text',
  guidesHere: 'Guides for this page',
  noGuidesHere: 'There are no guides for this page yet.',
  search: 'Search for a task',
  searchPlaceholder: 'For example: move or passport',
  searchButton: 'Search',
  noResults: 'We found no guide. Try another word.',
  start: 'Start',
  offerTitle: 'There is a guide for this page',
  offerStart: 'Start the guide',
  lookFor: 'We cannot see what you need. Look for: {what}',
  lookingFor: 'We are looking for what you need …',
  caution: 'Be careful',
  staff: 'Many people get help here',
  offTrackTitle: 'You have left the guide',
  offTrackText: 'This page is not part of the guide "{guide}".',
  offTrackBack: 'Go back to the guide',
  stopGuide: 'Stop the guide',
  finishedTitle: 'Well done!',
  finishedText: 'You have finished "{guide}".',
  guideLabel: 'Guide: {guide}',
  startPageTitle: 'What do you need to do today?',
  startPageIntro: 'Choose a task. We will show you the way, step by step.',
  allTasks: 'All tasks',
  loading: 'One moment …',
  shortcutHint: 'Press Alt+Shift+H to go to the help.',
  topic_mitid_post: 'MitID and Digital Post',
  topic_bolig: 'Housing and moving',
  topic_skat_penge: 'Tax and money',
  topic_sundhed: 'Health',
  topic_job: 'Jobs',
  topic_pas_koerekort: 'Passport and driving licence',
  topic_familie: 'Family and children',
  topic_andet: 'Other',
  error: 'Something went wrong. Try again, or ask the staff.',
};

const UK: Table = {
  help: 'Допомога',
  close: 'Закрити',
  back: 'Назад',
  next: 'Далі',
  done: 'Готово',
  showMore: 'Показати більше',
  showLess: 'Показати менше',
  stepOf: 'Крок {n} з {total}',
  stepShort: '{n} з {total}',
  readAloud: 'Читати вголос',
  stopReading: 'Зупинити читання',
  noVoice: 'На цьому комп’ютері немає голосу для читання.',
  language: 'Мова',
  largerText: 'Більший текст',
  guidesHere: 'Інструкції для цієї сторінки',
  noGuidesHere: 'Для цієї сторінки ще немає інструкцій.',
  search: 'Шукати завдання',
  searchButton: 'Шукати',
  noResults: 'Ми не знайшли інструкцію. Спробуйте інше слово.',
  start: 'Почати',
  offerTitle: 'Для цієї сторінки є інструкція',
  offerStart: 'Почати інструкцію',
  lookFor: 'Ми не бачимо потрібного елемента. Шукайте: {what}',
  caution: 'Обережно',
  staff: 'Тут багато хто просить допомоги',
  offTrackTitle: 'Ви вийшли з інструкції',
  offTrackBack: 'Повернутися до інструкції',
  stopGuide: 'Зупинити інструкцію',
  finishedTitle: 'Чудово!',
  startPageTitle: 'Що вам потрібно зробити сьогодні?',
  loading: 'Хвилинку …',
};

const AR: Table = {
  help: 'مساعدة',
  close: 'إغلاق',
  back: 'رجوع',
  next: 'التالي',
  done: 'تم',
  showMore: 'عرض المزيد',
  showLess: 'عرض أقل',
  stepOf: 'الخطوة {n} من {total}',
  stepShort: '{n} من {total}',
  readAloud: 'اقرأ بصوت عالٍ',
  stopReading: 'أوقف القراءة',
  noVoice: 'لا يوجد صوت للقراءة على هذا الكمبيوتر.',
  language: 'اللغة',
  largerText: 'نص أكبر',
  guidesHere: 'إرشادات لهذه الصفحة',
  noGuidesHere: 'لا توجد إرشادات لهذه الصفحة بعد.',
  search: 'ابحث عن مهمة',
  searchButton: 'بحث',
  noResults: 'لم نجد إرشادات. جرّب كلمة أخرى.',
  start: 'ابدأ',
  offerTitle: 'توجد إرشادات لهذه الصفحة',
  offerStart: 'ابدأ الإرشادات',
  lookFor: 'لا نرى ما تحتاجه. ابحث عن: {what}',
  caution: 'انتبه',
  staff: 'كثير من الناس يطلبون المساعدة هنا',
  offTrackTitle: 'لقد خرجت من الإرشادات',
  offTrackBack: 'ارجع إلى الإرشادات',
  stopGuide: 'أوقف الإرشادات',
  finishedTitle: 'أحسنت!',
  startPageTitle: 'ماذا تريد أن تفعل اليوم؟',
  loading: 'لحظة …',
};

const TABLES: Record<string, Table> = { da: DA, en: EN, uk: UK, ar: AR };

/**
 * A UI text in `lang`, or in Danish when that language lacks it. Returns the language used so a
 * Danish fallback can carry `lang="da"`.
 */
export function tr(
  lang: string,
  key: StringKey,
  vars?: Record<string, string | number>,
): { text: string; lang: string } {
  const own = TABLES[lang]?.[key];
  const text = own ?? DA[key];
  const used = own === undefined ? 'da' : lang;
  return { text: vars ? fill(text, vars) : text, lang: used };
}

/** The text alone, for attributes (`aria-label`, `placeholder`) where a `lang` cannot be attached. */
export function t(lang: string, key: StringKey, vars?: Record<string, string | number>): string {
  return tr(lang, key, vars).text;
}

function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
