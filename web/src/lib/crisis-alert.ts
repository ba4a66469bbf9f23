// Which crisis this tab has already announced (per crisis start), so it is announced once only.
const ALERTED_KEY = 'zorgpost.crisisAlerted';

export function alreadyAlerted(since: string): boolean {
  try {
    return sessionStorage.getItem(ALERTED_KEY) === since;
  } catch {
    return false;
  }
}

/**
 * Marks the crisis as announced. The crisis page calls it when this person switched crisis mode
 * on here: the page's own status message is the one announcement, the banner's alert stays silent.
 */
export function markAlerted(since: string): void {
  try {
    sessionStorage.setItem(ALERTED_KEY, since);
  } catch {
    // The alert may come again after a reload; no harm.
  }
}
