// The insights column next to the editor: readiness, the three meters and the issues panel.
import type { StoryReport } from '#shared/analysis/types';
import type { Story } from '#shared/domain/schemas';
import { speakingSeconds } from '../../../data/story-analysis';
import type { Anchor, FollowUp, SignalEvidence, SignalId, StorySignals } from '#shared/analysis/index';
import { FollowUpsPanel } from './FollowUpsPanel';
import { IssuesPanel, type PanelFinding } from './IssuesPanel';
import { SignalsChecklist } from './SignalsChecklist';
import { PronounMeter } from './PronounMeter';
import { countPronouns } from './pronouns';
import { ReadinessCard } from './ReadinessCard';
import { SectionBalanceBar } from './SectionBalanceBar';
import { SpeakingTimeMeter } from './SpeakingTimeMeter';
import './insights.css';

export interface StoryInsightsProps {
  story: Story;
  report: StoryReport;
  findings: readonly PanelFinding[];
  onSelectFinding: (f: PanelFinding) => void;
  target: { min: number; max: number };
  signals: StorySignals;
  neededSignals: ReadonlyMap<SignalId, readonly string[]>;
  activeSignal: SignalId | null;
  onShowEvidence: (id: SignalId | null, evidence: readonly SignalEvidence[]) => void;
  followUps: readonly FollowUp[];
  onShowAnchor: (anchor: Anchor) => void;
}

export function StoryInsights(props: StoryInsightsProps) {
  const { story, report, findings, onSelectFinding, target } = props;
  return (
    <aside className="story-insights" aria-label="Story insights">
      <ReadinessCard score={report.score} />
      <SignalsChecklist
        signals={props.signals}
        neededBy={props.neededSignals}
        active={props.activeSignal}
        onShowEvidence={props.onShowEvidence}
      />
      <section className="insight-card meters" aria-label="Meters">
        <SpeakingTimeMeter seconds={speakingSeconds(report)} target={target} />
        <PronounMeter counts={countPronouns(story)} />
        <SectionBalanceBar balance={report.balance} />
      </section>
      <IssuesPanel findings={findings} onSelect={onSelectFinding} />
      <FollowUpsPanel followUps={props.followUps} onShowAnchor={props.onShowAnchor} />
    </aside>
  );
}
