/** The hash route: `#/risks?level=high` → path `risks`, query `{ level: 'high' }`. */
export interface Route {
  path: string;
  query: Record<string, string>;
}

function parse(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', qs = ''] = raw.split('?', 2);
  return { path: decodeURIComponent(path.replace(/\/+$/, '')), query: Object.fromEntries(new URLSearchParams(qs)) };
}

class Router {
  route = $state<Route>(parse(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window !== 'undefined')
      window.addEventListener('hashchange', () => {
        this.route = parse(location.hash);
      });
  }

  /** Navigates to a route (adds a history entry). */
  go(path: string, query: Record<string, string> = {}): void {
    const h = href(path, query);
    location.hash = h;
    // Follow at once rather than on the later hashchange event, so what renders next is on the new route.
    this.route = parse(h);
  }

  /** Changes the query of the current route without a new history entry (filters, tabs). */
  setQuery(query: Record<string, string>): void {
    const h = href(this.route.path, query);
    history.replaceState(history.state, '', h);
    this.route = parse(h);
  }
}

/** The link to a route, for `<a href>`. */
export function href(path: string, query: Record<string, string> = {}): string {
  const q = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== '')).toString();
  return `#/${path}${q ? `?${q}` : ''}`;
}

export const router = new Router();
