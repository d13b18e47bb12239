import { InputValidationException } from '../common/validation';
import { passwordProblem } from '../config/password-policy';

/** Refuses an unacceptable password with a 400 naming the field, like any other input error. */
export function assertAcceptablePassword(field: string, password: string, login: string): void {
  const problem = passwordProblem(password, login);
  if (problem) throw new InputValidationException([{ field, message: problem }]);
}
