// Web push checks for the hooks. Handlers run in isolated contexts: each one
// loads this with require(`${__hooks}/lib/push.js`).

/** Refuses (400, plain Danish) a subscription whose endpoint Sammen will not send to. */
function refuseBadEndpoint(record) {
  const { pushEndpointProblem, testPushOrigin } = require(`${__hooks}/lib/kernel.gen.js`);
  const problem = pushEndpointProblem(record.getString("endpoint"), testPushOrigin($os.getenv("SAMMEN_TEST_PUSH_ORIGIN")));
  if (!problem) return;
  throw new BadRequestError("Sammen kan ikke sende beskeder til den adresse.", {
    endpoint: new ValidationError("sammen_push_endpoint", "Sammen sender kun beskeder til en push-tjeneste på internettet."),
  });
}

module.exports = { refuseBadEndpoint };
