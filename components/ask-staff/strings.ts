/**
 * The citizen's texts for "Spørg personalet", in the languages a citizen may switch to. Plain
 * language, short sentences, "du"-form in Danish. The PC label is Danish text inside possibly
 * right-to-left sentences, so it is wrapped in Unicode isolates (FSI … PDI).
 */
export interface AskStaffStrings {
  ask: string;
  confirm(pc: string): string;
  send: string;
  back: string;
  sending: string;
  sent: string;
  failed: string;
  cancel: string;
  cancelled: string;
  cancelledDelivered: string;
  close: string;
  deskTitle: string;
  desk(pc: string): string;
}

const isolate = (text: string) => `\u2068${text}\u2069`;

const da: AskStaffStrings = {
  ask: 'Spørg personalet',
  confirm: (pc) =>
    `Personalet får besked om, at der er brug for hjælp ved ${pc ? isolate(pc) : 'denne PC'}. Vi sender ikke, hvad du har skrevet.`,
  send: 'Send besked',
  back: 'Fortryd',
  sending: 'Vi sender besked til personalet …',
  sent: 'Personalet har fået besked. Bliv siddende, så kommer vi.',
  failed: 'Vi kunne ikke give personalet besked. Gå til skranken. Vi prøver at sende igen.',
  cancel: 'Annullér',
  cancelled: 'Beskeden er annulleret. Personalet får ikke besked.',
  cancelledDelivered:
    'Beskeden er annulleret. Men personalet har allerede fået den. Sig til dem, at du ikke har brug for hjælp.',
  close: 'Luk',
  deskTitle: 'Gå til skranken',
  desk: (pc) => `Eller ræk hånden op, så kommer vi.${pc ? ` Sig, at du sidder ved ${isolate(pc)}.` : ''}`,
};

const en: AskStaffStrings = {
  ask: 'Ask staff',
  confirm: (pc) =>
    `Staff will be told that someone needs help at ${pc ? isolate(pc) : 'this PC'}. We do not send what you have typed.`,
  send: 'Send message',
  back: 'Go back',
  sending: 'Sending a message to staff …',
  sent: 'Staff have been told. Stay seated and we will come.',
  failed: 'We could not reach staff. Go to the desk. We will keep trying.',
  cancel: 'Cancel',
  cancelled: 'The message is cancelled. Staff will not be told.',
  cancelledDelivered: 'The message is cancelled. But staff have already got it. Tell them you do not need help.',
  close: 'Close',
  deskTitle: 'Go to the desk',
  desk: (pc) => `Or raise your hand and we will come.${pc ? ` Say that you are at ${isolate(pc)}.` : ''}`,
};

const uk: AskStaffStrings = {
  ask: 'Запитати персонал',
  confirm: (pc) =>
    `Персонал отримає повідомлення, що ${pc ? `біля ${isolate(pc)}` : 'біля цього комп’ютера'} потрібна допомога. Ми не надсилаємо те, що ви написали.`,
  send: 'Надіслати',
  back: 'Назад',
  sending: 'Надсилаємо повідомлення персоналу …',
  sent: 'Персонал отримав повідомлення. Залишайтеся на місці, ми підійдемо.',
  failed: 'Не вдалося повідомити персонал. Підійдіть до стійки. Ми спробуємо ще раз.',
  cancel: 'Скасувати',
  cancelled: 'Повідомлення скасовано. Персонал його не отримає.',
  cancelledDelivered: 'Повідомлення скасовано. Але персонал уже його отримав. Скажіть, що допомога не потрібна.',
  close: 'Закрити',
  deskTitle: 'Підійдіть до стійки',
  desk: (pc) => `Або підніміть руку, і ми підійдемо.${pc ? ` Скажіть, що ви сидите біля ${isolate(pc)}.` : ''}`,
};

const ar: AskStaffStrings = {
  ask: 'اسأل الموظفين',
  confirm: (pc) => `سنخبر الموظفين أنك تحتاج إلى مساعدة عند ${pc ? isolate(pc) : 'هذا الحاسوب'}. لن نرسل ما كتبته.`,
  send: 'أرسل',
  back: 'رجوع',
  sending: 'جارٍ إرسال رسالة إلى الموظفين …',
  sent: 'وصلت الرسالة إلى الموظفين. ابقَ في مكانك، وسنأتي إليك.',
  failed: 'لم نتمكن من إبلاغ الموظفين. اذهب إلى مكتب الاستقبال. سنحاول مرة أخرى.',
  cancel: 'إلغاء',
  cancelled: 'تم إلغاء الرسالة. لن يصل شيء إلى الموظفين.',
  cancelledDelivered: 'تم إلغاء الرسالة. لكن الموظفين استلموها بالفعل. أخبرهم أنك لا تحتاج إلى مساعدة.',
  close: 'إغلاق',
  deskTitle: 'اذهب إلى مكتب الاستقبال',
  desk: (pc) => `أو ارفع يدك وسنأتي إليك.${pc ? ` قل إنك تجلس عند ${isolate(pc)}.` : ''}`,
};

export const ASK_STAFF_STRINGS: Record<string, AskStaffStrings> = { da, en, uk, ar };

/** Texts for a language tag (`en-GB` → `en`); Danish when we do not have the language. */
export function stringsFor(lang: string): AskStaffStrings {
  return ASK_STAFF_STRINGS[lang.toLowerCase().split('-')[0] ?? 'da'] ?? da;
}

const RTL = ['ar', 'he', 'fa', 'ur'];

export function directionOf(lang: string): 'rtl' | 'ltr' {
  return RTL.includes(lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
