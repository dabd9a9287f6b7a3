// One loop's plan: Suggest, the board, and the warnings. Every change is saved at once through the
// store's applyLoopPlan (which also records "last used" on the stories); the warnings are computed
// here from the store (shared/loops), so they follow unsaved edits too.
import { useCallback, useMemo, useState } from 'react';
import type { LoopPlanProposal, RoundPlan } from '#shared/api/channels/loops';
import type { InterviewEntry, Loop } from '#shared/domain/schemas';
import { draftEntryFromRound, toldBefore } from '#shared/interview-log/index';
import { localIsoDate } from '#shared/practice/calendar';
import { LogEntryDialog, type LogEntryTarget } from '../companies/log-entry/LogEntryDialog';
import { OUTCOME_LABEL } from '../companies/log-entry/entry-form';
import { formatLoopDate } from './LoopList';
import { ToldBeforeNotes } from './ToldBeforeNotes';
import { loopWarningList } from '#shared/loops/plan-dto';
import { roundFocus } from '#shared/loops/round-focus';
import { useBank, useBankStore } from '../../data/bank-context';
import { storyReadiness } from '../../data/story-analysis';
import { errorMessage } from '#shared/api/errors';
import { openStoryInWorkspace } from '../coverage/open-story';
import { moveStory, type BoardMove } from './board-model';
import { PlanBoard } from './PlanBoard';
import { SuggestResult } from './SuggestResult';
import { useBoardHelpers } from './use-board-helpers';
import { WarningsPanel, type WarningFix } from './WarningsPanel';
import { startAction } from '../../app/start-action';

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

