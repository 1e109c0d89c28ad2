import { QueryClient } from '@tanstack/react-query';

/**
 * The app's one cache of server data. Failures are not retried here: the client already waits
 * and retries a "busy" answer (503) itself, saying so meanwhile, and any other failure is the
 * page's to show. Nothing is reloaded behind the user's back when the window regains focus:
 * a page reloads what an action changed, and the task list looks for new work on its own.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** The keys of what the inbox caches, so a change invalidates exactly what it touched. */
export const inboxKeys = {
  tasks: ['inbox', 'tasks'] as const,
  taskList: (filter: string) => ['inbox', 'tasks', filter] as const,
  changes: (since: string | null) => ['inbox', 'changes', since] as const,
  /**
   * The saved filters with their counts, and the bell: under the task lists' key, so whatever
   * refreshes the lists (a live inbox event, an action, a language switch) refreshes them too.
   */
  filters: ['inbox', 'tasks', 'filters'] as const,
  bell: ['inbox', 'tasks', 'bell'] as const,
  bellUnread: ['inbox', 'tasks', 'bell', 'unread'] as const,
  bellPage: (page: number) => ['inbox', 'tasks', 'bell', 'page', page] as const,
  processes: ['engine', 'process-definitions'] as const,
  bulkCompletable: ['inbox', 'bulk-completable'] as const,
  task: (taskId: string) => ['engine', 'task', taskId] as const,
  userName: (userId: string) => ['directory', 'user-name', userId] as const,
  caseFiles: (processInstanceId: string) => ['inbox', 'case', processInstanceId] as const,
  timeline: (processInstanceId: string) => ['inbox', 'timeline', processInstanceId] as const,
  colleagues: (taskId: string) => ['inbox', 'colleagues', taskId] as const,
  deadline: (taskId: string) => ['inbox', 'deadline', taskId] as const,
  /** A task's form and its variables: loaded once per visit of the task (never with the task itself). */
  taskForm: (taskId: string, hasForm: boolean) => ['engine', 'task-form', taskId, hasForm] as const,
  processXml: (definitionId: string) => ['engine', 'process-xml', definitionId] as const,
};

/** The keys of what the public pages cache: a status or a document by what the visitor typed. */
export const publicKeys = {
  status: (reference: string, code: string) => ['public', 'status', reference, code] as const,
  answers: (query: string, page: number) => ['public', 'answers', query, page] as const,
  document: (code: string) => ['public', 'document', code] as const,
};

/** The keys of what the hotline figures' pages cache. */
export const figuresKeys = {
  report: (filter: object) => ['figures', 'hotline', filter] as const,
  cases: (filter: object, state: string) => ['figures', 'hotline', 'cases', filter, state] as const,
  published: ['public', 'figures', 'hotline'] as const,
};

/** The keys of what the administrators' pages cache. */
export const adminKeys = {
  plugins: ['admin', 'plugins'] as const,
  deployments: ['admin', 'deployments'] as const,
  holidays: (year: number) => ['admin', 'holidays', year] as const,
};

/** The keys of what starting a case and its receipt cache. */
export const caseKeys = {
  startable: (userId: string) => ['engine', 'startable', userId] as const,
  startForm: (processKey: string) => ['engine', 'start-form', processKey] as const,
  receipt: (processInstanceId: string) => ['inbox', 'receipt', processInstanceId] as const,
};

/**
 * The keys of "My cases", following a case and the print views. The list sits under the task
 * lists' key, so whatever refreshes them (a live inbox event, a completed task) refreshes it too.
 */
/** The failed messages of the cases a supervisor or the Office oversees, page by page. */
export const failedMessagesKeys = {
  all: ['inbox', 'failed-messages'] as const,
  page: (after: string | undefined) => ['inbox', 'failed-messages', after ?? ''] as const,
};

export const myCasesKeys = {
  list: ['inbox', 'tasks', 'my-cases'] as const,
  page: (filter: string) => ['inbox', 'tasks', 'my-cases', filter] as const,
  following: (caseId: string) => ['inbox', 'following', caseId] as const,
  documents: (caseId: string) => ['inbox', 'documents', caseId] as const,
  letter: (caseId: string) => ['inbox', 'letter', caseId] as const,
};
