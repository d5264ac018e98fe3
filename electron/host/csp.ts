/**
 * The content security policy of the UI, from `default-src 'none'`: scripts, styles and calls
 * only to the app's own origin. The same string is in renderer/index.html (checked by a test).
 */
export const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
