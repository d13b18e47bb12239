import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 8;

const COMMON = new Set(COMMON_PASSWORDS.split('\n').filter(Boolean));

/** Why a password chosen by a person is refused (Chinese, for the user), or null when it is fine. */
export function passwordProblem(password: string, login: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 位`;
  const lower = password.toLowerCase();
  if (lower === login.toLowerCase()) return '密码不能与登录名相同';
  // One repeated character (22222222, aaaaaaaa) is as guessable as the listed ones.
  if (COMMON.has(lower) || /^(.)\1*$/u.test(lower)) return '该密码过于常见，容易被猜中，请换一个';
  return null;
}
