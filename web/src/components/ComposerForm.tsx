import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, ApiRequestError, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can, resolveLocalTime } from '../lib/permissions';
import { selectFinding, useGuardEngine, worstVerdict } from '../lib/guard';
import { postContentKey } from '../../../src/domain/post-content';
import { countChars } from '../lib/text';
import { formatLocal, instantTime, isoDate, splitLocal, todayInZone } from '../lib/time';
import { useLanguage } from '../hooks/useLanguage';
import type { Channel, ConsentPurpose, CreatePostInput, Finding, GuardResult, GuardSettings, Post, PostMediaItem, UpdatePostInput } from '../types';
import { CONSENT_PURPOSES } from '../types';
import { AttachedMedia } from './AttachedMedia';
import { ChannelVariantEditor } from './ChannelVariantEditor';
import { CharCount } from './CharCount';
import { ErrorMessage } from './ErrorMessage';
import { GuardPanel, GuardVerdict } from './GuardPanel';
import { GuardTextarea } from './GuardTextarea';
import { MediaUpload } from './MediaUpload';
import { ChannelPreviews } from './ChannelPreview';
import { LabelsField, parseLabels } from './LabelsField';
import { CampaignField } from './PostCampaign';
import { StickyActions } from './StickyActions';
import { Confirm } from './Confirm';
import { FieldError } from './FieldError';
import { ReturnedComments } from './ReturnedComments';
import { ScheduleFields } from './ScheduleFields';

type Note = 'skipped_forward' | 'ambiguous_first' | null;

