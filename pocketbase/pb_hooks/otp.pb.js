/// <reference path="../pb_data/types.d.ts" />
// One-time login codes (engangskoder). In the demo and in tests there is no mail
// server, so with SAMMEN_DEV_MAIL=1 the code is printed in the terminal instead of
// being mailed. In production the mail is sent as usual.
onMailerRecordOTPSend((e) => {
  if ($os.getenv("SAMMEN_DEV_MAIL") === "1") {
    console.log(`[sammen] engangskode for ${e.record.email()}: ${e.meta["password"]}`);
    return;
  }
  e.next();
}, "users");
