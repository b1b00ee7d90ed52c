/**
 * Messages about failed actions ("Couldn't delete the article: …"). Any view can report one;
 * they stack in a corner, are announced to screen readers, and stay until dismissed so a
 * message is never missed.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { toApiError } from '../api';

interface Notice {
  id: number;
  title: string;
  message: string;
}

type Report = (title: string, error: unknown) => void;

const NoticeContext = createContext<Report>(() => undefined);

export function useReportError(): Report {
  return useContext(NoticeContext);
}

/** Reports a data call's failure (a `useCall` error) once per failure, for views with no place to show it. */
export function useReportFailure(title: string, error: unknown): void {
  const report = useReportError();
  useEffect(() => {
    if (error) report(title, error);
  }, [title, error, report]);
}

let nextId = 1;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const report = useCallback<Report>((title, error) => {
    const message = toApiError(error).message;
    // The same failure repeated (a retry loop, a held key) shows once.
    setNotices((list) => (list.some((n) => n.title === title && n.message === message) ? list : [...list.slice(-4), { id: nextId++, title, message }]));
  }, []);

  return (
    <NoticeContext.Provider value={report}>
      {children}
      {notices.length > 0 && (
      <section className="notices" aria-label="Messages">
        {notices.map((notice) => (
          <div key={notice.id} role="alert" className="notice">
            <div>
              <strong className="notice-title">{notice.title}</strong>
              <p className="notice-message">{notice.message}</p>
            </div>
            <button type="button" className="icon-button" aria-label={`Dismiss message: ${notice.title}`} onClick={() => setNotices((list) => list.filter((n) => n.id !== notice.id))}>
              ×
            </button>
          </div>
        ))}
      </section>
      )}
    </NoticeContext.Provider>
  );
}
