// A network's media limits as data (ChannelLimits.media) and the one check of a post's files
// against them, used twice: when a post is saved (a 422 the composer shows, naming the file and
// the limit) and again by the adapter before it sends anything (a refusal, never a network error).
import type { MediaRule } from '../contracts/channel';

export type { MediaRule };

export const VIDEO_TYPES = ['video/mp4', 'video/quicktime'];
export const isVideo = (mimeType: string) => mimeType.startsWith('video/');

export interface MediaFile {
  fileName?: string;
  mimeType: string;
  sizeBytes?: number | null;
  width?: number | null;
  height?: number | null;
  durationMs?: number | null;
}

/** What is wrong with a post's files for one network: a message key (src/i18n) and its parameters. */
export interface MediaProblem {
  key: 'media_type_refused' | 'media_too_large' | 'video_too_short' | 'video_too_long' | 'media_aspect_ratio' | 'video_not_alone';
  params: Record<string, string | number>;
  /** The same in plain English, for the adapter's technical reason. */
  reason: string;
}

const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Width:height as people write it ("1.91:1", "4:5" stays as the rule says it). */
export const ratioLabel = (width: number, height: number) => `${Math.round((width / height) * 100) / 100}:1`;

export function mediaProblem(network: string, rules: MediaRule[] | undefined, files: MediaFile[]): MediaProblem | null {
  if (!rules) return null;
  if (files.length > 1 && files.some((f) => isVideo(f.mimeType))) {
    return { key: 'video_not_alone', params: { channel: network }, reason: `${network} takes one video on its own, without other files` };
  }
  for (const f of files) {
    const name = f.fileName ?? f.mimeType;
    const rule = rules.find((r) => r.types.includes(f.mimeType));
    if (!rule) return { key: 'media_type_refused', params: { channel: network, type: f.mimeType }, reason: `${network} does not take ${f.mimeType} files` };
    if (f.sizeBytes != null && f.sizeBytes > rule.maxBytes) {
      return {
        key: 'media_too_large',
        params: { channel: network, file: name, size: mb(f.sizeBytes), max: mb(rule.maxBytes) },
        reason: `${name} is ${mb(f.sizeBytes)} MB; ${network} takes at most ${mb(rule.maxBytes)} MB`,
      };
    }
    if (f.durationMs != null && rule.minDurationMs !== undefined && f.durationMs < rule.minDurationMs) {
      return {
        key: 'video_too_short',
        params: { channel: network, file: name, seconds: seconds(f.durationMs), min: seconds(rule.minDurationMs) },
        reason: `${name} lasts ${seconds(f.durationMs)} s; ${network} needs at least ${seconds(rule.minDurationMs)} s`,
      };
    }
    if (f.durationMs != null && rule.maxDurationMs !== undefined && f.durationMs > rule.maxDurationMs) {
      return {
        key: 'video_too_long',
        params: { channel: network, file: name, seconds: seconds(f.durationMs), max: seconds(rule.maxDurationMs) },
        reason: `${name} lasts ${seconds(f.durationMs)} s; ${network} takes at most ${seconds(rule.maxDurationMs)} s`,
      };
    }
    if (f.width && f.height && (rule.minAspect !== undefined || rule.maxAspect !== undefined)) {
      const aspect = f.width / f.height;
      // A hundredth of slack: 1080×1350 is exactly 4:5, 1080×566 rounds to 1.91:1.
      if ((rule.minAspect !== undefined && aspect < rule.minAspect - 0.005) || (rule.maxAspect !== undefined && aspect > rule.maxAspect + 0.005)) {
        const [min, max] = rule.aspectLabels ?? [String(rule.minAspect ?? 0), String(rule.maxAspect ?? '∞')];
        return {
          key: 'media_aspect_ratio',
          params: { channel: network, file: name, ratio: ratioLabel(f.width, f.height), width: f.width, height: f.height, min, max },
          reason: `${name} is ${f.width}×${f.height} (${ratioLabel(f.width, f.height)}); ${network} takes ${min} to ${max}`,
        };
      }
    }
  }
  return null;
}

/** The types of all rules: ChannelLimits.mediaTypes of an adapter with rules. */
export const typesOf = (rules: MediaRule[]) => [...new Set(rules.flatMap((r) => r.types))];
