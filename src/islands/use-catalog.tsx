import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CATALOG_URL, isCatalog, type CatalogModule } from '../lib/assignments/catalog.ts';
import { LoadProblem } from './activity-data.tsx';

let pending: Promise<CatalogModule[]> | undefined;

/** The catalogue, fetched once per page however many islands ask; a failed fetch may be tried again. */
function loadCatalog(): Promise<CatalogModule[]> {
  pending ??= fetch(CATALOG_URL)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((json: unknown) => {
      if (!isCatalog(json)) throw new Error(`${CATALOG_URL} is not a course catalogue`);
      return json;
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}

interface CatalogState {
  modules: CatalogModule[] | undefined;
  failed: boolean;
  loading: boolean;
  retry: () => void;
}

/** The course's modules and lessons: `given` at once (tests), else fetched from the build's static JSON. */
export function useCatalog(given?: CatalogModule[]): CatalogState {
  const [modules, setModules] = useState(given);
  const [failed, setFailed] = useState(false);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (modules) return;
    let live = true;
    loadCatalog().then(
      (m) => live && (setModules(m), setFailed(false)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [modules, request]);
  return { modules, failed, loading: !modules && !failed, retry: () => (setFailed(false), setRequest((n) => n + 1)) };
}

/**
 * An island that needs the catalogue: it renders once the list is here, says so while it loads, and offers a
 * retry (never a dead page) when it cannot be fetched. `modules` may be given, as tests do.
 */
export function withCatalog<P extends { modules: CatalogModule[] }>(View: FunctionComponent<P>, what: string) {
  return function WithCatalog(props: Omit<P, 'modules'> & { modules?: CatalogModule[] | undefined }) {
    const catalog = useCatalog(props.modules);
    if (catalog.modules) return <View {...(props as unknown as P)} modules={catalog.modules} />;
    if (catalog.failed) return <LoadProblem what={what} loading={false} onRetry={catalog.retry} />;
    return (
      <p class="meta" role="status">
        Loading the {what}…
      </p>
    );
  };
}
