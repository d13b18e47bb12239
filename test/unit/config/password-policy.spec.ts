import { passwordProblem } from '../../../src/config/password-policy';

describe('password policy', () => {
  it.each(['123456', '11111111', 'qwerty123', 'woaini1314', 'a123456', '5201314520', 'Password1', 'Demo@2026', '88888888'])(
    'refuses the common password %s',
    (pw) => {
      expect(passwordProblem(pw, 'someone')).toMatch(pw.length < 8 ? /8 位/ : /常见/);
    },
  );

  it('refuses the login as the password, in any letter case', () => {
    expect(passwordProblem('Wang.Fang2026', 'wang.fang2026')).toMatch(/登录名/);
  });

  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('Lantern-River-47', 'someone')).toBeNull();
  });
});
