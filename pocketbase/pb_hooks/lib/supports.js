// Shared code of supports.pb.js (help articles and help requests). Hooks run in
// isolated contexts, so each handler loads this with require(`${__hooks}/lib/supports.js`).

/**
 * An article's Markdown, cleaned on save with the one policy the browser also uses
 * (src/lib/domain/markdown-policy.ts with marked's lexer, bundled apart from the
 * kernel as markdown-policy.gen.js by typegen, so other hooks do not load marked):
 * only bare allowed tags, safe links, our own pictures.
 */
function cleanMarkdown(text) {
  return require(`${__hooks}/lib/markdown-policy.gen.js`).cleanMarkdown(text);
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
