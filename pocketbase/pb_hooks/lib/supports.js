// Shared code of supports.pb.js (help articles and help requests). Hooks run in
// isolated contexts, so each handler loads this with require(`${__hooks}/lib/supports.js`).

/**
 * A first, coarse clean of an article's Markdown before it is stored: no script,
 * style, frames, embedded objects or form controls, no event-handler attributes and
 * no javascript:/vbscript: URLs. The device renders the Markdown and sanitizes the
 * HTML again with DOMPurify (src/lib/features/supports/markdown.ts): that is the real
 * sanitizer; this one keeps obvious attacks out of the database and the API.
 */
function cleanMarkdown(text) {
  let s = String(text == null ? "" : text);
  const dangerous = "script|style|iframe|frame|frameset|object|embed|applet|noscript|template|svg|math|form|input|button|textarea|select|option|link|meta|base";
  let before;
  do {
    before = s;
    // whole elements with their content, then any lone opening or closing tag
    s = s.replace(new RegExp("<(" + dangerous + ")\\b[\\s\\S]*?<\\/\\1\\s*>", "gi"), "");
    s = s.replace(new RegExp("<\\/?(" + dangerous + ")\\b[^>]*>?", "gi"), "");
    // on…= attributes inside any tag that is left
    s = s.replace(/(<[a-z][^>]*?)[\s/]+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/gi, "$1");
    // script URLs, also with spaces or entities hiding the colon
    s = s.replace(/(?:java|vb)\s*script\s*(?::|&colon;|&#0*58;|&#x0*3a;)/gi, "");
  } while (s !== before);
  return s;
}

const AREA_WORDS = {
  laesning: "læsning og skrivning",
  tal: "tal og regning",
  it: "IT",
  andet: "noget andet",
};

/** Who gets a new help request: the learner's current mentors, and for IT the school's IT helpers. */
function helpersFor(app, request) {
  const ids = require(`${__hooks}/lib/people.js`).currentMentorIds(app, request.getString("learner"));
  if (request.getString("area") === "it") {
    const helpers = app.findRecordsByFilter(
      "users",
      "role = 'it_helper' && school = {:school}",
      "",
      0,
      0,
      { school: request.getString("school") },
    );
    for (const h of helpers) ids.push(h.id);
  }
  return ids.filter((id, i) => id && ids.indexOf(id) === i);
}

module.exports = { cleanMarkdown, AREA_WORDS, helpersFor };
