// Access-rule fragments (PocketBase filter syntax), written once and used by every
// migration in pb_migrations (and free for hooks that build filters). Migrations load
// this with require(`${__hooks}/lib/rules.js`): PocketBase gives JS migrations `require`
// and `__hooks` (plugins/jsvm registerMigrations), and `pocketbase/pb_hooks` travels
// with every hooks dir we run (test harnesses copy it whole).
//
// A migration is history: a fresh database runs every released migration again. So the
// TEXT of a fragment never changes once a released migration uses it (src/lib/domain
// cannot pin that, so rules.test.ts in tests/api pins every fragment's text); a new rule
// is a new fragment and a new migration.
//
// Vocabulary: X_via_Y are the records of X whose relation Y points here (conditions on
// the same back-relation path hold for the same row); ?= and ?> mean "any row matches".

const ME = "@request.auth.id";
const SIGNED_IN = `${ME} != ""`;
const IS_MENTOR = `@request.auth.role = "mentor"`;
const IS_TEACHER = `@request.auth.role = "teacher"`;
const IS_COORDINATOR = `@request.auth.role = "coordinator"`;

const MY_MENTORSHIPS_AS_MENTOR = "@request.auth.mentorships_via_mentor";
const MY_MENTORSHIPS_AS_LEARNER = "@request.auth.mentorships_via_learner";
const MY_CLASSES = "@request.auth.class_members_via_user.class";

/** The school in `field` (default: the record's `school`) is mine: "member of this school". */
const inMySchool = (field = "school") => `${field} = @request.auth.school`;

/** The mentorships at `path` include a current one: no end, or an end in the future (same row). */
const current = (path) => `(${path}.end ?= "" || ${path}.end ?> @now)`;

/**
 * `who` (a field, `id`, or a @request.body field) is one of my current learners, from MY
 * mentorships. Use it for body fields (the body has no back-relations) and single records.
 */
const myCurrentLearner = (who) => `${MY_MENTORSHIPS_AS_MENTOR}.learner ?= ${who} && ${current(MY_MENTORSHIPS_AS_MENTOR)}`;

/** `who` is my current mentor (I am the learner). */
const myCurrentMentor = (who) => `${MY_MENTORSHIPS_AS_LEARNER}.mentor ?= ${who} && ${current(MY_MENTORSHIPS_AS_LEARNER)}`;

/**
 * I am the current mentor of the learner in the record's `field`, said from the learner's
 * side: per record that joins the learner's one or two mentorships, not my 60, which keeps
 * lists of a big school fast (tests/bench/caseload.bench.test.ts).
 */
const currentMentorOf = (field) =>
  `${field}.mentorships_via_learner.mentor ?= ${ME} && ${current(`${field}.mentorships_via_learner`)}`;

/** `who` shares a class (hold) with me: classmates, my teachers, a teacher's learners. */
const sharesAClassWith = (who) => `${MY_CLASSES}.class_members_via_class.user ?= ${who}`;

/** As a mentor, `who` is my current learner (from my mentorships). */
const mentorOfLearner = (who) => `(${IS_MENTOR} && ${myCurrentLearner(who)})`;

/** As a mentor, I am the current mentor of the record's `field` (from the learner's side). */
const mentorOfRecordLearner = (field) => `(${IS_MENTOR} && ${currentMentorOf(field)})`;

/** As a teacher, `who` is in one of my classes. */
const teacherOf = (who) => `(${IS_TEACHER} && ${sharesAClassWith(who)})`;

/** A coordinator of the school in `field`. */
const coordinatorOf = (field) => `(${IS_COORDINATOR} && ${inMySchool(field)})`;

/** `@request.body.X:changed = false` for every name: the request leaves these fields as they are. */
const unchanged = (names) => names.map((n) => `@request.body.${n}:changed = false`).join(" && ");

/** `@request.body.X:isset = false` for every name: the request does not name these fields at all. */
const notInBody = (names) => names.map((n) => `@request.body.${n}:isset = false`).join(" && ");

// ------------------------------------------------------------------ the peer network (issue 14)

/** I have a network profile: I take part in Fællesskab (one profile per person). */
const IN_NETWORK = `@request.auth.network_profiles_via_user.user ?= ${ME}`;

/**
 * The group at `path` ("" for the group itself, else a relation path such as "group" or
 * "post.group") with `.field` appended: one helper for the paths below.
 */
const groupField = (path, name) => (path ? `${path}.${name}` : name);

/**
 * The group at `path` is open to me: approved, and either open to the whole network or of
 * my school (a class group only for the members of that class: learners and teachers).
 */
const groupOpenToMe = (path) =>
  `(${groupField(path, "status")} = "approved" && (${groupField(path, "kind")} = "open" || (${groupField(path, "school")} = @request.auth.school && (${groupField(path, "kind")} != "class" || ${groupField(path, "class")}.class_members_via_class.user ?= ${ME}))))`;

/** I am a member of the group at `path`. */
const memberOfGroup = (path) => `${groupField(path, "group_members_via_group")}.user ?= ${ME}`;

/** I am a moderator of the group at `path` (the same member row). */
const moderatorOfGroup = (path) =>
  `(${groupField(path, "group_members_via_group")}.user ?= ${ME} && ${groupField(path, "group_members_via_group")}.role ?= "moderator")`;

/**
 * The group in `field` (a relation to groups: "group", "post.group", or the group's own
 * "id") is one I am a member of, said from MY side: my few member rows, not the group's
 * thousands. memberOfGroup joins every member row of the group to every record, and in
 * an OR SQLite cannot use "= me" to narrow that join: a list of a group of 2,000 members
 * and 50,000 posts joined 100 million rows (tests/bench/network.bench.test.ts).
 */
const MY_GROUP_ROWS = "@request.auth.group_members_via_user";
const myGroup = (field) => `${MY_GROUP_ROWS}.group ?= ${field}`;

/** I moderate the group in `field`, from my side (the same member row holds both). */
const myModeratedGroup = (field) => `(${MY_GROUP_ROWS}.group ?= ${field} && ${MY_GROUP_ROWS}.role ?= "moderator")`;

/** A coordinator of the group's school; any coordinator for a group of no school (across schools). */
const coordinatorOfGroup = (path) =>
  `(${IS_COORDINATOR} && (${groupField(path, "school")} = @request.auth.school || ${groupField(path, "school")} = ""))`;

/** The record was made less than `minutes` ago (PocketBase stores dates as "2026-11-22 01:45:03.123Z"). */
const createdWithinMinutes = (minutes) => `created > strftime("%Y-%m-%d %H:%M:%fZ", "now", "-${minutes} minutes")`;

module.exports = {
  ME,
  SIGNED_IN,
  IS_MENTOR,
  IS_TEACHER,
  IS_COORDINATOR,
  MY_MENTORSHIPS_AS_MENTOR,
  MY_MENTORSHIPS_AS_LEARNER,
  MY_CLASSES,
  inMySchool,
  current,
  myCurrentLearner,
  myCurrentMentor,
  currentMentorOf,
  sharesAClassWith,
  mentorOfLearner,
  mentorOfRecordLearner,
  teacherOf,
  coordinatorOf,
  unchanged,
  notInBody,
  IN_NETWORK,
  groupOpenToMe,
  memberOfGroup,
  moderatorOfGroup,
  coordinatorOfGroup,
  createdWithinMinutes,
  myGroup,
  myModeratedGroup,
};
