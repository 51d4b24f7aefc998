/// The inline stylesheet: system fonts, colours that pass WCAG AA on white, and a print stylesheet
/// for A4 (no filters, one innovation per page, status readable in black and white).
enum HTMLStyle {
    static let css = """
    :root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --link: #0b4fa8; --ok: #1b5e20; --ok-bg: #e6f4e7;
      --bad: #8a1c1c; --bad-bg: #fbe9e9; --warn: #6b4400; --warn-bg: #fff4d6; --band: #f3f5f8; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
    header, main { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
    header { padding-top: 16px; border-bottom: 3px solid var(--ink); }
    h1 { font-size: 1.6rem; margin: 0.3em 0; }
    h2 { font-size: 1.3rem; margin: 1.2em 0 0.4em; }
    h3 { font-size: 1.08rem; margin: 1em 0 0.3em; }
    a { color: var(--link); }
    a:focus, button:focus, select:focus, input:focus, summary:focus { outline: 3px solid #1a73e8; outline-offset: 2px; }
    .skip { position: absolute; left: -9999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 6px; z-index: 9; }
    dl.meta { display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 0 0 12px; }
    dl.meta div { display: flex; gap: 6px; } dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; font-weight: 600; }
    .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 16px; padding: 0; list-style: none; }
    .cards li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 150px; }
    .cards .n { display: block; font-size: 1.7rem; font-weight: 700; }
    .cards .ok { border-left: 6px solid var(--ok); } .cards .bad { border-left: 6px dashed var(--bad); }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(330px, 1fr)); gap: 0 32px; }
    table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; }
    caption { text-align: left; font-weight: 600; padding: 4px 0; color: var(--muted); }
    caption.heading { font-size: 1.08rem; font-weight: 700; color: var(--ink); margin-top: 0.6em; }
    th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
    thead th { background: var(--band); border-bottom: 2px solid var(--ink); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    th button { font: inherit; font-weight: 700; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-decoration: underline dotted; }
    th[aria-sort="ascending"] button::after { content: " ▲"; } th[aria-sort="descending"] button::after { content: " ▼"; }
    .badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 0.85em; font-weight: 600; border: 1px solid; white-space: nowrap; }
    .badge.ok { color: var(--ok); background: var(--ok-bg); } .badge.bad { color: var(--bad); background: var(--bad-bg); border-style: dashed; }
    .badge.warn { color: var(--warn); background: var(--warn-bg); border-style: dotted; }
    .badge.waived { color: var(--muted); background: var(--band); border-style: double; }
    .lvl0 { color: var(--bad); font-weight: 600; }
    #filters { position: sticky; top: 0; z-index: 2; background: #fff; border: 1px solid var(--line); border-radius: 6px;
      padding: 10px 14px; margin: 18px 0; display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: end; }
    #filters[hidden] { display: none; }
    #filters label { display: flex; flex-direction: column; font-size: 0.9em; color: var(--muted); gap: 2px; }
    #filters select, #filters input, #filters button { font: inherit; color: var(--ink); padding: 4px 6px; border: 1px solid #767676; border-radius: 4px; background: #fff; }
    #filters input { min-width: 240px; }
    #hitung { margin-left: auto; font-weight: 600; }
    section.innovation { border-top: 3px solid var(--ink); margin-top: 28px; }
    section.innovation > h2 { display: flex; flex-wrap: wrap; gap: 10px; align-items: baseline; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 4px 0 10px; }
    .facts dt { color: var(--muted); } .facts dd { margin: 0; }
    ol.todo li { margin: 2px 0; } .gain { font-weight: 700; color: var(--ok); white-space: nowrap; }
    details { border: 1px solid var(--line); border-radius: 6px; padding: 4px 12px; margin: 8px 0; }
    summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
    ul.plain { margin: 4px 0; padding-left: 20px; } .reasons { color: var(--muted); font-size: 0.92em; }
    code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
    .problem { color: var(--bad); } .muted { color: var(--muted); }
    .files a { overflow-wrap: anywhere; }
    table.indicators td.files { width: 36%; } table.indicators .problem { font-size: 0.9em; }
    svg text { font: 14px system-ui, sans-serif; fill: #1a1a1a; }
    .top { font-size: 0.9em; }
    [hidden] { display: none !important; }
    @media print {
      @page { size: A4; margin: 14mm 12mm; }
      body { font-size: 10.5pt; }
      header, main { max-width: none; padding: 0; }
      #filters, .skip, .top, th button::after { display: none !important; }
      th button { text-decoration: none; }
      section.innovation { break-before: page; border-top: 2px solid #000; }
      tr, li { break-inside: avoid; }
      h2, h3, caption { break-after: avoid; }
      .grid { display: block; }
      table.indicators td.files { width: 40%; }
      table.indicators tr { break-inside: auto; }
      .cards li { min-width: 0; padding: 4px 10px; } .cards .n { font-size: 1.3rem; }
      thead { display: table-header-group; }
      a { color: #000; text-decoration: underline; }
      details { border: 0; padding: 0; } details > summary { list-style: none; }
      details::details-content { content-visibility: visible; display: contents; }
      .badge, .cards li { background: none !important; color: #000 !important; }
      .lvl0, .problem, .gain { color: #000; }
    }

    """
}
