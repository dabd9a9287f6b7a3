// The insights column next to the editor: readiness, the three meters and the issues panel.
import type { StoryReport } from '../../../../../shared/analysis/types';
import type { Story } from '../../../../../shared/domain/schemas';
import { speakingSeconds } from '../../../data/story-analysis';
import { IssuesPanel, type PanelFinding } from './IssuesPanel';
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
}

export function StoryInsights({ story, report, findings, onSelectFinding, target }: StoryInsightsProps) {
  return (
    <aside className="story-insights" aria-label="Story insights">
      <ReadinessCard score={report.score} />
      <section className="insight-card meters" aria-label="Meters">
        <SpeakingTimeMeter seconds={speakingSeconds(report)} target={target} />
        <PronounMeter counts={countPronouns(story)} />
        <SectionBalanceBar balance={report.balance} />
      </section>
      <IssuesPanel findings={findings} onSelect={onSelectFinding} />
    </aside>
  );
}
