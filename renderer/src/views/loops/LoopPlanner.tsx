// One loop's plan: Suggest, the board, and the warnings. Every change is saved at once through
// applyLoopPlan (which also records "last used" on the stories) and answered with fresh warnings.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LoopPlanProposal, LoopWarningDto, RoundPlan } from '../../../../shared/api/channels/loops-planning';
import type { Loop } from '../../../../shared/domain/schemas';
import { useApi } from '../../api/api-context';
import { useBank, useBankStore } from '../../data/bank-context';
import { messageOf } from '../../data/bank-store';
import { openStoryInWorkspace } from '../coverage/open-story';
import { moveStory, type BoardMove } from './board-model';
import { PlanBoard } from './PlanBoard';
import { SuggestResult } from './SuggestResult';
import { useBoardHelpers } from './use-board-helpers';
import { WarningsPanel, type WarningFix } from './WarningsPanel';

/** A round's stories after a warning's fix: add, swap or remove one story. */
function fixedRound(
  roundId: string,
  storyIds: readonly string[],
  fix: Exclude<WarningFix, { kind: 'suggest' | 'open-story' }>,
): string[] {
  switch (fix.kind) {
    case 'add':
      return roundId === fix.roundId && !storyIds.includes(fix.storyId) ? [...storyIds, fix.storyId] : [...storyIds];
    case 'swap':
      return roundId === fix.roundId
        ? storyIds.map((id) => (id === fix.storyId ? fix.replacementId : id))
        : [...storyIds];
    case 'remove':
      return fix.roundIds.includes(roundId) ? storyIds.filter((id) => id !== fix.storyId) : [...storyIds];
  }
}

export function LoopPlanner({ loop, onSaved }: { loop: Loop; onSaved: (loop: Loop) => void }) {
  const api = useApi();
  const store = useBankStore();
  const bank = useBank();
  const helpers = useBoardHelpers(loop, bank.byId, bank.frameworks);
  const [warnings, setWarnings] = useState<LoopWarningDto[]>([]);
  const [proposal, setProposal] = useState<LoopPlanProposal | null>(null);
  const [undo, setUndo] = useState<RoundPlan[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.loopWarnings({ loopId: loop.id }).then(
      (r) => {
        if (live) setWarnings(r.warnings);
      },
      (e: unknown) => {
        if (live) setError(messageOf(e));
      },
    );
    return () => {
      live = false;
    };
    // Warnings depend on the stories too; re-read them when the bank's stories change.
  }, [api, loop.id, bank.stories]);

  const current = useCallback(
    (): RoundPlan[] => loop.rounds.map((r) => ({ roundId: r.id, storyIds: [...r.storyIds] })),
    [loop.rounds],
  );

  const apply = useCallback(
    async (rounds: RoundPlan[], remember = true) => {
      setBusy(true);
      setError(null);
      const before = current();
      // Show the move at once; the server's answer replaces it.
      onSaved({
        ...loop,
        rounds: loop.rounds.map((r) => ({
          ...r,
          storyIds: rounds.find((p) => p.roundId === r.id)?.storyIds ?? r.storyIds,
        })),
      });
      try {
        const result = await api.applyLoopPlan({ loopId: loop.id, rounds });
        onSaved(result.loop);
        setWarnings(result.warnings);
        if (remember) setUndo(before);
      } catch (e) {
        onSaved(loop);
        setError(messageOf(e));
      } finally {
        setBusy(false);
      }
    },
    [api, current, loop, onSaved],
  );

  // Suggest saves its plan in the same call (and records "last used"); Undo puts the old plan back.
  const suggest = async (keepAssigned: boolean) => {
    setBusy(true);
    setError(null);
    const before = current();
    try {
      const next = await api.suggestLoopPlan({ loopId: loop.id, keepAssigned, apply: true });
      setProposal(next);
      if (next.loop) onSaved(next.loop);
      if (next.warnings) setWarnings(next.warnings);
      setUndo(before);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const onMove = (move: BoardMove) => void apply(moveStory(loop.rounds, move));

  const onFix = (fix: WarningFix) => {
    if (fix.kind === 'suggest') void suggest(true);
    else if (fix.kind === 'open-story') openStoryInWorkspace(store, fix.storyId);
    else void apply(loop.rounds.map((r) => ({ roundId: r.id, storyIds: fixedRound(r.id, r.storyIds, fix) })));
  };

  const placed = useMemo(() => new Set(loop.rounds.flatMap((r) => r.storyIds)), [loop.rounds]);
  const pool = useMemo(
    () => bank.stories.filter((s) => s.status !== 'retired' && !placed.has(s.id)),
    [bank.stories, placed],
  );
  const stageNames = useMemo(() => new Map(bank.stages.map((s) => [s.id, s.name])), [bank.stages]);

  if (loop.rounds.length === 0) {
    return (
      <p className="loop-hint">
        This loop has no rounds yet. Use “Edit loop” to add the rounds the recruiter described.
      </p>
    );
  }
  return (
    <div className="loop-planner">
      <div className="planner-toolbar">
        <button type="button" className="button primary" disabled={busy} onClick={() => void suggest(false)}>
          Suggest
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || placed.size === 0}
          onClick={() => void suggest(true)}
          title="Keep the stories you placed and fill the remaining focus competencies"
        >
          Fill the gaps
        </button>
        {undo && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              void apply(undo, false);
              setUndo(null);
              setProposal(null);
            }}
          >
            Undo
          </button>
        )}
        <span className="muted small planner-hint">
          Drag stories between rounds, or focus a card and press Space, then the arrow keys.
        </span>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {proposal && (
        <SuggestResult
          proposal={proposal}
          helpers={helpers}
          roundName={(id) => loop.rounds.find((r) => r.id === id)?.name ?? 'a round'}
          onDismiss={() => setProposal(null)}
        />
      )}
      <PlanBoard
        loop={loop}
        pool={pool}
        stageNames={stageNames}
        helpers={helpers}
        onMove={onMove}
        onOpenStory={(id) => openStoryInWorkspace(store, id)}
        side={<WarningsPanel warnings={warnings} helpers={helpers} onFix={onFix} />}
      />
    </div>
  );
}
