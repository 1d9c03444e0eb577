import { useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { HomeTask, Language } from '@sstc/shared';
import { useSocket } from '../../../app/realtime-provider.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { formatDate } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { homeQuery } from '../api/home.api.js';

/**
 * "What needs you now": each task a sentence with its link, those of no edition first, then each
 * current edition's. Read again when the server says the home changed (a report in a moderated
 * room) or a notification arrives.
 */
export function HomeTasks() {
  const { t, i18n } = useTranslation('home');
  const language = i18n.language as Language;
  const client = useQueryClient();
  const socket = useSocket();
  const home = useQuery(homeQuery);

  useEffect(() => {
    if (!socket) return;
    const refresh = () => void client.invalidateQueries({ queryKey: homeQuery.queryKey });
    socket.on('home:changed', refresh);
    socket.on('notification:new', refresh);
    return () => {
      socket.off('home:changed', refresh);
      socket.off('notification:new', refresh);
    };
  }, [socket, client]);

  if (home.isPending) return null;
  if (home.isError) return <ErrorAlert error={home.error} />;
  const editions = home.data.editions.filter((edition) => edition.tasks.length > 0);
  return (
    <section className="card stack-tight" aria-labelledby="home-tasks-title" data-testid="home-tasks">
      <h2 id="home-tasks-title">{t('title')}</h2>
      {home.data.tasks.length === 0 && editions.length === 0 && <p>{t('nothing')}</p>}
      {home.data.tasks.length > 0 && <TaskList tasks={home.data.tasks} defaultLanguage={language} />}
      {editions.map((edition) => {
        const title = localized(edition.title, language, edition.defaultLanguage);
        return (
          <div key={edition.id} className="stack-tight" data-testid="home-edition">
            <h3 lang={title.lang}>{title.value}</h3>
            <TaskList tasks={edition.tasks} defaultLanguage={edition.defaultLanguage} />
          </div>
        );
      })}
    </section>
  );
}

function TaskList({ tasks, defaultLanguage }: { tasks: HomeTask[]; defaultLanguage: Language }) {
  return (
    <ul className="task-list">
      {tasks.map((task, index) => (
        <li key={`${task.kind}-${index}`} data-kind={task.kind} className={task.urgent ? 'task-urgent' : undefined}>
          <Task task={task} defaultLanguage={defaultLanguage} />
        </li>
      ))}
    </ul>
  );
}

function Task({ task, defaultLanguage }: { task: HomeTask; defaultLanguage: Language }) {
  const { t, i18n } = useTranslation(['home', 'surveys']);
  const language = i18n.language as Language;
  const { timeZone } = useSignedInUser();
  const when = !task.at
    ? ''
    : task.at.length === 10
      ? formatDate(task.at, language)
      : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(task.at));
  const send = task.send
    ? [task.send.surveyKind ? t(`surveys:kinds.${task.send.surveyKind}`) : null, t(`home:sends.${task.send.kind}`)].filter(Boolean).join(' – ')
    : '';
  const text = t(`home:tasks.${task.kind}`, {
    number: task.count ?? 0,
    total: task.total ?? 0,
    title: task.title ? localized(task.title, language, defaultLanguage).value : '',
    label: task.label ?? '',
    date: when,
    send,
  });
  return (
    <>
      <Link to={task.link}>{text}</Link>
      {task.urgent && <strong className="badge badge-warning">{t('home:urgent')}</strong>}
    </>
  );
}
