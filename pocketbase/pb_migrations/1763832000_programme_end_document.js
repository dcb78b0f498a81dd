/// <reference path="../pb_data/types.d.ts" />
// What a programme ends with, so the plan names the learner's goal right: crafts end with
// a svendebrev, SOSU, office and industry programmes with an uddannelsesbevis. Empty means
// not told: the app then says "til du er færdig".
migrate(
  (app) => {
    const programmes = app.findCollectionByNameOrId("programmes");
    programmes.fields.add(
      new SelectField({ name: "endDocument", maxSelect: 1, values: ["svendebrev", "uddannelsesbevis"] }),
    );
    app.save(programmes);
  },
  (app) => {
    const programmes = app.findCollectionByNameOrId("programmes");
    programmes.fields.removeByName("endDocument");
    app.save(programmes);
  },
);
