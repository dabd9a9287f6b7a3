// Settings: profile, practice target, sheet paper size, theme, interview stages, the bank file and
// its backups, and About. Each section loads and saves on its own, with its own saved/error line.
import { AboutSection } from './AboutSection';
import { BackupsSection } from './BackupsSection';
import { BankFileSection } from './BankFileSection';
import { PaperSizeSection } from './PaperSizeSection';
import { PracticeTargetSection } from './PracticeTargetSection';
import { ProfileSection } from './ProfileSection';
import { StagesSection } from './StagesSection';
import { ThemeSection } from './ThemeSection';
import './settings.css';

export function SettingsView() {
  return (
    <div className="settings-view">
      <div className="settings-column">
        <ProfileSection />
        <PracticeTargetSection />
        <PaperSizeSection />
        <ThemeSection />
        <StagesSection />
      </div>
      <div className="settings-column">
        <BankFileSection />
        <BackupsSection />
        <AboutSection />
      </div>
    </div>
  );
}
