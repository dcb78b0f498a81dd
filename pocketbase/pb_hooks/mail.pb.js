/// <reference path="../pb_data/types.d.ts" />
// Mail. In the demo and in tests there is no mail server, so with SAMMEN_DEV_MAIL=1
// one-time login codes (engangskoder) are printed in the terminal instead of being
// mailed, and every other mail (e.g. "new login" alerts) is only noted there.
// In production mail is sent as usual.
onMailerRecordOTPSend((e) => {
  if ($os.getenv("SAMMEN_DEV_MAIL") === "1") {
    console.log(`[sammen] engangskode for ${e.record.email()}: ${e.meta["password"]}`);
    return;
  }
  e.next();
}, "users");

onMailerSend((e) => {
  if ($os.getenv("SAMMEN_DEV_MAIL") === "1") {
    const to = e.message.to.map((address) => address.address).join(", ");
    console.log(`[sammen] mail not sent (demo): "${e.message.subject}" to ${to}`);
    return;
  }
  e.next();
});
