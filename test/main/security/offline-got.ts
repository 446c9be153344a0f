/**
 * electronegativity fetches updated translations with `got` on every run (and AvailableSecurityFixesGlobalCheck
 * fetches Electron's release list). Tests must not touch the network: inside electronegativity, `got` resolves
 * to this stub, which fails at once, so it falls back to its bundled English texts.
 */
function offlineGot(): Promise<never> {
  return Promise.reject(new Error('offline: electronegativity network access is disabled in tests'));
}
offlineGot.head = offlineGot;

export default offlineGot;
