/// <reference path="../pb_data/types.d.ts" />
// A school runs Sammen (issue 16): what the student administration knows about a learner's
// course, so the coordinator can import a class list and the quarterly report can count by
// programme, track, funding and referral source; and `deactivated` for people who left
// (they cannot log in, their history stays). Nobody sets these about themselves.
const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IS_COORDINATOR } = R;
const SAME_SCHOOL = R.inMySchool();

const SCHOOL_FIELDS = ["programme", "startDate", "funding", "referral", "deactivated"];
const NOT_MY_SCHOOL_FIELDS = SCHOOL_FIELDS.map((f) => `@request.body.${f}:isset = false`).join(" && ");
const PROGRAMME_OF_MY_SCHOOL = `(@request.body.programme:isset = false || @request.body.programme = "" || @request.body.programme.school = @request.auth.school)`;

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const programmes = app.findCollectionByNameOrId("programmes");
    users.fields.add(new RelationField({ name: "programme", maxSelect: 1, collectionId: programmes.id }));
    users.fields.add(new DateField({ name: "startDate" }));
    users.fields.add(
      new SelectField({ name: "funding", maxSelect: 1, values: ["uddannelsesloeft", "voksenlaerling", "veu", "loen"] }),
    );
    users.fields.add(
      new SelectField({ name: "referral", maxSelect: 1, values: ["jobcenter", "a_kasse", "arbejdsgiver", "selv"] }),
    );
    users.fields.add(new BoolField({ name: "deactivated" }));
    users.createRule = `${IS_COORDINATOR} && @request.body.school = @request.auth.school && ${PROGRAMME_OF_MY_SCHOOL}`;
    users.updateRule = `${SIGNED_IN} && (
      (id = ${ME} && @request.body.role:isset = false && @request.body.school:isset = false && ${NOT_MY_SCHOOL_FIELDS}) ||
      (${IS_COORDINATOR} && id != ${ME} && ${SAME_SCHOOL} && (@request.body.school:isset = false || @request.body.school = @request.auth.school) && ${PROGRAMME_OF_MY_SCHOOL})
    )`;
    app.save(users);
  },
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    for (const f of SCHOOL_FIELDS) users.fields.removeByName(f);
    users.createRule = `${IS_COORDINATOR} && @request.body.school = @request.auth.school`;
    users.updateRule = `${SIGNED_IN} && (
      (id = ${ME} && @request.body.role:isset = false && @request.body.school:isset = false) ||
      (${IS_COORDINATOR} && id != ${ME} && ${SAME_SCHOOL} && (@request.body.school:isset = false || @request.body.school = @request.auth.school))
    )`;
    app.save(users);
  },
);
