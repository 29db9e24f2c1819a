package org.dssamap.render.report;

/** The report's style sheet, inlined in the page: system fonts only, so that nothing is fetched. */
final class Stylesheet {
  private Stylesheet() {}

  /** The CSS. */
  static final String CSS = """
      :root { --ink: #1d2330; --muted: #5b6475; --line: #d9dee7; --band: #f4f6fa; --accent: #24588f;
              --verified: #2e7d32; --claimed: #b26a00; --disputed: #c62828; --uncovered: #c62828;
              --unverified: #b26a00; }
      * { box-sizing: border-box; }
      body { margin: 0 auto; max-width: 1280px; padding: 24px 32px 48px; color: var(--ink); background: #fff;
             font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
      header { border-bottom: 3px solid var(--accent); padding-bottom: 8px; margin-bottom: 12px; }
      h1 { font-size: 28px; margin: 0 0 4px; }
      h2 { font-size: 20px; margin: 32px 0 6px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
      .count { display: inline-block; min-width: 1.8em; padding: 0 6px; margin-left: 6px; border-radius: 10px;
               background: var(--band); color: var(--muted); font-size: 14px; text-align: center;
               vertical-align: middle; }
      .meta, .explain, .small, footer { color: var(--muted); }
      .meta { margin: 0; }
      .small { font-size: 13px; margin: 2px 0; }
      nav { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 14px; margin-bottom: 8px; }
      a { color: var(--accent); text-decoration: none; }
      a:hover { text-decoration: underline; }
      code { font: 13px ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; color: var(--muted); }
      .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; }
      .tile { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--band); }
      .tile .number { display: block; font-size: 28px; font-weight: 600; }
      .tile .what { display: block; font-size: 13px; color: var(--muted); }
      .picture { margin: 0; padding: 8px; border: 1px solid var(--line); border-radius: 8px; text-align: center; }
      .picture svg { max-width: 100%; height: auto; }
      table { border-collapse: collapse; width: 100%; font-size: 14px; }
      th, td { text-align: left; vertical-align: top; padding: 5px 10px; border-bottom: 1px solid var(--line); }
      th { background: var(--band); font-weight: 600; }
      tbody tr:nth-child(even) { background: #fafbfd; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr:target { background: #fff6d6; }
      .badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600;
               color: #fff; background: var(--muted); }
      .badge.verified { background: var(--verified); }
      .badge.claimed, .badge.unverified { background: var(--claimed); }
      .badge.disputed, .badge.uncovered { background: var(--disputed); }
      .none { color: var(--muted); font-style: italic; }
      details > summary { cursor: pointer; color: var(--accent); margin: 4px 0 8px; }
      dl.definitions dt { font-weight: 600; margin-top: 14px; }
      dl.definitions dd { margin: 2px 0 0 0; padding-left: 14px; border-left: 3px solid var(--line); }
      dl.definitions dd p { margin: 2px 0; }
      footer { margin-top: 40px; padding-top: 8px; border-top: 1px solid var(--line); font-size: 13px; }
      details.more { display: inline; }
      details.more > summary { display: inline; margin: 0; }
      /* Printed: the pictures on landscape pages of their own (A4 or Letter), as wide as the page; tables never
         split a row and repeat their header; folded lists print open; nothing scrolls or hides. */
      @page { margin: 12mm; }
      @page picture { size: landscape; margin: 8mm; }
      @media print {
        body { max-width: none; padding: 0; font-size: 10pt; }
        nav { display: none; }
        a { color: inherit; }
        h2 { break-after: avoid-page; margin-top: 16px; }
        #wheel, #table { page: picture; break-before: page; }
        .picture { border: none; padding: 0; }
        #wheel .picture { break-inside: avoid-page; }
        .picture svg { width: 100%; height: auto; }
        tr, .tile, dt, dd { break-inside: avoid; }
        thead { display: table-header-group; }
        tbody tr:nth-child(even) { background: none; }
        details > summary { display: none; }
        details::details-content { content-visibility: visible; display: contents; }
        .tiles { grid-template-columns: repeat(4, 1fr); gap: 6px; }
        .tile { padding: 4px 8px; }
        .tile .number { font-size: 18px; }
        * { overflow: visible !important; }
      }
      """;
}
