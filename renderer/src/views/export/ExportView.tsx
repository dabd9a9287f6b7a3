// Import & export: the Export panel (sheet, book, Markdown, CSV, backup) and the Import panel (preview, then all or
// nothing), side by side on wide windows.
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './import/ImportPanel';
import './export.css';

export function ExportView() {
  return (
    <div className="export-view">
      <ExportPanel />
      <ImportPanel />
    </div>
  );
}
