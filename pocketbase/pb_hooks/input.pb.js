/// <reference path="../pb_data/types.d.ts" />
// Every create and update, in every collection: dates that are dates, numbers that
// are numbers, periods that end after they start, a birth year of a living adult
// (lib/input.js). A refusal names the field in plain Danish and stores nothing.

onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/input.js`).checkInput(e);
  e.next();
});

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/input.js`).checkInput(e);
  e.next();
});
