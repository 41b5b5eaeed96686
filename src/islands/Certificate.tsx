import { useEffect, useState } from 'preact/hooks';
import type { CatalogModule } from '../lib/assignments/catalog.ts';
import { onboarding } from '../lib/course/onboarding.ts';
import { useProgress, formatDate } from './use-progress.ts';
import { withCatalog } from './use-catalog.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

/** The name is kept in this browser only, as the learner typed it, so the certificate can be printed again. */
const NAME_KEY = 'glad-to-help:certificate-name';
const readName = () => {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
};
const keepName = (name: string) => {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // Storage refused: the name still shows on this page; it is simply not kept.
  }
};

/** The onboarding certificate, made in the browser from the learner's own progress, ready to print on one page. */
export default function Certificate(props: { modules?: CatalogModule[] }) {
  return (
    <ErrorBoundary what="The certificate">
      <CertificateWithCatalog {...props} />
    </ErrorBoundary>
  );
}

const CertificateWithCatalog = withCatalog(CertificateView, 'course list');

function CertificateView({ modules }: { modules: CatalogModule[] }) {
  const progress = useProgress();
  const [name, setName] = useState('');
  useEffect(() => setName(readName()), []);
  if (!progress) return <p class="meta">Reading your progress…</p>;
  const status = onboarding(progress, modules);

  if (!status.complete) {
    const left = status.modules.filter((m) => m.done < m.total);
    return (
      <div class="certificate-pending">
        <p>
          The certificate is ready when every new-hire module is finished. You have finished {status.modules.length - left.length} of{' '}
          {status.modules.length}.
        </p>
        <ul>
          {left.map((m) => (
            <li key={m.href}>
              <a href={m.href}>{m.title}</a>: {m.done} of {m.total} {m.total === 1 ? 'lesson' : 'lessons'} done
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const finished =
    status.modules
      .map((m) => m.finishedOn ?? '')
      .sort()
      .at(-1) ?? '';
  return (
    <div class="certificate-maker">
      <p class="no-print">
        <label for="certificate-name">Your name, as it should appear</label>
        <input
          id="certificate-name"
          type="text"
          value={name}
          maxLength={80}
          autocomplete="name"
          onInput={(e) => {
            const typed = e.currentTarget.value;
            setName(typed);
            keepName(typed);
          }}
        />
      </p>
      <article class="certificate" aria-labelledby="certificate-title">
        <p class="certificate-kicker">Glad to Help · customer-service training</p>
        <h2 id="certificate-title">Certificate of completion</h2>
        <p class="certificate-name">{name.trim() || 'Your name here'}</p>
        <p>has completed every new-hire module of the course{finished ? `, finishing on ${formatDate(finished)}` : ''}:</p>
        <ol class="certificate-modules">
          {status.modules.map((m) => (
            <li key={m.href}>
              {m.title}{' '}
              <span class="meta">
                ({m.total} lessons{m.finishedOn ? `, ${formatDate(m.finishedOn)}` : ''})
              </span>
            </li>
          ))}
        </ol>
        <p class="certificate-note">
          Made in the learner’s browser from their own progress record on {formatDate(new Date().toISOString())}.
        </p>
      </article>
      <p class="no-print">
        <button type="button" class="primary" onClick={() => print()} disabled={!name.trim()}>
          Print the certificate
        </button>{' '}
        {!name.trim() && <span class="meta">Type your name first.</span>}
      </p>
    </div>
  );
}
