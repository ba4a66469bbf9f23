import type { Config } from '../config/config';
import type { Db } from '../db/client';
import type { SessionUser } from '../features/auth/sessions';
import type { OrgScope } from '../features/org-scope';
import type { SecretBox } from '../features/secrets';
import type { Outbound } from '../net/safe-fetch';
import type { Lang } from '../i18n/messages';

/** What every request can reach: the database and configuration of this process. */
export interface AppDeps {
  db: Db;
  config: Config;
  mediaDir: string;
  secrets: SecretBox;
  /** How channels may call networks (ZORGPOST_ALLOW_PRIVATE_TARGETS). */
  net: Outbound;
  /** Folder with the built web app; absent in API-only tests. */
  webDir?: string;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    lang: Lang;
    session: SessionUser | null;
    scope: OrgScope;
    /** Set on every request (hono/request-id); sent back as X-Request-Id and written in log lines. */
    requestId: string;
  };
};
