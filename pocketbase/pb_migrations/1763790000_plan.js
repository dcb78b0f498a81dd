/// <reference path="../pb_data/types.d.ts" />
// Mit forløb (issue 4): plan templates per programme, each learner's plan with its
// phases and milestones, "Tid og økonomi" per phase, evidence (photos and PDFs),
// and the history of every change. A question about a step is a message (issue 5).
//
//   plan_templates       a school's templates; phases and milestones as JSON (validated by the hook)
//   plans                one per learner, made by the mentor from a template
//   plan_phases          the phases of a plan, with "Tid og økonomi" (income, school, workplace)
//   milestones           the steps; `learner`, `due` and `status` ('todo' = not yet done) are read by other features
//   milestone_evidence   a photo or PDF per file, protected; never seen by teachers
//   plan_changes         the history: written only by pocketbase/pb_hooks/plan.pb.js
//
// Who may do what (the hook adds validation and history; see docs/ARCHITECTURE.md):
// - a learner reads their own plan, ticks their own learner-owned steps (todo → done,
//   or → waiting when the mentor must confirm) and adds evidence; a question about a
//   step is a message to the mentor (messages.milestone, migration 1763800000_messages.js);
// - a mentor manages the plans of their CURRENT learners (a handover moves the plan);
// - a teacher reads plans and milestones (progress) of learners in their classes, nothing else;
// - a coordinator manages the templates of their school (mentors of the school too)
//   and reads the progress of the school's plans.

// Shared rule fragments (pb_hooks/lib/rules.js): written once for every migration.
const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, teacherOf, coordinatorOf, unchanged } = R;

/**
 * The signed-in user is the current mentor of the user in `field`. For a field of the
 * record itself the check starts from that learner's mentorships (an index lookup per
 * row, several times faster on big lists than starting from mine); for a field of
 * the request body it starts from my mentorships (the body has no back-relations).
 */
const mentorOf = (field) => (field.startsWith("@request.") ? R.mentorOfLearner(field) : R.mentorOfRecordLearner(field));
/** Staff who edit templates: the school's coordinators and mentors. */
const TEMPLATE_EDITOR = `(@request.auth.role = "coordinator" || @request.auth.role = "mentor")`;


