/** What an account may do; the org module stores it, every module checks it. */
export type UserRole = 'admin' | 'leader' | 'head' | 'staff' | 'adviser';
export const USER_ROLES: UserRole[] = ['admin', 'leader', 'head', 'staff', 'adviser'];

/** The authenticated caller, attached to the request by the AuthGuard. */
export interface AuthUser {
  id: number;
  login: string;
  name: string;
  role: UserRole;
  departmentId: number | null;
  isBureauHead: boolean;
}

/** Leaders and admins read the whole bureau; everyone else only their own department. */
export function readsWholeBureau(user: AuthUser): boolean {
  return user.role === 'admin' || user.role === 'leader';
}

export function canReadDepartment(user: AuthUser, departmentId: number | null): boolean {
  return readsWholeBureau(user) || (departmentId !== null && user.departmentId === departmentId);
}
