/** Content-Security-Policy for every page: no inline scripts or handlers, no remote origins.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; nothing else evaluates strings. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
