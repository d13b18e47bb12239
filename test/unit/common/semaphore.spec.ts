import { Semaphore } from '../../../src/common/semaphore';

describe('Semaphore', () => {
  it('grants permits while free, then in arrival order as they are given back', async () => {
    const slots = new Semaphore(3);
    const order: string[] = [];
    const first = await slots.acquire(2);
    const big = slots.acquire(3).then((release) => (order.push('big'), release));
    const small = slots.acquire(1).then((release) => (order.push('small'), release));
    await Promise.resolve();
    // One permit is free, but the request for three came first: the small one waits behind it.
    expect(order).toEqual([]);
    first();
    const releaseBig = await big;
    expect(order).toEqual(['big']);
    releaseBig();
    (await small)();
    expect(order).toEqual(['big', 'small']);
  });

  it('gives a request larger than the capacity the whole capacity, and a release counts once', async () => {
    const slots = new Semaphore(2);
    const all = await slots.acquire(5);
    let granted = false;
    const next = slots.acquire(1).then((release) => ((granted = true), release));
    await Promise.resolve();
    expect(granted).toBe(false);
    all();
    all();
    (await next)();
    // Two permits are free again, not three.
    const two = await slots.acquire(2);
    let third = false;
    void slots.acquire(1).then(() => (third = true));
    await Promise.resolve();
    expect(third).toBe(false);
    two();
  });
});
