// Renders settings-level components inside the providers the app gives them.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { StorybankApi } from '#shared/api/contract';
import { ApiProvider } from '../../../renderer/src/api/api-context';
import { BankStatusProvider, CurrentBankProvider } from '../../../renderer/src/bank-status/bank-status-context';

export function renderWithBank(api: StorybankApi, ui: ReactNode): RenderResult {
  return render(
    <ApiProvider api={api}>
      <BankStatusProvider>
        <CurrentBankProvider>{ui}</CurrentBankProvider>
      </BankStatusProvider>
    </ApiProvider>,
  );
}
