/**
 * The login token: kept in localStorage for the API calls (Authorization: Bearer) and mirrored
 * in the cookie `fazhi_token` (SameSite=Strict) so that plain links work with the same login —
 * evidence downloads and the admins' queue dashboard at /admin/queues.
 */
const KEY = 'fazhi_token';
const EXPIRES_KEY = 'fazhi_token_expires';

export function getToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function writeCookie(token: string, expiresAt: Date | null): void {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  const maxAge = expiresAt ? Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000)) : 8 * 3600;
  document.cookie = `${KEY}=${encodeURIComponent(token)}; Path=/; SameSite=Strict; Max-Age=${maxAge}${secure}`;
}

export function saveToken(token: string, expiresAt: string): void {
  localStorage.setItem(KEY, token);
  localStorage.setItem(EXPIRES_KEY, expiresAt);
  writeCookie(token, new Date(expiresAt));
}

/** After a browser restart the cookie may be gone while localStorage keeps the token. */
export function syncCookie(): void {
  const token = getToken();
  if (!token) return;
  const expires = localStorage.getItem(EXPIRES_KEY);
  writeCookie(token, expires ? new Date(expires) : null);
}

export function clearToken(): void {
  try {
    localStorage.removeItem(KEY);
    localStorage.removeItem(EXPIRES_KEY);
  } catch {
    /* storage unavailable: nothing stored */
  }
  document.cookie = `${KEY}=; Path=/; SameSite=Strict; Max-Age=0`;
}
