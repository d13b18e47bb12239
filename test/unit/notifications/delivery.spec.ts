import { DELIVERY_TEXT, deliveryOf } from '../../../src/notifications/dto/notification.view';

describe('a notification’s delivery state in plain words', () => {
  it.each([
    ['sent', '已发送到邮箱'],
    ['pending', '正在发送到邮箱'],
    ['sending', '正在发送到邮箱'],
    ['unsent', '邮件未发送，已在系统内通知'],
    ['failed', '邮件未发送，已在系统内通知'],
    [null, '仅系统内通知'],
  ] as const)('e-mail %s → %s', (status, words) => {
    expect(DELIVERY_TEXT[deliveryOf(status)]).toBe(words);
  });
});
