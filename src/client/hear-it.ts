// "Hear it" buttons read a line aloud with the browser's own speech synthesis: no audio files, nothing downloaded.
// Buttons are rendered hidden; they appear only where the browser can speak, and one note says so where it cannot.
const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-hear]')];
const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;

if (!synth) {
  const first = buttons[0];
  if (first) {
    const note = document.createElement('p');
    note.className = 'hear-note';
    note.textContent = 'Reading lines aloud is not available in this browser.';
    first.closest('[data-hear-block]')?.append(note);
  }
} else {
  let playing: HTMLButtonElement | undefined;
  const reset = () => {
    if (playing) playing.setAttribute('aria-pressed', 'false');
    playing = undefined;
  };
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const wasPlaying = playing === button;
      synth.cancel();
      reset();
      if (wasPlaying) return;
      const text = document
        .getElementById(button.dataset['hear'] ?? '')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim();
      if (!text) return;
      const line = new SpeechSynthesisUtterance(text);
      line.lang = document.documentElement.lang || 'en';
      line.voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(line.lang.toLowerCase())) ?? null;
      line.rate = 0.95;
      line.onend = line.onerror = () => playing === button && reset();
      playing = button;
      button.setAttribute('aria-pressed', 'true');
      synth.speak(line);
    });
  }
}
