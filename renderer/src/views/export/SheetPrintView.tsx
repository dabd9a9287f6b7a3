// The story sheet as a printable page, drawn from the planner's layout with the same sizes as the .docx: page size,
// margins, column widths, cell padding, font sizes and exact line heights, all in points. Hidden on screen; when the
// page is printed (the browser's print dialog, or Electron's printToPDF in the desktop app) it is the only thing
// printed. Sizes are set through React's style property (CSSOM), which the app's CSP allows; the static rules
// (@page, what prints) live in sheet-print.css.
import type { CSSProperties, ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { SheetLayoutDto } from '#shared/api/channels/exports';
import {
  HEADER,
  LOOP_MAP_SEPARATOR,
  NUMBER_SEPARATOR,
  ROW_RULE_PT,
  TAG_SEPARATOR,
  type LineStyle,
} from '#shared/sheet/index';
import './sheet-print.css';

type Story = SheetLayoutDto['stories'][number];

const pt = (n: number) => `${n}pt`;

function lineStyle(style: LineStyle): CSSProperties {
  return { fontSize: pt(style.sizePt), lineHeight: pt(style.linePt), fontWeight: style.bold ? 700 : 400 };
}

/** A card paragraph: the label in the hanging indent, the text wrapped beside it (as the .docx tab stop does). */
function Labelled(props: {
  label: string;
  labelClass?: string;
  style: LineStyle;
  indentPt: number;
  children: ReactNode;
}) {
  return (
    <div
      className="sp-line"
      style={{ ...lineStyle(props.style), gridTemplateColumns: `${pt(props.indentPt)} minmax(0, 1fr)` }}
    >
      <span className={props.labelClass ?? 'sp-label'}>{props.label}</span>
      <span>{props.children}</span>
    </div>
  );
}

function Card({ story, layout }: { story: Story; layout: SheetLayoutDto }) {
  const { tier, indentPt } = layout;
  const numberStyle: LineStyle = { ...tier.meta, bold: true };
  return (
    <>
      <Labelled label={String(story.number)} style={tier.title} indentPt={indentPt}>
        {story.title}
      </Labelled>
      {story.tags.length > 0 && (
        <Labelled label="" style={tier.meta} indentPt={indentPt}>
          <span className="sp-muted">{story.tags.join(TAG_SEPARATOR)}</span>
        </Labelled>
      )}
      {story.cues.map((cue) => (
        <Labelled key={cue.field} label={cue.label} style={{ ...tier.body, bold: false }} indentPt={indentPt}>
          {cue.text}
        </Labelled>
      ))}
      {story.numbers.length > 0 && (
        <Labelled label="#" labelClass="sp-label sp-number" style={numberStyle} indentPt={indentPt}>
          <span className="sp-number">
            {story.numbers.map((n, i) => (
              <span key={i}>
                {i > 0 && NUMBER_SEPARATOR}
                {/* A key number never wraps inside ("310 ms → 95 ms", "2-year"). */}
                <span className="sp-keep">{n}</span>
              </span>
            ))}
          </span>
        </Labelled>
      )}
    </>
  );
}

/** The page itself (exported for tests); `SheetPrintView` puts it where printing finds it. */
export function SheetPage({ layout }: { layout: SheetLayoutDto }) {
  const { tier } = layout;
  const rows: Story[][] = [];
  for (let i = 0; i < layout.stories.length; i += tier.columns) rows.push(layout.stories.slice(i, i + tier.columns));
  const columnWidth = layout.contentWidthPt / tier.columns;
  return (
    <div
      className="sheet-page"
      data-testid="sheet-print"
      data-paper={layout.paper}
      data-stories={layout.stories.length}
      style={{ width: pt(layout.widthPt), padding: pt(layout.marginPt) }}
    >
      <div style={lineStyle(layout.header.nameStyle)}>{layout.header.name}</div>
      <div
        className="sp-subline"
        style={{
          ...lineStyle(layout.header.sublineStyle),
          paddingBottom: pt(HEADER.ruleGapPt),
          borderBottomWidth: pt(HEADER.ruleWidthPt),
          marginBottom: pt(HEADER.afterPt),
        }}
      >
        {layout.header.subline}
      </div>
      {layout.loopMap && (
        <div style={{ ...lineStyle({ ...layout.loopMap.style, bold: true }), marginBottom: pt(HEADER.loopMapAfterPt) }}>
          {layout.loopMap.entries.map((e, i) => (
            <span key={i}>
              {i > 0 && <span className="sp-faint">{LOOP_MAP_SEPARATOR}</span>}
              <span className="sp-muted">{e.round} </span>
              <span className="sp-label">{e.stories}</span>
            </span>
          ))}
        </div>
      )}
      <table className="sp-table" style={{ width: pt(columnWidth * tier.columns) }}>
        <colgroup>
          {Array.from({ length: tier.columns }, (_, c) => (
            <col key={c} style={{ width: pt(columnWidth) }} />
          ))}
        </colgroup>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {Array.from({ length: tier.columns }, (_, c) => (
                <td
                  key={c}
                  style={{
                    padding: `${pt(tier.padTopPt)} ${pt(tier.padSidePt)} ${pt(tier.padBottomPt)}`,
                    borderBottomWidth: pt(ROW_RULE_PT),
                  }}
                >
                  {row[c] && <Card story={row[c]} layout={layout} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Mounts the page at the end of <body>, outside the app, so print CSS can print it alone. */
export function SheetPrintView({ layout }: { layout: SheetLayoutDto }) {
  return createPortal(
    <div className={`sheet-print-root sheet-paper-${layout.paper}`}>
      <SheetPage layout={layout} />
    </div>,
    document.body,
  );
}
