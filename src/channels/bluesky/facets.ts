// Rich-text facets (links, hashtags, mentions) with byte offsets, as Bluesky wants them.
// RichText from @atproto/api does the detection; mentions are resolved to DIDs through the
// agent, and a mention that does not resolve is left as plain text.
import { RichText, type AtpAgent } from '@atproto/api';
import type { AppBskyRichtextFacet } from '@atproto/api';

export async function detectFacets(agent: AtpAgent, text: string): Promise<{ text: string; facets: AppBskyRichtextFacet.Main[] | undefined }> {
  const rt = new RichText({ text });
  await rt.detectFacets(agent);
  return { text: rt.text, facets: rt.facets?.length ? rt.facets : undefined };
}
