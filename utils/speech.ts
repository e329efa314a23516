import { SPEECH_TAGS, type UiLanguage } from '@/utils/i18n/languages';

/**
 * Read a text aloud in the citizen's language with the browser's own speech synthesis (the window
 * is passed in, as utils/ keeps no browser globals). Returns false when this computer has no
 * voice for that language (headless Chromium and many Linux PCs have none): then nothing is
 * spoken and the card says so, rather than reading Arabic with a Danish voice.
 */
export function speak(win: Window, text: string, lang: string): boolean {
  const synth = win.speechSynthesis;
  if (!synth) return false;
  const tag = SPEECH_TAGS[lang as UiLanguage] ?? lang;
  const base = tag.slice(0, 2).toLowerCase();
  const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(base));
  if (!voice) return false;
  synth.cancel();
  const utterance = new (win as Window & typeof globalThis).SpeechSynthesisUtterance(text);
  utterance.lang = tag;
  utterance.voice = voice;
  synth.speak(utterance);
  return true;
}