const OWNERS = ["learner", "mentor", "school", "employer"];
const PHASE_KINDS = ["afklaring", "grundforloeb", "hovedforloeb", "skole", "praktik", "svendeproeve", "svendebrev", "andet"];
const INCOME_KINDS = ["voksenelevloen", "elevloen", "veu", "uddannelsesloeft", "dagpenge", "su", "loen", "andet"];
const EVIDENCE_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/gif",
  "image/heic",
  "image/heif",
  "application/pdf",
];

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const schools = app.findCollectionByNameOrId("schools");
    const programmes = app.findCollectionByNameOrId("programmes");

    // ------------------------------------------------------------------ plan_templates
    const templates = new Collection({
      type: "base",
      name: "plan_templates",
      fields: [
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id },
        { type: "relation", name: "programme", required: true, maxSelect: 1, collectionId: programmes.id },
        { type: "text", name: "name", required: true, max: 120 },
        { type: "text", name: "description", max: 1000 },
        // [{ key, title, kind, explanation, milestones: [{ key, title, explanation, why, helper,
        //    owner, confirm, offsetDays, durationDays }] }]; checked by plan.pb.js
        { type: "json", name: "phases", required: true, maxSize: 200000 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_plan_templates_school ON plan_templates (school)",
        "CREATE INDEX idx_plan_templates_programme ON plan_templates (programme)",
      ],
      // Staff of the school read them; learners see their own plan, not the templates.
      listRule: `${SIGNED_IN} && @request.auth.role != "learner" && school = @request.auth.school`,
      viewRule: `${SIGNED_IN} && @request.auth.role != "learner" && school = @request.auth.school`,
      createRule: `${TEMPLATE_EDITOR} && @request.body.school = @request.auth.school && @request.body.programme.school = @request.auth.school`,
      updateRule: `${TEMPLATE_EDITOR} && school = @request.auth.school && @request.body.school:changed = false && (@request.body.programme:changed = false || @request.body.programme.school = @request.auth.school)`,
      deleteRule: `${TEMPLATE_EDITOR} && school = @request.auth.school`,
    });
    app.save(templates);

    // ------------------------------------------------------------------ plans
    const plans = new Collection({
      type: "base",
      name: "plans",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id },
        { type: "relation", name: "programme", maxSelect: 1, collectionId: programmes.id },
        { type: "relation", name: "template", maxSelect: 1, collectionId: templates.id },
        // e.g. "Tømrer EUV2"; the goal shown to the learner is the svendebrev of this
        { type: "text", name: "title", required: true, max: 120 },
        { type: "date", name: "start", required: true },
        // set by the hook
        { type: "relation", name: "createdBy", maxSelect: 1, collectionId: users.id },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        // one plan per learner
        "CREATE UNIQUE INDEX idx_plans_learner ON plans (learner)",
        "CREATE INDEX idx_plans_school ON plans (school)",
      ],
    });
    const PLAN_READERS = `${SIGNED_IN} && (learner = ${ME} || ${mentorOf("learner")} || ${teacherOf("learner")} || ${coordinatorOf("school")})`;
    plans.listRule = PLAN_READERS;
    plans.viewRule = PLAN_READERS;
    plans.createRule = `${mentorOf("@request.body.learner")} && @request.body.school = @request.auth.school && @request.body.learner.school = @request.auth.school && (@request.body.programme:isset = false || @request.body.programme = "" || @request.body.programme.school = @request.auth.school) && (@request.body.template:isset = false || @request.body.template = "" || @request.body.template.school = @request.auth.school)`;
    plans.updateRule = `${mentorOf("learner")} && ${unchanged(["learner", "school", "createdBy"])} && (@request.body.programme:changed = false || @request.body.programme = "" || @request.body.programme.school = @request.auth.school) && (@request.body.template:changed = false || @request.body.template = "" || @request.body.template.school = @request.auth.school)`;
    plans.deleteRule = mentorOf("learner");
    app.save(plans);

    // ------------------------------------------------------------------ plan_phases
    const phases = new Collection({
      type: "base",
      name: "plan_phases",
      fields: [
        { type: "relation", name: "plan", required: true, maxSelect: 1, collectionId: plans.id, cascadeDelete: true },
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "number", name: "order" },
        { type: "text", name: "title", required: true, max: 80 },
        { type: "select", name: "kind", maxSelect: 1, values: PHASE_KINDS },
        { type: "text", name: "explanation", max: 1000 },
        // "Tid og økonomi": what the learner lives on, where the school and the workplace are
        { type: "select", name: "incomeKind", maxSelect: 1, values: INCOME_KINDS },
        { type: "number", name: "incomeAmount", min: 0, max: 200000, onlyInt: true }, // kr. a month before tax
        { type: "text", name: "incomeNote", max: 300 },
        { type: "text", name: "schoolAddress", max: 200 },
        { type: "number", name: "schoolTravelMinutes", min: 0, max: 600, onlyInt: true }, // one way
        { type: "text", name: "workplace", max: 120 },
        { type: "text", name: "workplaceAddress", max: 200 },
        { type: "number", name: "workTravelMinutes", min: 0, max: 600, onlyInt: true },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_plan_phases_plan ON plan_phases (plan)",
        "CREATE INDEX idx_plan_phases_learner ON plan_phases (learner)",
      ],
    });
    // Income and addresses are private: the learner and their mentor only (no teacher, no coordinator).
    phases.listRule = phases.viewRule = `${SIGNED_IN} && (learner = ${ME} || ${mentorOf("learner")})`;
    phases.createRule = `${mentorOf("@request.body.plan.learner")} && @request.body.learner = @request.body.plan.learner`;
    phases.updateRule = `${mentorOf("learner")} && ${unchanged(["plan", "learner"])}`;
    phases.deleteRule = mentorOf("learner");
    app.save(phases);

    // ------------------------------------------------------------------ milestones
    const milestoneFields = [
      { type: "relation", name: "plan", required: true, maxSelect: 1, collectionId: plans.id, cascadeDelete: true },
      { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
      { type: "relation", name: "phase", required: true, maxSelect: 1, collectionId: phases.id, cascadeDelete: true },
      { type: "number", name: "order" },
      { type: "text", name: "title", required: true, max: 120 },
      { type: "text", name: "explanation", max: 1000 }, // what it is
      { type: "text", name: "why", max: 1000 }, // why it matters
      { type: "text", name: "helper", max: 200 }, // who helps, besides the owner
      { type: "select", name: "owner", required: true, maxSelect: 1, values: OWNERS }, // who does it
      { type: "bool", name: "confirm" }, // the mentor confirms it when the learner ticks it
      { type: "date", name: "start" },
      { type: "date", name: "due" },
      // todo: not yet done · waiting: ticked, the mentor must confirm · done · merit: skipped (RKV merit)
      { type: "select", name: "status", required: true, maxSelect: 1, values: ["todo", "waiting", "done", "merit"] },
      { type: "text", name: "meritNote", max: 300 }, // what the merit is; with status ≠ merit: the step was shortened
      { type: "text", name: "templateKey", max: 40 },
      // set by the hook only
      { type: "date", name: "doneAt" },
      { type: "relation", name: "doneBy", maxSelect: 1, collectionId: users.id },
      { type: "date", name: "confirmedAt" },
      { type: "relation", name: "confirmedBy", maxSelect: 1, collectionId: users.id },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ];
    const milestones = new Collection({
      type: "base",
      name: "milestones",
      fields: milestoneFields,
      indexes: [
        "CREATE INDEX idx_milestones_plan ON milestones (plan)",
        "CREATE INDEX idx_milestones_learner ON milestones (learner)",
        "CREATE INDEX idx_milestones_phase ON milestones (phase)",
        "CREATE INDEX idx_milestones_status_due ON milestones (status, due)",
      ],
    });
    milestones.listRule = milestones.viewRule = `${SIGNED_IN} && (learner = ${ME} || ${mentorOf("learner")} || ${teacherOf("learner")} || ${coordinatorOf("plan.school")})`;
    milestones.createRule = `${mentorOf("@request.body.plan.learner")} && @request.body.learner = @request.body.plan.learner && @request.body.phase.plan = @request.body.plan`;
    // The learner ticks their own steps: only `status`, only for learner-owned steps, and
    // only these moves: todo → done (no confirmation needed), todo → waiting (the mentor
    // confirms), and back to todo (undo) unless the mentor already confirmed it.
    const everythingButStatus = milestoneFields
      .map((f) => f.name)
      .filter((n) => !["status", "created", "updated"].includes(n));
    const LEARNER_TICKS = `(learner = ${ME} && owner = "learner" && ${unchanged(everythingButStatus)} && (
      (@request.body.status = "done" && status = "todo" && confirm = false) ||
      (@request.body.status = "waiting" && status = "todo" && confirm = true) ||
      (@request.body.status = "todo" && (status = "waiting" || (status = "done" && confirm = false)))
    ))`;
    const MENTOR_EDITS = `(${mentorOf("learner")} && ${unchanged(["plan", "learner"])} && (@request.body.phase:changed = false || @request.body.phase.plan = plan))`;
    milestones.updateRule = `${SIGNED_IN} && (${LEARNER_TICKS} || ${MENTOR_EDITS})`;
    milestones.deleteRule = mentorOf("learner");
    app.save(milestones);

    // ------------------------------------------------------------------ milestone_evidence
    const evidence = new Collection({
      type: "base",
      name: "milestone_evidence",
      fields: [
        { type: "relation", name: "milestone", required: true, maxSelect: 1, collectionId: milestones.id, cascadeDelete: true },
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        {
          type: "file",
          name: "file",
          required: true,
          maxSelect: 1,
          maxSize: 10 * 1024 * 1024,
          mimeTypes: EVIDENCE_TYPES,
          thumbs: ["400x0"],
          // fetched only with a short-lived file token, never by a plain URL
          protected: true,
        },
        { type: "text", name: "note", max: 300 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_milestone_evidence_milestone ON milestone_evidence (milestone)",
        "CREATE INDEX idx_milestone_evidence_learner ON milestone_evidence (learner)",
      ],
      // The learner and their current mentor; no teacher, no coordinator (the rule guards the file too).
      listRule: `${SIGNED_IN} && (learner = ${ME} || ${mentorOf("learner")})`,
      viewRule: `${SIGNED_IN} && (learner = ${ME} || ${mentorOf("learner")})`,
      createRule: `@request.auth.role = "learner" && @request.body.learner = ${ME} && @request.body.milestone.learner = ${ME}`,
      updateRule: null,
      deleteRule: `learner = ${ME}`,
    });
    app.save(evidence);

    // ------------------------------------------------------------------ plan_changes (history)
    const changes = new Collection({
      type: "base",
      name: "plan_changes",
      fields: [
        { type: "relation", name: "plan", required: true, maxSelect: 1, collectionId: plans.id, cascadeDelete: true },
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "actor", maxSelect: 1, collectionId: users.id },
        {
          type: "select",
          name: "action",
          required: true,
          maxSelect: 1,
          values: [
            "created", "added", "removed", "edited", "moved", "dates", "merit", "ticked", "waiting", "confirmed",
            "reopened", "phaseAdded", "phaseRemoved", "phaseEdited", "economy", "evidence",
          ],
        },
        // the milestone or phase it was about (an id, kept after the step is removed)
        { type: "text", name: "target", max: 30 },
        // its title at the time, so the history reads well after a removal
        { type: "text", name: "subject", max: 200 },
        // [{ field, from, to }]
        { type: "json", name: "details", maxSize: 20000 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_plan_changes_plan ON plan_changes (plan)",
        "CREATE INDEX idx_plan_changes_learner ON plan_changes (learner)",
      ],
      listRule: `${SIGNED_IN} && (learner = ${ME} || ${mentorOf("learner")})`,
      viewRule: `${SIGNED_IN} && (learner = ${ME} || ${mentorOf("learner")})`,
      // append-only, and only the hook writes it: nobody can forge or erase history
      createRule: null,
      updateRule: null,
      deleteRule: null,
    });
    app.save(changes);
  },
  (app) => {
    for (const name of [
      "plan_changes",
      "milestone_evidence",
      "milestones",
      "plan_phases",
      "plans",
      "plan_templates",
    ]) {
      app.delete(app.findCollectionByNameOrId(name));
    }
  },
);
