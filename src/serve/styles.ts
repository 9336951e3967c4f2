/** Styles of the serve page, on top of the report's (BASE_CSS): the editor with its highlight layer, the toolbar, focus rings. */
export const SERVE_CSS = `
.intro{max-width:60rem}.config{color:var(--muted);font-size:.9rem}
.muted{color:var(--muted);font-weight:400}
.toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.5rem 0 1rem}
button,.button{font:inherit;font-size:.95rem;padding:.35rem .8rem;border:1px solid #666;border-radius:5px;background:#fff;color:var(--ink);cursor:pointer;display:inline-block}
button:hover,.button:hover{background:#f0f0f0}
button:disabled{opacity:.5;cursor:default}
button:focus-visible,.button:focus-within,textarea:focus-visible,a:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
input[type=file]:focus-visible + *{outline:3px solid #1a73e8}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.editor-label{display:block;font-weight:600;margin-bottom:.3rem}
.editor{position:relative;height:70vh;min-height:20rem}
.editor .posting{position:absolute;inset:0;margin:0;width:100%;height:100%;overflow-y:scroll;border:1px solid #999;border-radius:6px;padding:1rem;white-space:pre-wrap;overflow-wrap:anywhere;word-break:normal;font:15px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;letter-spacing:normal}
.editor .backdrop{color:transparent;background:#fff;pointer-events:none}
.editor textarea{background:transparent;color:var(--ink);resize:none;z-index:1}
.editor.dragging textarea{border:3px dashed #1a73e8}
.drop-hint{display:none;position:absolute;inset:auto 0 1rem 0;text-align:center;z-index:2;font-weight:600;color:#1a73e8;pointer-events:none}
.editor.dragging .drop-hint{display:block}
#status{color:var(--muted)}
#status.problem{color:var(--error);font-weight:600}
.finding .show{font:inherit;font-size:.85rem;padding:.1rem .5rem;margin-left:.3rem}
.finding.current{outline:3px solid #1a73e8}
`;