/** The composer's form; mounted once the post (when editing) and the channels are loaded. */
export function ComposerForm({
  initial,
  channels,
  initialDate,
  initialTime = '',
  focusStart = false,
  initialCampaign = '',
}: {
  initial: Post | null;
  channels: Channel[];
  initialDate: string;
  initialTime?: string;
  /** A draft made from the reading list: the cursor goes to the start, where the editor's own words come first. */
  focusStart?: boolean;
  /** A new post started from a campaign's overview: it goes into that campaign. */
  initialCampaign?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { org, role } = useOrg();
  const zone = org.timeZone;

  const [post, setPost] = useState<Post | null>(initial);
  const [baseText, setBaseText] = useState(initial?.baseText ?? '');
  const [included, setIncluded] = useState<Record<string, boolean>>(() => {
    const map: Record<string, boolean> = {};
    if (initial) for (const v of initial.variants) map[v.channelId] = true;
    else for (const c of channels) if (c.active) map[c.id] = true;
    return map;
  });
  const [texts, setTexts] = useState<Record<string, string>>(() => {
    const map: Record<string, string> = {};
    for (const v of initial?.variants ?? []) map[v.channelId] = v.text ?? '';
    return map;
  });
  const [media, setMedia] = useState<PostMediaItem[]>(initial?.media ?? []);
  const [labels, setLabels] = useState((initial?.labels ?? []).join(', '));
  const [campaign, setCampaign] = useState(initial ? (initial.campaignId ?? '') : initialCampaign);
  // What the post is for: the people in its images need a consent for this purpose.
  const [purpose, setPurpose] = useState<ConsentPurpose>(initial?.purpose ?? 'publication');
  const start = splitLocal(initial?.scheduledLocal ?? null);
  const [date, setDate] = useState(initial ? start.date : initialDate);
  const [time, setTime] = useState(initial ? start.time : initialTime);
  const [timeTouched, setTimeTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [timeError, setTimeError] = useState<string | undefined>(undefined);
  const [baseError, setBaseError] = useState<string | undefined>(undefined);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [language] = useLanguage();
  const deleteRef = useRef<HTMLButtonElement>(null);

  // The privacy guard, live in the browser with the organisation's settings (fetched once).
  const { engine, failed: guardFailed } = useGuardEngine();
  const guardSettings = useApiData<GuardSettings>(orgPath(org.id, '/guard/settings'));
  const settingsReady = guardSettings.data !== undefined || Boolean(guardSettings.error);
  const mediaAlt = useMemo(() => media.map((m) => ({ altText: m.altText })), [media]);
  const scan = useMemo(() => {
    if (!engine || !settingsReady) return null;
    const org = guardSettings.data ?? {};
    const cache = new Map<string, GuardResult>();
    return (text: string): GuardResult => {
      let result = cache.get(text);
      if (!result) {
        if (cache.size > 40) cache.clear();
        result = engine.scanText(text, { kind: 'post', org, media: mediaAlt });
        cache.set(text, result);
      }
      return result;
    };
  }, [engine, settingsReady, guardSettings.data, mediaAlt]);
  // Alt text is published with the post: the same check, as the server does it.
  const scanAlt = useMemo(() => {
    if (!engine || !settingsReady) return null;
    const org = guardSettings.data ?? {};
    return (altText: string): GuardResult => engine.scanText(altText, { kind: 'post', org });
  }, [engine, settingsReady, guardSettings.data]);
  const altResults = useMemo(() => {
    if (!scanAlt) return null;
    const results: Record<string, GuardResult> = {};
    for (const m of media) results[m.id] = scanAlt(m.altText);
    return results;
  }, [scanAlt, media]);
  const baseRef = useRef<HTMLTextAreaElement>(null);
  const showInBase = useCallback((f: Finding) => selectFinding(baseRef, f), []);
  useEffect(() => {
    if (!focusStart) return;
    baseRef.current?.focus();
    baseRef.current?.setSelectionRange(0, 0);
  }, [focusStart]);

  const visibleChannels = useMemo(
    () => channels.filter((c) => c.active || included[c.id] || initial?.variants.some((v) => v.channelId === c.id)),
    [channels, included, initial],
  );

  const baseCount = countChars(baseText);
  const tooLong = visibleChannels.filter((c) => {
    if (!included[c.id]) return false;
    const own = texts[c.id] ?? '';
    return countChars(own.length > 0 ? own : baseText) > c.limits.maxLength;
  });

  const baseResult = scan ? scan(baseText) : null;
  const variantResults: Record<string, GuardResult> = {};
  if (scan) {
    for (const c of visibleChannels) {
      const own = texts[c.id] ?? '';
      if (included[c.id] && own.length > 0) variantResults[c.id] = scan(own);
    }
  }
  const allFindings = baseResult ? [baseResult, ...Object.values(variantResults), ...Object.values(altResults ?? {})].flatMap((r) => r.findings) : undefined;
  const guardVerdict = baseResult
    ? worstVerdict([baseResult.verdict, ...Object.values(variantResults).map((r) => r.verdict), ...Object.values(altResults ?? {}).map((r) => r.verdict)])
    : null;

  const scheduledLocal = date && time ? `${date}T${time.slice(0, 5)}` : null;
  // The daylight-saving note: from the server's answer while the time is as saved, else a preview
  // with the same rule the server uses (src/domain/local-time.ts).
  let note: Note = null;
  let noteTime = '';
  if (post && !timeTouched && post.scheduledNote) {
    note = post.scheduledNote;
    noteTime = post.scheduledAt ? instantTime(post.scheduledAt, zone) : (post.scheduledLocal ?? '').slice(11, 16);
  } else if (scheduledLocal) {
    try {
      const resolved = resolveLocalTime(scheduledLocal, zone);
      note = resolved.note;
      noteTime = resolved.effectiveLocal.slice(11, 16);
    } catch {
      note = null;
    }
  }

  const body = (): CreatePostInput => ({
    baseText,
    variants: visibleChannels
      .filter((c) => included[c.id])
      .map((c) => ({ channelId: c.id, text: (texts[c.id] ?? '').length > 0 ? (texts[c.id] ?? '') : null })),
    mediaIds: media.map((m) => m.id),
    scheduledLocal,
    labels: parseLabels(labels),
    purpose,
  });

  // A time in the past is refused while picking, in the organisation's zone (the server refuses it too).
  let pastError: string | undefined;
  if (scheduledLocal && timeTouched) {
    try {
      if (resolveLocalTime(scheduledLocal, zone).utc.getTime() <= Date.now()) {
        pastError = t('composerCheck.pastTime', { time: formatLocal(scheduledLocal, zone, language), zone });
      }
    } catch {
      pastError = undefined; // a time that does not exist: the server names it
    }
  }
  const shownTimeError = timeError ?? pastError;
  const noText = !baseText.trim();
  const nothingAtAll = noText && visibleChannels.every((c) => !included[c.id] || !(texts[c.id] ?? '').trim()) && media.length === 0;

  /** Shows a problem next to its field and puts the focus there (scrolled clear of the save bar). */
  const refuseAt = (field: 'base' | 'time', message: string) => {
    if (field === 'base') {
      setBaseError(message);
      baseRef.current?.focus();
    } else {
      setTimeError(message);
      document.querySelector<HTMLInputElement>('.schedule-fields input[type="date"]')?.focus();
    }
    announce(message, 'error');
  };

  const save = async (submit: boolean) => {
    setError(null);
    setTimeError(undefined);
    setBaseError(undefined);
    // Nothing is stored for an empty post: no "(no text yet)" draft is left behind.
    if ((submit && noText) || (!post && nothingAtAll)) {
      refuseAt('base', t('composerCheck.emptyText'));
      return;
    }
    if ((date && !time) || (!date && time)) {
      refuseAt('time', t('composer.needBoth'));
      return;
    }
    if (pastError) {
      refuseAt('time', pastError);
      return;
    }
    if (tooLong.length > 0) return;
    if (submit && guardBlocked) return;
    setSaving(true);
    let saved: Post | null = null;
    try {
      if (post) {
        // An untouched planned time is not sent again, so the server keeps the time as it was
        // asked for (and its daylight-saving note).
        const { scheduledLocal: local, ...rest } = body();
        const patch: UpdatePostInput = { version: post.version, ...rest, ...(timeTouched ? { scheduledLocal: local } : {}) };
        saved = await api.patch<Post>(orgPath(org.id, `/posts/${post.id}`), patch);
      } else {
        saved = await api.post<Post>(orgPath(org.id, '/posts'), body());
      }
      // The campaign is its own small change (PUT …/campaign), made right after the post is saved.
      if (campaign !== (saved.campaignId ?? '')) {
        await api.put(orgPath(org.id, `/posts/${saved.id}/campaign`), { campaignId: campaign || null });
        saved = { ...saved, campaignId: campaign || null };
      }
      setPost(saved);
      setTimeTouched(false);
      if (submit) {
        const submitted = await api.post<Post>(orgPath(org.id, `/posts/${saved.id}/transitions`), { event: 'submit' });
        announce(t('composer.submitted'));
        navigate(`/posts/${submitted.id}`, { replace: !post });
        return;
      }
      announce(t('composer.saved'));
      if (!post) navigate(`/posts/${saved.id}/edit`, { replace: true });
    } catch (err) {
      // A field's error is shown at the field; anything else in the save bar, never under it.
      const timeField = err instanceof ApiRequestError ? err.field('scheduledLocal') : undefined;
      const textField = err instanceof ApiRequestError ? (err.field('baseText') ?? (err.code === 'text_required' ? err.message : undefined)) : undefined;
      if (timeField) refuseAt('time', timeField);
      else if (textField) refuseAt('base', textField);
      else setError(err);
      // Saved but not submitted: continue on the saved post.
      if (saved && !post) navigate(`/posts/${saved.id}/edit`, { replace: true });
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };

  const blocked = tooLong.length > 0;
  const mayWrite = can(role, 'post.write');
  // An approver's override holds for exactly the content it was given for.
  const current = body();
  const overrideApplies =
    Boolean(post?.guard?.overridden) &&
    post !== null &&
    postContentKey({ baseText: current.baseText, variants: current.variants, media }) ===
      postContentKey({ baseText: post.baseText, variants: post.variants, media: post.media });
  const guardBlocked = guardVerdict === 'block' && !overrideApplies;
  const submitBlocked = blocked || guardBlocked;

  const removeDraft = async () => {
    if (!post) return;
    setSaving(true);
    setError(null);
    try {
      await api.delete(orgPath(org.id, `/posts/${post.id}`));
      announce(t('composerCheck.deleted'));
      navigate('/', { replace: true });
    } catch (err) {
      setError(err);
      setConfirmDelete(false);
    } finally {
      setSaving(false);
    }
  };
  const mayDelete = Boolean(post?.allowedActions.includes('delete'));

  return (
    <form className="composer" onSubmit={onSubmit} noValidate aria-busy={saving}>
      <ReturnedComments post={post} zone={zone} />
      {post && post.status !== 'draft' ? <p className="notice notice-warning">{t('composer.editWarning', { status: t(`status.${post.status}`) })}</p> : null}

      <section className="card">
        <h2 className="visually-hidden">{t('composer.textSection')}</h2>
        <div className="field">
          <label htmlFor={`${id}-base`}>{t('composer.baseText')}</label>
          <GuardTextarea
            id={`${id}-base`}
            ref={baseRef}
            rows={6}
            value={baseText}
            findings={baseResult?.findings}
            aria-describedby={`${baseError ? `${id}-base-error ` : ''}${id}-base-count ${id}-base-hint ${id}-base-guard`}
            aria-invalid={baseError ? true : undefined}
            onChange={(e) => {
              setBaseText(e.target.value);
              if (baseError && e.target.value.trim()) setBaseError(undefined);
            }}
          />
          <FieldError id={`${id}-base-error`} message={baseError} />
          <div className="field-meta">
            <CharCount id={`${id}-base-count`} count={baseCount} />
            <span id={`${id}-base-hint`} className="hint">
              {t('composer.baseHint')}
            </span>
          </div>
          <GuardPanel id={`${id}-base-guard`} result={baseResult} text={baseText} part="base" failed={guardFailed} onShow={showInBase} />
        </div>
      </section>

      <section className="card">
        <h2>{t('composer.channels')}</h2>
        <p className="hint">{t('composer.channelsHint')}</p>
        {visibleChannels.length === 0 ? <p className="notice">{t('composer.noChannels')}</p> : null}
        {visibleChannels.map((c) => (
          <ChannelVariantEditor
            key={c.id}
            channel={c}
            included={Boolean(included[c.id])}
            text={texts[c.id] ?? ''}
            baseText={baseText}
            mediaCount={media.length}
            guard={variantResults[c.id] ?? null}
            guardFailed={guardFailed}
            onInclude={(value) => setIncluded((m) => ({ ...m, [c.id]: value }))}
            onText={(value) => setTexts((m) => ({ ...m, [c.id]: value }))}
          />
        ))}
      </section>

      <ChannelPreviews channels={visibleChannels} included={included} texts={texts} baseText={baseText} media={media} />

      <section className="card">
        <h2>{t('composer.media')}</h2>
        <AttachedMedia
          items={media}
          guard={altResults}
          onRemove={(mediaId) => {
            setMedia((list) => list.filter((m) => m.id !== mediaId));
            announce(t('composer.removed'));
          }}
        />
        <MediaUpload
          orgId={org.id}
          checkAlt={scanAlt}
          attachedIds={media.map((m) => m.id)}
          onAdd={(item) => setMedia((list) => (list.some((m) => m.id === item.id) ? list : [...list, item]))}
        />
      </section>

      <section className="card">
        <ScheduleFields
          date={date}
          time={time}
          zone={zone}
          note={note}
          noteTime={noteTime}
          error={shownTimeError}
          minDate={isoDate(todayInZone(zone))}
          onDate={(v) => {
            setDate(v);
            setTimeTouched(true);
          }}
          onTime={(v) => {
            setTime(v);
            setTimeTouched(true);
          }}
          onClear={() => {
            setDate('');
            setTime('');
            setTimeTouched(true);
          }}
        />
        <LabelsField value={labels} onChange={setLabels} />
        <CampaignField value={campaign} onChange={setCampaign} />
        <div className="field">
          <label htmlFor={`${id}-purpose`}>{t('composerPurpose.label')}</label>
          <select id={`${id}-purpose`} value={purpose} aria-describedby={`${id}-purpose-hint`} onChange={(e) => setPurpose(e.target.value as ConsentPurpose)}>
            {CONSENT_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {t(`consent.purpose.${p}`)}
              </option>
            ))}
          </select>
          <p className="hint" id={`${id}-purpose-hint`}>
            {t('composerPurpose.hint')}
          </p>
        </div>
      </section>

      {!mayWrite ? <ErrorMessage error={error} /> : null}
      {submitBlocked ? (
        <ul className="blocked-reasons" id={`${id}-blocked`}>
          {tooLong.map((c) => (
            <li key={c.id}>{t('composer.blockedTooLong', { channel: c.name })}</li>
          ))}
          {guardBlocked ? <li>{t('composer.blockedGuard')}</li> : null}
        </ul>
      ) : null}

      {mayWrite ? (
        <StickyActions>
          <ErrorMessage error={error} />
          <GuardVerdict
            verdict={guardVerdict}
            overridden={guardVerdict === 'block' && overrideApplies}
            context="composer"
            findings={allFindings}
            empty={nothingAtAll}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={saving || blocked} aria-describedby={blocked ? `${id}-blocked` : undefined}>
              {saving ? t('composer.saving') : t('composer.saveDraft')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={saving || submitBlocked}
              aria-describedby={submitBlocked ? `${id}-blocked` : undefined}
              onClick={() => void save(true)}
            >
              {t('composer.submit')}
            </button>
            <Link to={post ? `/posts/${post.id}` : '/calendar'} className="button button-quiet">
              {post ? t('composer.backToPost') : t('composer.backToCalendar')}
            </Link>
            {mayDelete && !confirmDelete ? (
              <button type="button" className="button button-danger-outline" ref={deleteRef} disabled={saving} onClick={() => setConfirmDelete(true)}>
                {t('composerCheck.deleteDraft')}
              </button>
            ) : null}
          </div>
          {confirmDelete ? (
            <Confirm
              question={t('composerCheck.deleteConfirm')}
              yes={t('composerCheck.deleteYes')}
              no={t('common.cancel')}
              busy={saving}
              returnFocusTo={deleteRef}
              onYes={() => void removeDraft()}
              onNo={() => setConfirmDelete(false)}
            />
          ) : null}
        </StickyActions>
      ) : null}
    </form>
  );
}
