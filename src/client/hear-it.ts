// "Hear it" buttons read a line aloud with the browser's own speech synthesis: no audio files, nothing downloaded.
// They are rendered hidden and appear only where the browser can speak; where it cannot, one note says so.
export {};

const synth = window.speechSynthesis as SpeechSynthesis | undefined;
const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-hear]');
let playing: HTMLButtonElement | undefined;
const stop = () => {
  playing?.setAttribute('aria-pressed', 'false');
  playing = undefined;
};

if (!synth)
  buttons[0]
    ?.closest('[data-hear-block]')
    ?.insertAdjacentHTML('beforeend', '<p class="hear-note">Reading lines aloud is not available in this browser.</p>');
else
  for (const button of buttons) {
    button.hidden = false;
    button.onclick = () => {
      const again = playing === button;
      synth.cancel();
      stop();
      const text = document.getElementById(button.dataset['hear']!)?.textContent?.replace(/\s+/g, ' ').trim();
      if (again || !text) return;
      const line = new SpeechSynthesisUtterance(text);
      line.lang = document.documentElement.lang || 'en';
      line.voice = synth.getVoices().find((v) => v.lang.startsWith(line.lang)) ?? null;
      line.onend = line.onerror = () => playing === button && stop();
      (playing = button).setAttribute('aria-pressed', 'true');
      synth.speak(line);
    };
  }
