import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { api, orgPath } from '../api';

/** The inbox's unread count for the menu badge; fetched again on every page change (opening an item reads it). */
export function useInboxUnread(orgId: string | null): number {
  const [unread, setUnread] = useState(0);
  const { pathname } = useLocation();
  useEffect(() => {
    if (!orgId) return;
    const controller = new AbortController();
    api
      .get<{ unread: number }>(orgPath(orgId, '/inbox/unread'), controller.signal)
      .then((r) => setUnread(r.unread))
      .catch(() => {});
    return () => controller.abort();
  }, [orgId, pathname]);
  return unread;
}
