import type { ReactNode } from 'react';

/** What went wrong, said where the person is looking and announced to screen readers; nothing when all is well. */
export function Alert({ children }: { children?: ReactNode }) {
  if (children === undefined || children === null || children === false || children === '') return null;
  return (
    <p role="alert" className="alert">
      {children}
    </p>
  );
}
