// Dates and working days for the hooks (Copenhagen time). Hook handlers run in isolated
// contexts, so each one loads this with require(`${__hooks}/lib/time.js`).

const DAY_MS = 24 * 60 * 60 * 1000;

/** PocketBase's date format: "2026-11-22 01:45:03.123Z". */
function pbDate(date) {
  return date.toISOString().replace("T", " ");
}

/** A PocketBase date string (or empty) as a Date (or null). */
function parseDate(value) {
  if (!value) return null;
  const d = new Date(String(value).replace(" ", "T"));
  return isNaN(d.getTime()) ? null : d;
}

/** The date of the last Sunday of a month (UTC), for the EU summer-time rule. */
function lastSunday(year, month) {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Hours Copenhagen is ahead of UTC at `date` (1 in winter, 2 in summer). */
function copenhagenOffset(date) {
  const y = date.getUTCFullYear();
  const start = Date.UTC(y, 2, lastSunday(y, 2), 1);
  const end = Date.UTC(y, 9, lastSunday(y, 9), 1);
  const t = date.getTime();
  return t >= start && t < end ? 2 : 1;
}

/** Saturday or Sunday in Copenhagen. */
function isWeekend(date) {
  const local = new Date(date.getTime() + copenhagenOffset(date) * 3600 * 1000);
  const day = local.getUTCDay();
  return day === 0 || day === 6;
}

/**
 * `days` working days after `from`: each step is a calendar day, and only steps that land
 * on Monday to Friday count. A flag raised Friday 10:00 with 2 days is due Tuesday 10:00.
 */
function addWorkingDays(from, days) {
  let t = from.getTime();
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    if (!isWeekend(new Date(t))) left -= 1;
  }
  return new Date(t);
}

module.exports = { DAY_MS, pbDate, parseDate, isWeekend, addWorkingDays };
