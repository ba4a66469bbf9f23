// The role table and the post state machine are shared with the server; the web app uses them
// only to show or hide controls (the server decides).
export { can, ROLES } from '../../../src/domain/roles';
export { isEditable, POST_STATUSES } from '../../../src/domain/post-lifecycle';
export { resolveLocalTime } from '../../../src/domain/local-time';
