import { createContext, useContext } from 'react';
import type { Membership, Organisation, Role, Session } from '../types';

export interface SessionValue {
  session: Session | null;
  /** True until the first GET /api/auth/session has answered. */
  loading: boolean;
  /** Set when a call answered 401 while we thought we were logged in. */
  expired: boolean;
  membership: Membership | null;
  login(email: string, password: string): Promise<void>;
  logout(everywhere?: boolean): Promise<void>;
  selectOrganisation(orgId: string): void;
  refresh(): Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

export interface OrgContext {
  org: Organisation;
  role: Role;
  user: Session['user'];
}

/** The current organisation, role and person; only inside RequireAuth (which guarantees them). */
export function useOrg(): OrgContext {
  const { session, membership } = useSession();
  if (!session || !membership) throw new Error('useOrg outside an authenticated route');
  return { org: membership.organisation, role: membership.role, user: session.user };
}
