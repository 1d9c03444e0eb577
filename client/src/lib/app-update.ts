/**
 * Whether a new version of the app waits to take over, and how to switch to it (set by the service
 * worker's registration, app/service-worker.ts; read by the update prompt). Kept apart from the
 * registration so that the prompt costs the first download nothing but these lines.
 */
type Listener = () => void;

let apply: (() => Promise<void>) | null = null;
const listeners = new Set<Listener>();

export const appUpdate = {
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  /** The switch to the waiting version (it reloads the page), or null when there is none. */
  current: (): (() => Promise<void>) | null => apply,
  offer: (switchToNew: () => Promise<void>): void => {
    apply = switchToNew;
    listeners.forEach((listener) => listener());
  },
};
