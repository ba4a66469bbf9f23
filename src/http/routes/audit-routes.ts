import { z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { AuditChainSchema, AuditExportQuery, AuditListQuery, AuditPageSchema } from '../../contracts/audit';
import { auditEventsBetween, CSV_HEADER, csvLine, jsonLine } from '../../features/audit/export-audit';
import { OrgIdParam } from '../../contracts/common';
import { auditInstant } from '../../features/audit/audit-filters';
import { auditPdf } from '../../features/audit/audit-pdf';
import { listAudit } from '../../features/audit/list-audit';
import { verifyAuditChain } from '../../features/audit/verify-audit-chain';
import { authorize } from '../../features/org-scope';
import { json, route, router } from '../openapi';

export const auditRoutes = router();

auditRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/audit',
    tags: ['audit'],
    request: { params: OrgIdParam, query: AuditListQuery },
    responses: { 200: json(AuditPageSchema) },
  }),
  async (c) => c.json(await listAudit(authorize(c.get('scope'), 'audit.read'), c.req.valid('query')), 200),
);

auditRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/audit/verify',
    tags: ['audit'],
    request: { params: OrgIdParam },
    responses: { 200: json(AuditChainSchema) },
  }),
  async (c) => c.json(await verifyAuditChain(authorize(c.get('scope'), 'audit.read')), 200),
);

auditRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/audit/export',
    tags: ['audit'],
    request: { params: OrgIdParam, query: AuditExportQuery },
    responses: {
      200: {
        description: 'The trail of the period and filter, oldest first: CSV (for a spreadsheet), JSON Lines (with hashes) or a PDF for an auditor',
        content: { 'text/csv': { schema: z.string() }, 'application/jsonl': { schema: z.string() }, 'application/pdf': { schema: z.string() } },
      },
    },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'audit.read');
    const q = c.req.valid('query');
    const filter = { action: q.action, actorId: q.actorId, postId: q.postId, from: auditInstant(q.from), to: auditInstant(q.to) };
    c.header('cache-control', 'private, no-store');
    if (q.format === 'pdf') {
      const pdf = await auditPdf(scope, filter, c.get('lang'));
      c.header('content-type', 'application/pdf');
      c.header('content-disposition', `attachment; filename="audit-${scope.orgSlug}.pdf"`);
      return c.body(new Uint8Array(pdf), 200);
    }
    const csv = q.format === 'csv';
    c.header('content-type', csv ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8');
    c.header('content-disposition', `attachment; filename="audit-${scope.orgSlug}.${csv ? 'csv' : 'jsonl'}"`);
    return stream(c, async (s) => {
      if (csv) await s.write(CSV_HEADER);
      for await (const e of auditEventsBetween(scope, filter)) await s.write(csv ? csvLine(e) : jsonLine(e));
    });
  },
);
