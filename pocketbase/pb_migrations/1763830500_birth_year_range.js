/// <reference path="../pb_data/types.d.ts" />
// The birth year's sane range moves with the calendar (14 to 100 years old this year,
// pb_hooks/lib/input.js), so the field itself keeps only wide bounds; a fixed
// 1930–2015 would refuse a 15-year-old from 2030.
migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const field = users.fields.getByName("birthYear");
    field.min = 1900;
    field.max = 2100;
    app.save(users);
  },
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const field = users.fields.getByName("birthYear");
    field.min = 1930;
    field.max = 2015;
    app.save(users);
  },
);
