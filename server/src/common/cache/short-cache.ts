/**
 * Values read on many requests and changed rarely (an edition's programme), kept for a few seconds
 * on this instance. The feature that changes them forgets them at once; a change made on another
 * instance shows within those seconds. A load that fails is not kept. Callers share what it holds:
 * they read it and never change it.
 */
export class ShortCache<T> {
  private readonly entries = new Map<string, { until: number; value: Promise<T> }>();

  constructor(private readonly ms: number) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached && cached.until > Date.now()) return cached.value;
    const value = load();
    this.entries.set(key, { until: Date.now() + this.ms, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}
