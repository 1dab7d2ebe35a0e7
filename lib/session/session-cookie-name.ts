/** The session cookie; its value is a random token whose hash names the session row. */
export const SESSION_COOKIE = "galley_session";
