// The views need an open bank; without one, the bank-problem screen takes their place. While the
// first check is under way the views render as usual, so a healthy start is not slowed down.
import type { ReactNode } from 'react';
import { useBankStatus } from './bank-status-context';
import { BankProblemScreen } from './BankProblemScreen';

export function BankGate({ children }: { children: ReactNode }) {
  const { status } = useBankStatus();
  if (status.state === 'problem') return <BankProblemScreen problem={status} />;
  return <>{children}</>;
}
