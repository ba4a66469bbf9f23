import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiRequestError, api, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import type { SaveState } from '../hooks/useCampaignSave';
import { usePages } from '../hooks/usePages';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { type CampaignPatchInput, type CampaignPostView, type CampaignTaskView, type CampaignView, type Channel, type Member, TASK_MOMENTS } from '../types';
import { AutoField } from './CampaignFields';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';
import { StatusBadge } from './StatusBadge';

type Save = (patch: CampaignPatchInput, field?: string) => Promise<boolean>;

/** Execution: the plan in words, the tasks (who makes what, for which platform, by when) and the campaign's posts. */
export function CampaignExecutionSection({
  campaign: c,
  state,
  save,
  onChanged,
}: {
  campaign: CampaignView;
  state: SaveState;
  save: Save;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const id = useId();
  const posts = usePages<CampaignPostView>(orgPath(org.id, `/campaigns/${c.id}/posts?limit=50`), 'list');
  const changed = () => {
    onChanged();
    posts.reload();
  };
  return (
    <>
      <section className="card" aria-labelledby={`${id}-plan`}>
        <h2 id={`${id}-plan`}>{t('campaigns.section.plan')}</h2>
        <AutoField
          label={t('campaigns.field.plan')}
          hint={t('campaigns.hint.plan')}
          value={c.execution.plan ?? ''}
          type="textarea"
          field="execution"
          state={state}
          onSave={(v) => void save({ execution: { plan: v } }, 'execution')}
        />
      </section>
      <CampaignTasks campaign={c} onChanged={changed} />
      <section className="card" aria-labelledby={`${id}-posts`}>
        <h2 id={`${id}-posts`}>{t('campaigns.section.posts')}</h2>
        <p className="hint">{t('campaigns.hint.posts')}</p>
        {posts.error ? <ErrorMessage error={posts.error} /> : null}
        {!posts.loading && posts.items.length === 0 ? <p className="empty-state">{t('campaigns.noPosts')}</p> : null}
        {TASK_MOMENTS.map((m) => {
          const group = posts.items.filter((p) => p.moment === m);
          if (!group.length) return null;
          return (
            <div key={m} className="campaign-post-group">
              <h3>{t(`campaigns.moment.${m}`)}</h3>
              <ul>
                {group.map((p) => (
                  <li key={p.id} data-testid="campaign-post">
                    <StatusBadge status={p.status} /> <Link to={`/posts/${p.id}`}>{p.text.slice(0, 80) || t('campaigns.untitled')}</Link>{' '}
                    <span className="muted">{p.scheduledLocal ? p.scheduledLocal.replace('T', ' ') : t('campaigns.unplanned')}</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        {posts.hasMore ? (
          <button type="button" className="button" onClick={posts.loadMore}>
            {t('campaigns.more')}
          </button>
        ) : null}
      </section>
    </>
  );
}

function CampaignTasks({ campaign: c, onChanged }: { campaign: CampaignView; onChanged: () => void }) {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const announce = useAnnounce();
  const id = useId();
  const write = can(role, 'post.write');
  const path = orgPath(org.id, `/campaigns/${c.id}/tasks`);
  const tasks = usePages<CampaignTaskView>(`${path}?limit=50`, 'list');
  const members = useApiData<Member[]>(orgPath(org.id, '/members'));
  const channels = useApiData<Channel[]>(orgPath(org.id, '/channels'));
  const blank = { title: '', channelId: '', moment: 'before', ownerId: '', dueLocal: '' };
  const [form, setForm] = useState(blank);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const fieldError = (f: string) => (error instanceof ApiRequestError ? error.field(f) : undefined);
  const channelName = (cid: string | null) => channels.data?.find((ch) => ch.id === cid)?.name;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api.post<CampaignTaskView>(path, {
        title: form.title.trim(),
        channelId: form.channelId || null,
        moment: form.moment,
        ownerId: form.ownerId || null,
        dueLocal: form.dueLocal || null,
      });
      announce(t('campaigns.taskAdded', { title: form.title.trim() }));
      setForm(blank);
      tasks.reload();
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const act = async (task: CampaignTaskView, run: () => Promise<unknown>, message: string) => {
    setBusy(task.id);
    setError(null);
    try {
      await run();
      announce(message);
      tasks.reload();
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const select = (name: 'channelId' | 'moment' | 'ownerId', options: { id: string; label: string }[], none?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t(`campaigns.task.${name}`)}</label>
      <select
        id={`${id}-${name}`}
        value={form[name]}
        aria-invalid={fieldError(name) ? true : undefined}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      >
        {none ? <option value="">{none}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-${name}-error`} message={fieldError(name)} />
    </div>
  );

  return (
    <section className="card" aria-labelledby={`${id}-tasks`}>
      <h2 id={`${id}-tasks`}>{t('campaigns.section.tasks')}</h2>
      <p className="hint">{t('campaigns.hint.tasks', { zone: org.timeZone })}</p>
      {tasks.error ? <ErrorMessage error={tasks.error} /> : null}
      {!tasks.loading && tasks.items.length === 0 ? <p className="empty-state">{t('campaigns.noTasks')}</p> : null}
      <ul className="campaign-tasks">
        {tasks.items.map((task) => (
          <li key={task.id} className={task.done ? 'is-done' : undefined} data-testid="campaign-task">
            <div className="checkbox-field">
              <input
                id={`${id}-done-${task.id}`}
                type="checkbox"
                checked={task.done}
                disabled={!write}
                onChange={(e) => {
                  const done = e.target.checked;
                  // Shown at once; the reload after the save settles it.
                  tasks.update((all) => all.map((x) => (x.id === task.id ? { ...x, done } : x)));
                  void act(task, () => api.patch(`${path}/${task.id}`, { done }), t(done ? 'campaigns.taskDone' : 'campaigns.taskOpen', { title: task.title }));
                }}
              />
              <label htmlFor={`${id}-done-${task.id}`}>{task.title}</label>
            </div>
            <p className="small">
              {t(`campaigns.moment.${task.moment}`)}
              {task.channelId ? ` · ${channelName(task.channelId) ?? ''}` : ''}
              {task.ownerName ? ` · ${t('campaigns.task.by', { name: task.ownerName })}` : ''}
              {task.dueLocal ? ` · ${t('campaigns.task.due', { when: task.dueLocal.replace('T', ' ') })}` : ''}
            </p>
            {task.postId ? (
              <p className="small">
                <Link to={`/posts/${task.postId}`}>{t('campaigns.task.openDraft', { title: task.title })}</Link>{' '}
                {task.postStatus ? <StatusBadge status={task.postStatus} /> : null}
              </p>
            ) : write && task.channelId ? (
              <button
                type="button"
                className="button button-small"
                disabled={busy === task.id}
                onClick={() => void act(task, () => api.post(`${path}/${task.id}/draft`), t('campaigns.task.draftMade', { title: task.title }))}
              >
                {t('campaigns.task.makeDraft', { title: task.title })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {tasks.hasMore ? (
        <button type="button" className="button" onClick={tasks.loadMore}>
          {t('campaigns.more')}
        </button>
      ) : null}
      {error && !['title', 'channelId', 'ownerId', 'dueLocal', 'moment'].some(fieldError) ? <ErrorMessage error={error} /> : null}
      {write ? (
        <form onSubmit={(e) => void add(e)} noValidate className="campaign-task-form">
          <h3>{t('campaigns.task.add')}</h3>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('campaigns.task.title')}</label>
            <input
              id={`${id}-title`}
              type="text"
              value={form.title}
              required
              maxLength={300}
              aria-invalid={fieldError('title') ? true : undefined}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
            />
            <FieldError id={`${id}-title-error`} message={fieldError('title')} />
          </div>
          <div className="field-row">
            {select(
              'ownerId',
              (members.data ?? []).map((m) => ({ id: m.userId, label: m.name })),
              t('campaigns.task.nobody'),
            )}
            {select(
              'channelId',
              (channels.data ?? []).map((ch) => ({ id: ch.id, label: ch.name })),
              t('campaigns.task.noChannel'),
            )}
            {select(
              'moment',
              TASK_MOMENTS.map((m) => ({ id: m, label: t(`campaigns.moment.${m}`) })),
            )}
            <div className="field">
              <label htmlFor={`${id}-due`}>{t('campaigns.task.dueLocal')}</label>
              <input
                id={`${id}-due`}
                type="datetime-local"
                value={form.dueLocal}
                aria-invalid={fieldError('dueLocal') ? true : undefined}
                onChange={(e) => setForm({ ...form, dueLocal: e.target.value })}
              />
              <FieldError id={`${id}-due-error`} message={fieldError('dueLocal')} />
            </div>
          </div>
          <button type="submit" className="button">
            {t('campaigns.task.addButton')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
