// Dates, numbers and periods, checked on the raw request for every collection.
// PocketBase's date field stores what it cannot read as empty ("2026-13-45",
// "yesterday") and its number field stores "abc" as 0, without an error; so the
// request's own values are checked before anything is saved. The rules themselves
// are src/lib/domain/input-rules.ts (bundled into kernel.gen.js).

/** Collections with a period: [start, end, Danish words for the end]. */
const PERIODS = {
  classes: [["start", "end", "Holdet kan ikke slutte, før det starter."]],
  mentorships: [["start", "end", "Et mentorforløb kan ikke slutte, før det starter."]],
  milestones: [["start", "due", "Fristen kan ikke ligge før starten."]],
  events: [["startsAt", "endsAt", "Et arrangement kan ikke slutte, før det starter."]],
  appointment_slots: [["startsAt", "endsAt", "En tid kan ikke slutte, før den starter."]],
};

/**
 * The request's own values, before PocketBase read them into the record (by then an
 * unreadable date is already ""), as plain JS values. JSON: the body again (PocketBase
 * keeps it rereadable). Forms (multipart, urlencoded): the form PocketBase parsed, with `@jsonPayload` (the SDK's way to send fields beside files) merged in.
 */
function rawBody(e) {
  // A record request event reaches the HTTP request through its request event.
  const request = e.requestEvent ? e.requestEvent.request : e.request;
  const type = String(request.header.get("content-type") || "");
  if (type.indexOf("application/json") === 0) {
    const text = toString(request.body);
    const parsed = text ? JSON.parse(text) : {};
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
  }
  const out = {};
  if (type.indexOf("multipart/form-data") !== 0 && type.indexOf("application/x-www-form-urlencoded") !== 0) return out;
  const parsed = type.indexOf("multipart/form-data") === 0 ? request.multipartForm && request.multipartForm.value : request.postForm;
  const form = JSON.parse(JSON.stringify(parsed || {}));
  for (const key of Object.keys(form)) {
    const values = form[key] || [];
    if (key === "@jsonPayload") {
      for (const payload of values) Object.assign(out, JSON.parse(payload));
    } else {
      out[key] = values.length === 1 ? values[0] : values;
    }
  }
  return out;
}

const blank = (value) => value === null || value === "";

function checkInput(e) {
  const rules = require(`${__hooks}/lib/kernel.gen.js`);
  const body = rawBody(e);
  const record = e.record;
  const errors = {};

  for (const field of e.collection.fields) {
    const name = field.getName();
    const type = field.type();
    if (type === "date") {
      const value = body[name];
      if (value === undefined || blank(value)) continue;
      if (!rules.isDateText(value) || record.getDateTime(name).isZero()) {
        errors[name] = new ValidationError("sammen_invalid_date", "Det er ikke en rigtig dato.");
      }
    } else if (type === "number") {
      for (const key of [name, `${name}+`, `${name}-`]) {
        const value = body[key];
        if (value === undefined || blank(value)) continue;
        if (!rules.isNumberText(value)) errors[name] = new ValidationError("sammen_not_a_number", "Skriv et tal.");
      }
    }
  }

  for (const [startName, endName, words] of PERIODS[e.collection.name] || []) {
    if (errors[startName] || errors[endName]) continue;
    const start = record.getDateTime(startName);
    const end = record.getDateTime(endName);
    if (!start.isZero() && !end.isZero() && end.before(start)) {
      errors[endName] = new ValidationError("sammen_end_before_start", words);
    }
  }

  if (e.collection.name === "users" && !errors.birthYear && body.birthYear !== undefined) {
    const year = record.getInt("birthYear");
    const range = rules.birthYearRange(new Date());
    if (year !== 0 && (year < range.min || year > range.max)) {
      errors.birthYear = new ValidationError(
        "sammen_birth_year",
        `Skriv et fødselsår mellem ${range.min} og ${range.max}.`,
      );
    }
  }

  if (Object.keys(errors).length > 0) {
    throw new BadRequestError("Noget er ikke udfyldt rigtigt. Se felterne.", errors);
  }
}

module.exports = { checkInput };