export function LoopPlanner({ loop }: { loop: Loop }) {
  const store = useBankStore();
  const bank = useBank();
  const helpers = useBoardHelpers(loop, bank.byId, bank.frameworks);
  const [proposal, setProposal] = useState<LoopPlanProposal | null>(null);
  const [undo, setUndo] = useState<RoundPlan[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Trashed stories count too: a round holding one is warned about.
  const warnings = useMemo(
    () =>
      loopWarningList(
        {
          stories: [...bank.stories, ...bank.trash],
          loops: bank.loops,
          frameworks: bank.frameworks,
          settings: bank.settings,
          interviews: bank.interviews,
        },
        loop,
        storyReadiness,
      ),
    [bank.stories, bank.trash, bank.loops, bank.frameworks, bank.settings, bank.interviews, loop],
  );

  const current = useCallback(
    (): RoundPlan[] => loop.rounds.map((r) => ({ roundId: r.id, storyIds: [...r.storyIds] })),
    [loop.rounds],
  );

  /** Saves a plan; false (with the error shown) when it could not be saved. */
  const apply = useCallback(
    async (rounds: RoundPlan[], remember = true): Promise<boolean> => {
      setBusy(true);
      setError(null);
      const before = current();
      try {
        // The store shows the move at once; the server's answer replaces it.
        await store.applyLoopPlan({ loopId: loop.id, rounds });
        if (remember) setUndo(before);
        return true;
      } catch (e) {
        setError(errorMessage(e));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [store, current, loop.id],
  );

  // Suggest saves its plan in the same call (and records "last used"); Undo puts the old plan back.
  const suggest = async (keepAssigned: boolean) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    const before = current();
    try {
      const next = await store.suggestLoopPlan({ loopId: loop.id, keepAssigned, apply: true });
      setProposal(next);
      const unchanged = next.rounds.every(
        (r) => before.find((b) => b.roundId === r.roundId)?.storyIds.join() === r.storyIds.join(),
      );
      if (keepAssigned && unchanged) {
        // Nothing to undo: say so instead of doing nothing silently.
        setNotice(
          next.emptyRounds.length > 0 || next.uncovered.length > 0
            ? 'Fill the gaps found no free story that fits the remaining gaps; see why below.'
            : 'Fill the gaps found nothing to add: every round already has its stories.',
        );
      } else setUndo(before);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const onMove = (move: BoardMove) => startAction(apply(moveStory(loop.rounds, move)));

  const onFix = (fix: WarningFix) => {
    if (fix.kind === 'suggest') startAction(suggest(true));
    else if (fix.kind === 'open-story') openStoryInWorkspace(store, fix.storyId);
    else startAction(apply(loop.rounds.map((r) => ({ roundId: r.id, storyIds: fixedRound(r.id, r.storyIds, fix) }))));
  };

  const placed = useMemo(() => new Set(loop.rounds.flatMap((r) => r.storyIds)), [loop.rounds]);
  const pool = useMemo(
    () => bank.stories.filter((s) => s.status !== 'retired' && !placed.has(s.id)),
    [bank.stories, placed],
  );
  const emptyReasons = useMemo(
    () => new Map((proposal?.emptyRounds ?? []).map((e) => [e.roundId, e.reason])),
    [proposal],
  );
  const stageNames = useMemo(() => new Map(bank.stages.map((s) => [s.id, s.name])), [bank.stages]);

  // The interview log: a round with an entry is done; the others are still being prepared, and hear
  // about the stories already told at this company (with the numbers said then and now).
  const [logTarget, setLogTarget] = useState<LogEntryTarget | null>(null);
  const [logged, setLogged] = useState<string | null>(null);
  const doneRounds = useMemo(() => {
    const done = new Map<string, InterviewEntry>();
    for (const e of bank.interviews)
      if (e.loopId === loop.id && e.roundId && (done.get(e.roundId)?.date ?? '') <= e.date) done.set(e.roundId, e);
    return done;
  }, [bank.interviews, loop.id]);
  const toldBeforeByRound = useMemo(() => {
    const log = { stories: [...bank.stories, ...bank.trash], interviews: [...bank.interviews] };
    return new Map(
      loop.rounds
        .filter((r) => !doneRounds.has(r.id) && r.storyIds.length > 0)
        .map((r) => [r.id, toldBefore(log, loop.company, r.storyIds, { roundId: r.id })]),
    );
  }, [bank.stories, bank.trash, bank.interviews, loop.rounds, loop.company, doneRounds]);
  const markDone = (roundId: string) => {
    setLogged(null);
    try {
      const fields = draftEntryFromRound(
        { loops: [...bank.loops], stories: [...bank.stories] },
        loop.id,
        roundId,
        localIsoDate(new Date()),
      );
      setLogTarget({ kind: 'new', fields, title: `Mark “${fields.roundName || 'Round'}” as done` });
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const roundExtras = (round: Loop['rounds'][number], index: number) => {
    const entry = doneRounds.get(round.id);
    const label = round.name || `round ${index + 1}`;
    return {
      head: entry ? (
        <span className="round-done">
          <span className={`round-done-badge outcome-${entry.outcome}`}>
            Done {formatLoopDate(entry.date)} · {OUTCOME_LABEL[entry.outcome]}
          </span>
          <button
            type="button"
            className="link-button small"
            aria-label={`Edit log: ${label}`}
            onClick={() => setLogTarget({ kind: 'edit', entry })}
          >
            Edit log
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="button small-button round-done-button"
          aria-label={`Mark round as done: ${label}`}
          onClick={() => markDone(round.id)}
        >
          Mark round as done
        </button>
      ),
      foot: (
        <ToldBeforeNotes warnings={toldBeforeByRound.get(round.id) ?? []} title={helpers.title} roundLabel={label} />
      ),
      done: entry !== undefined,
    };
  };

  const focusAhead = loop.rounds.some((r) => !doneRounds.has(r.id) && roundFocus(loop, r).length > 0);

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
        <button type="button" className="button primary" disabled={busy} onClick={() => startAction(suggest(false))}>
          Suggest
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || placed.size === 0}
          onClick={() => startAction(suggest(true))}
          title="Keep the stories you placed and fill the remaining focus competencies"
        >
          Fill the gaps
        </button>
        {undo && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              // Undo stays offered until the old plan is saved: a failed undo can be tried again.
              startAction(
                apply(undo, false).then((undone) => {
                  if (!undone) return;
                  setUndo(null);
                  setProposal(null);
                }),
              )
            }
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
      {notice && (
        <p className="muted small" role="status" data-testid="fill-notice">
          {notice}
        </p>
      )}
      {logged && (
        <p className="muted small" role="status" data-testid="logged-notice">
          {logged}
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
        side={<WarningsPanel warnings={warnings} helpers={helpers} onFix={onFix} hasFocus={focusAhead} />}
        emptyReasons={emptyReasons}
        roundExtras={roundExtras}
      />
      <LogEntryDialog
        target={logTarget}
        onClose={() => setLogTarget(null)}
        onSaved={(entry) =>
          setLogged(
            `Logged the ${entry.roundName} round at ${entry.company}. See it in Companies; later rounds here will remind you what you told.`,
          )
        }
      />
    </div>
  );
}
