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
  processes: ['engine', 'process-definitions'] as const,
  task: (taskId: string) => ['engine', 'task', taskId] as const,
  userName: (userId: string) => ['directory', 'user-name', userId] as const,
  caseFiles: (processInstanceId: string) => ['inbox', 'case', processInstanceId] as const,
  timeline: (processInstanceId: string) => ['inbox', 'timeline', processInstanceId] as const,
};
