/**
 * Counting semaphore: `acquire(n)` waits until `n` permits are free (first come, first served, so a
 * large request is not starved by small ones) and resolves to the function that gives them back.
 */
export class Semaphore {
  private free: number;
  private readonly waiting: { n: number; grant: () => void }[] = [];

  constructor(readonly capacity: number) {
    this.free = capacity;
  }

  async acquire(n: number): Promise<() => void> {
    // More than the capacity could never be granted: it takes the whole capacity instead.
    const take = Math.min(Math.max(n, 1), this.capacity);
    if (!this.waiting.length && this.free >= take) this.free -= take;
    else await new Promise<void>((grant) => this.waiting.push({ n: take, grant }));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.free += take;
      this.grantWaiting();
    };
  }

  private grantWaiting(): void {
    while (this.waiting.length && this.free >= this.waiting[0].n) {
      const next = this.waiting.shift()!;
      this.free -= next.n;
      next.grant();
    }
  }
}
