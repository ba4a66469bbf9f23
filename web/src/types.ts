// The shared API types (src/contracts) and domain tables (src/domain), re-exported for the web app.
export type { Session, Organisation } from '../../src/contracts/auth';
export type { Post, PostPage, PostSummary, CreatePostInput, UpdatePostInput, TransitionInput } from '../../src/contracts/post';
export type { Channel, ChannelLimits } from '../../src/contracts/channel';
export type { Invitation, Member } from '../../src/contracts/organisation';
export type { Media } from '../../src/contracts/media';
export type { Role, Action } from '../../src/domain/roles';
export type { PostStatus, PostEvent } from '../../src/domain/post-lifecycle';

export type Membership = import('../../src/contracts/auth').Session['memberships'][number];
export type PostAction = import('../../src/contracts/post').Post['allowedActions'][number];
export type PostMediaItem = import('../../src/contracts/post').Post['media'][number];
export type PostHistoryEvent = import('../../src/contracts/post').Post['events'][number];
export type PostVariant = import('../../src/contracts/post').Post['variants'][number];

export type { ChannelType, ConnectField } from '../../src/contracts/channel';

export type { GuardSettings } from '../../src/contracts/guard';
export type { CrisisState } from '../../src/contracts/crisis';
export type { Finding, GuardResult, Severity, Verdict } from '../../src/guard/types';
export type PostGuard = import('../../src/contracts/post').Post['guard'];
export type { Queue } from '../../src/contracts/queue';
export type QueueSlot = import('../../src/contracts/queue').Queue['slots'][number];
export type RepeatResult = { created: string[] };
export type { AuditChain, AuditEvent, AuditPage } from '../../src/contracts/audit';

export type {
  Consent,
  ConsentFile,
  ExpiringList,
  MediaPeople,
  PeoplePage,
  PersonDetail,
  PersonSummary,
  TakedownItem,
  WithdrawResult,
} from '../../src/contracts/consent';
export { CONSENT_PURPOSES, PERSON_KINDS } from '../../src/contracts/consent';
export type { ConsentPurpose } from '../../src/contracts/consent';
export type { Notification, NotificationKind, NotificationPage, NotificationSettings } from '../../src/contracts/notification';
export { NOTIFICATION_KINDS } from '../../src/contracts/notification';
export type { Checklist, PostChecklist } from '../../src/contracts/checklist';
export type { DsrEraseResult, DsrResult } from '../../src/contracts/dsr';
export type { ApprovalChains } from '../../src/contracts/approval-chain';
export type ApprovalStep = import('../../src/contracts/approval-chain').ApprovalChains['chains'][number]['steps'][number];
export type PassageComment = NonNullable<import('../../src/contracts/post').TransitionInput['comments']>[number];
export type { ReadingItem, ReadingPage, Source, SourceList } from '../../src/contracts/curation';
// Campaigns: the careful route's worksheet, its tasks and posts (issue 16).
export type { CampaignView, CampaignPatchInput } from '../../src/contracts/campaign';
export { GOAL_METRICS, TASK_MOMENTS } from '../../src/contracts/campaign';
export type { CampaignPostView, CampaignResultsView, CampaignTaskView } from '../../src/contracts/campaign-task';
export type InboxTemplate = import('../../src/contracts/inbox').InboxTemplate;
export type { CampaignInboxItem, CampaignTask } from '../../src/contracts/campaign-overview';
