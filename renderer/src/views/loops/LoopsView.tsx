// Loops: the interview loops being prepared for, and the question bank.
import { useState } from 'react';
import { QuestionBank } from './questions/QuestionBank';
import { LoopsTab } from './LoopsTab';
import './loops.css';

type Tab = 'loops' | 'questions';

export function LoopsView() {
  const [tab, setTab] = useState<Tab>('loops');
  return (
    <div className="loops-view">
      <div className="segmented loops-tabs" role="group" aria-label="Show">
        <button
          type="button"
          className="segmented-option"
          aria-pressed={tab === 'loops'}
          onClick={() => setTab('loops')}
        >
          Loops
        </button>
        <button
          type="button"
          className="segmented-option"
          aria-pressed={tab === 'questions'}
          onClick={() => setTab('questions')}
        >
          Question bank
        </button>
      </div>
      {tab === 'loops' ? <LoopsTab /> : <QuestionBank />}
    </div>
  );
}
