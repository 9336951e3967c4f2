/**
 * What a complete peer posting also says (lived experience, duties and their limits, a credential,
 * training, a way up), appended to a test posting so it gets only the findings its test is about.
 * It goes after the body, so the body's line numbers stay as written.
 */
export const COMPLETE_PEER_REST =
  '\n- Share your own lived experience of recovery.\n- Help participants write their own recovery plan.\n- Co-facilitate recovery groups.\n\n' +
  'Peers do not provide therapy. Paid training toward state peer certification, and a step increase once certified.\n';
