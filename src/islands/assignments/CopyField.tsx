import { useRef, useState } from 'preact/hooks';
import { copyText } from '../../client/clipboard.ts';

interface Props {
  id: string;
  label: string;
  value: string;
  /** The button's words, e.g. "Copy link". */
  copyLabel: string;
}

/** A long link shown as text to select, with a copy button whose result is announced. */
export default function CopyField({ id, label, value, copyLabel }: Props) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [said, setSaid] = useState('');
  const copy = async () => {
    const ok = await copyText(value, field.current);
    setSaid(ok ? 'Copied.' : 'This browser did not allow copying: the text is selected, so copy it yourself (Ctrl+C, or ⌘+C on a Mac).');
  };
  return (
    <div class="copy-field">
      <label for={id}>{label}</label>
      <textarea id={id} ref={field} readOnly rows={3} value={value} spellcheck={false} onFocus={(e) => e.currentTarget.select()} />
      <p class="copy-actions">
        <button type="button" class="primary" onClick={copy}>
          {copyLabel}
        </button>
        <span class="copy-status" role="status" aria-live="polite">
          {said}
        </span>
      </p>
    </div>
  );
}
